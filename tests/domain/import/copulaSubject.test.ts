/**
 * A figure at the end of a long clause after «là», whose subject opened the clause before an aside, a relative clause
 * or another count (meaning/copulaSubject.ts).
 */
import { findCandidates, type Candidate } from "../../../src/domain/import/meaning/candidates";
import { describeCopulaSubjects } from "../../../src/domain/import/meaning/copulaSubject";
import { findNumbers } from "../../../src/domain/import/numbers";
import { scanHeadings } from "../../../src/domain/import/headings";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

/** The words describing the number `n` (its last occurrence) at full weight, after the rule. */
function fullWords(text: string, n: string): string[] {
  const candidates = findCandidates(text, findNumbers(text), scanHeadings(text), false);
  describeCopulaSubjects(text, candidates);
  const c: Candidate = candidates.find((x) => x.token.start === text.lastIndexOf(n))!;
  return [...c.near].filter(([, w]) => w >= 1).map(([f]) => f);
}

describe("the subject of «… là N» across an aside", () => {
  it("reads the «số …» phrase that opened the clause, up to its first comma", () => {
    const aside = "Số viên chức đang biệt phái tại các phòng chuyên môn thuộc Văn phòng, lũy kế đến nay, là 03 viên chức.";
    expect(fullWords(aside, "03")).toContain("biệt phái");
    const counts = "Số công chức có thành tích xuất sắc được nâng lương trước thời hạn, sau khi lấy ý kiến tại Hội nghị cán bộ, công chức, là 04 người.";
    expect(fullWords(counts, "04")).toContain("nâng lương");
  });

  it("reads the last «số …» before «là», not a topic it refers back to nor a document's number", () => {
    const topic = "Đối với số hồ sơ đã giải quyết nêu trên, số hồ sơ trả kết quả sớm hạn là 341 hồ sơ.";
    expect(fullWords(topic, "341")).toContain("sớm hạn");
    expect(fullWords(topic, "341")).not.toContain("đã giải");
    const decision = "Đối với số biên chế công chức năm 2026 mà UBND tỉnh giao theo Quyết định số 2318/QĐ-UBND, con số được xác định là 105 biên chế.";
    expect(fullWords(decision, "105")).toContain("biên chế");
  });

  it("reads no «số liệu» (data), nor a «tổng số» written straight on to «là»", () => {
    const text = "Số liệu đã điều chỉnh: tổng số hồ sơ Trung tâm Phục vụ hành chính công tỉnh tiếp nhận trong kỳ là 26.481 hồ sơ.";
    expect(fullWords(text, "26.481")).not.toContain("điều chỉnh");
    expect(fullWords(text, "26.481")).not.toContain("trung tâm");
  });

  it("stops at the statement before it: «… là 40 người, còn số viên chức … là 36»", () => {
    const text = "Số người làm việc được giao là 40 người, còn số viên chức đang làm việc tại các đơn vị sự nghiệp là 36 người.";
    expect(fullWords(text, "36")).toContain("viên chức");
    expect(fullWords(text, "36")).not.toContain("được giao");
  });

  it("reads the subject before a bracket naming what it speaks of", () => {
    const text = "Số viên chức hiện có là 47 người, trong đó số viên chức làm việc tại hai nhà khách (Nhà khách Đồng Nai và Nhà khách Bình Phước) là các đơn vị tự chủ tài chính là 18 viên chức.";
    expect(fullWords(text, "18")).toContain("hai nhà");
    expect(fullWords(text, "18")).not.toContain("bình phước");
  });

  it("reads the clause's opening phrase after «tổng cộng là», «với tổng số là»", () => {
    const text = "Các đơn vị sự nghiệp thuộc Văn phòng, được tổ chức lại từ 07 đơn vị của ba tỉnh cũ, tổng cộng là 03 đơn vị.";
    expect(fullWords(text, "03")).toContain("sự nghiệp");
  });
});

describe("recognised: figures after «là» at the end of long clauses", () => {
  const recognised = (heading: string, sentence: string) => {
    const r = recognizeFigures(["UBND TỈNH QUẢNG NGÃI", "VĂN PHÒNG", heading, sentence].join("\n"), REPORT);
    return (label: string) => boundValue(r.get(byLabel(label).id));
  };

  it("binds each to the subject that opened its clause", () => {
    const staff = recognised(
      "I. TÌNH HÌNH CHUNG",
      "Đối với biên chế năm 2026, số biên chế công chức mà UBND tỉnh giao cho Văn phòng là 118 biên chế; số người lao động ký hợp đồng làm công việc hỗ trợ, phục vụ, được Văn phòng quản lý và chi trả từ nguồn tự chủ, là 26 người.",
    );
    expect(staff("Hợp đồng lao động")).toBe("26");
    const quota = recognised(
      "I. TÌNH HÌNH TỔ CHỨC BỘ MÁY",
      "Số người làm việc mà UBND tỉnh giao cho các đơn vị sự nghiệp trực thuộc Văn phòng là 40 người; số lao động hợp đồng hỗ trợ, phục vụ mà Văn phòng hiện đang sử dụng là 24 người.",
    );
    expect(quota("Biên chế sự nghiệp được giao")).toBe("40");
    const pay = recognised(
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "Số công chức có thành tích xuất sắc được nâng lương trước thời hạn đợt 2 năm 2026, sau khi lấy ý kiến tại Hội nghị cán bộ, công chức, là 04 người.",
    );
    expect(pay("Công chức được nâng lương trước thời hạn")).toBe("04");
  });
});
