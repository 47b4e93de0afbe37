/**
 * An outline's requests copied as the outline's (meaning/outlineRequests.ts, questionAbove.ts): «(Mục … Đề cương: …)»,
 * «[Yêu cầu: …]», «Yêu cầu 3.4: …», each answered under it («Trả lời:», «→», «Kết quả:», after a blank line too). A
 * bare none answers the request; a bare answer that names what it counts keeps its own words; an answer in sentences
 * of its own is read as before. The other side: a paragraph after a blank line without an answer's mark is the
 * report's own, not the request's answer.
 */
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";
import { requestLines } from "../../../src/domain/import/meaning/outlineRequests";

const CORRUPTION = "Người bị xử lý vì hành vi tham nhũng";
const ROOMS = "Số tổ chức trực thuộc";
const UNITS = "Số đơn vị sự nghiệp";

const read = (lines: string[]) => boundByLabel(["III. DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN", ...lines, ""].join("\n"), REPORT);

describe("a request copied from the outline", () => {
  it("is found by its shapes, and «theo Đề cương» in a sentence is none", () => {
    const text = ["(Mục III.1.g Đề cương: Số người bị xử lý.)", "* Mục 3.4 - Phòng, chống tham nhũng (Đề cương: «Số người bị xử lý»)", "Yêu cầu 3.4: Phòng, chống tham nhũng.", "(trả lời theo Đề cương của Sở Nội vụ)"].join("\n");
    expect([...requestLines(text).values()]).toHaveLength(3);
  });

  it("labels the bare none under it, right under or after a blank line with its mark", () => {
    expect(read(["(Mục III.1.g Đề cương: Số cán bộ, công chức, viên chức bị xử lý vì hành vi tham nhũng.)", "Trả lời: không."])(CORRUPTION)).toBe("không");
    expect(read(["Yêu cầu 3.4: Phòng, chống tham nhũng; số người bị xử lý.", "→ Không có."])(CORRUPTION)).toBe("Không có");
    expect(read(["* Mục 3.4 - Phòng, chống tham nhũng (Đề cương: «Số người bị xử lý»)", "", "- Trả lời: Không có."])(CORRUPTION)).toBe("Không có");
  });

  it("leaves a bare answer that names what it counts its own words", () => {
    const bound = boundByLabel(["I. ĐẶC ĐIỂM, TÌNH HÌNH", "Yêu cầu 1.3: Lãnh đạo cơ quan; phòng, tổ chức trực thuộc; đơn vị sự nghiệp.", "→ 06 tổ chức trực thuộc: Phòng Tổng hợp; Phòng Nội chính; Phòng Văn xã; Phòng Đô thị; Phòng Quản trị; Trung tâm Phục vụ hành chính công.", "→ 03 đơn vị sự nghiệp: Trung tâm Thông tin; Nhà khách số 5; Nhà khách Thuận Hóa.", ""].join("\n"), REPORT);
    expect(bound(ROOMS)).toBe("06");
    expect(bound(UNITS)).toBe("03");
  });

  it("near-miss: after a blank line, a paragraph without an answer's mark is not the request's answer", () => {
    expect(read(["* Mục 3.4 - Phòng, chống tham nhũng (Đề cương: «Số người bị xử lý»)", "", "Không có."])(CORRUPTION)).toBeNull();
  });
});
