/**
 * The causes of the wrong bindings the metamorphic harness found (tests/domain/import/metamorphic.test.ts), each as
 * its general shape: whatever the clerk's wording of the same thing, the number is read the same way.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = ["VĂN PHÒNG UBND TỈNH SƠN LA", "BÁO CÁO", "Kết quả thực hiện công tác dân chủ quý I năm 2026", "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN", "2. Cải cách hành chính"];
const CENTRE = "Trung tâm Phục vụ hành chính công tỉnh, từ 15/12/2025 đến 14/3/2026: tiếp nhận 9.780 hồ sơ; đã giải quyết 7.766 hồ sơ (79,41%), đang giải quyết 1.884 hồ sơ (19,26%).";

function values(lines: string[], id: string): string[] {
  const r = recognizeFigures((lines[0]?.startsWith("Trong tháng") ? lines : [...HEAD, ...lines]).join("\n"), REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text) : [];
}

/** A news text on the centre with only rounded figures: the one exact number is the sentence under test. */
const NEWS = "Trong tháng, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận khoảng 5,65 ngàn hồ sơ, giải quyết hơn 4,5 ngàn hồ sơ.";

describe("an earlier period written as a clerk writes it states that period's figures", () => {
  it.each([
    ["Cùng kỳ năm trước tiếp nhận 5.593 hồ sơ.", "bcdc:hcc.tiepNhan"],
    ["Quý trước Trung tâm tiếp nhận 5.593 hồ sơ.", "bcdc:hcc.tiepNhan"],
    ["Cùng kỳ năm trước tổ chức 73 cuộc giao ban.", "bcdc:giaoBan.soCuoc"],
    ["Năm trước xử lý 83 phản ánh, kiến nghị.", "bcdc:ksthc.soPhanAnh"],
    ["Các sở, ngành nhận 13 ý kiến tại các hội nghị đối thoại cùng kỳ năm trước.", "bcdc:doiThoai.soYKien"],
    ["Văn phòng tổ chức 73 cuộc giao ban trong quý trước.", "bcdc:giaoBan.soCuoc"],
  ])("«%s» is not the period's %s", (sentence, id) => {
    expect(values([NEWS, sentence], id)).toEqual([]);
  });

  it.each(["Kỳ trước chuyển sang 56 hồ sơ.", "Tăng 12% so với cùng kỳ năm trước."])("«%s» is this period's or a change, as before", (sentence) => {
    expect(values([CENTRE, sentence], "bcdc:hcc.tiepNhan")).toEqual(["9.780"]);
  });
});

describe("another agency as the subject, after «Riêng», «Còn», «Đối với»", () => {
  it.each(["Riêng Sở Giao thông vận tải tiếp nhận 67 hồ sơ, đang giải quyết 97 hồ sơ.", "Còn Sở Tư pháp tiếp nhận 67 hồ sơ, đang giải quyết 97 hồ sơ.", "Ngoài ra, Sở Y tế tiếp nhận 67 hồ sơ, đang giải quyết 97 hồ sơ."])(
    "«%s» binds none of the centre's figures",
    (sentence) => {
      expect(values([NEWS, sentence], "bcdc:hcc.tiepNhan")).toEqual([]);
      expect(values([NEWS, sentence], "bcdc:hcc.dangGiaiQuyet")).toEqual([]);
    },
  );
});

describe("files in hand are said with a word of being in hand, whatever the verb", () => {
  it.each(["đang xử lý", "chưa giải quyết xong", "còn đang giải quyết"])("«giải quyết N» is resolved; «%s N» is in hand", (inHand) => {
    const text = `Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 9.780 hồ sơ, giải quyết 7.766 hồ sơ (79,41%); ${inHand} 1.884 hồ sơ (19,26%).`;
    expect(values([text], "bcdc:hcc.dangGiaiQuyet")).not.toContain("7.766");
    expect(values([text], "bcdc:hcc.tyLeDangGiaiQuyet")).not.toContain("79,41%");
  });
});

describe("a breakdown opened by «Bao gồm», «Gồm có», «Trong số này» lists parts, never the total", () => {
  it.each(["Trong đó", "Bao gồm", "Gồm có", "Trong số này"])("«%s …, qua bưu chính 132 HS» is no total received", (lead) => {
    const text = `Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 5,65 ngàn hồ sơ. ${lead} 1,07 ngàn HS kỳ trước chuyển sang, tiếp nhận trực tuyến 1,25 ngàn HS, tiếp nhận qua dịch vụ bưu chính công ích 132 HS.`;
    expect(values([text], "bcdc:hcc.tiepNhan")).toEqual([]);
  });
});
