/**
 * A report pasted into an e-mail: the mail client's envelope («Từ: …», «Đến: …», «Tiêu đề: …») and the sender's
 * covering note stand above a rule line («-----»), and the report's own header under it (documentHeader.ts
 * mailEnvelopeEnd). The header is read there, so a ward's report («UBND PHƯỜNG …») stays a commune's and its centre its own. A mail
 * with no rule, or a text whose first line is no envelope field, is read from its start as before. Words no corpus
 * document uses.
 */
import { documentHeader, mailEnvelopeEnd } from "../../../src/domain/import/meaning/documentHeader";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const REPORT_BODY = [
  "UBND PHƯỜNG HOA LƯ",
  "Số: 21/BC-UBND",
  "",
  "BÁO CÁO",
  "Kết quả thực hiện dân chủ quý III năm 2027",
  "",
  "II. KẾT QUẢ",
  "5. Trung tâm Phục vụ hành chính công phường (số liệu từ ngày 15/6/2027 đến ngày 14/9/2027): tiếp nhận 2.140 hồ sơ; đã giải quyết 2.031 hồ sơ; đang giải quyết 109 hồ sơ.",
  "",
];

const mail = (rule: string) =>
  [
    "Từ: Văn phòng HĐND và UBND phường Hoa Lư <vanphong.hoalu@example.vn>",
    "Gửi lúc: Thứ Hai, 20/9/2027 09:15",
    "Đến: phongxdcq@example.vn",
    "Tiêu đề: Bao cao dan chu quy III",
    "",
    "Kính gửi Phòng Xây dựng chính quyền,",
    "Văn phòng gửi nội dung báo cáo quý III năm 2027 của UBND phường. Trân trọng.",
    "",
    rule,
    "",
    ...REPORT_BODY,
  ].join("\n");

describe("a report pasted under a mail's envelope", () => {
  it("reads the header under the rule line", () => {
    const text = mail("-----");
    expect(text.slice(mailEnvelopeEnd(text)).startsWith("UBND PHƯỜNG HOA LƯ")).toBe(true);
    const h = documentHeader(text);
    expect(h.body).toBe("ủy ban nhân dân phường hoa lư");
    expect(h.above).toBe("ubnd phường hoa lư\nsố: 21/bc-ubnd\n");
  });

  it("binds the commune centre's figures as the report without the envelope does", () => {
    const bound = boundByLabel(mail("-----"), REPORT);
    expect(bound("Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBe("2.140");
    expect(bound("Hồ sơ đã giải quyết")).toBe("2.031");
    expect(boundByLabel(REPORT_BODY.join("\n"), REPORT)("Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBe("2.140");
  });

  it("leaves a mail without a rule line, and a text that opens with no envelope, read from the start", () => {
    const noRule = mail("");
    expect(mailEnvelopeEnd(noRule)).toBe(0);
    expect(documentHeader(noRule).body).toBeNull();
    // One field only («Kính gửi:» is no envelope field) is no envelope.
    const note = ["Tiêu đề: báo cáo quý III", "Kính gửi: Sở Nội vụ", "-----", "", ...REPORT_BODY].join("\n");
    expect(mailEnvelopeEnd(note)).toBe(0);
    const plain = ["UBND PHƯỜNG HOA LƯ", "Đến: các phòng", "-----", ...REPORT_BODY].join("\n");
    expect(mailEnvelopeEnd(plain)).toBe(0);
  });
});
