/**
 * A bare figure after a colon or a dash whose label an aside cuts from it (a bracket, a date, a span of years), and a
 * «Số …:» label read whole (meaning/labelAcrossAside.ts).
 */
import { findCandidates, type Candidate } from "../../../src/domain/import/meaning/candidates";
import { describeAcrossAsides } from "../../../src/domain/import/meaning/labelAcrossAside";
import { findNumbers } from "../../../src/domain/import/numbers";
import { scanHeadings } from "../../../src/domain/import/headings";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

/** The words describing the number `n` (its last occurrence) at full weight, after the rule. */
function fullWords(text: string, n: string): string[] {
  const candidates = findCandidates(text, findNumbers(text), scanHeadings(text), false);
  describeAcrossAsides(text, candidates);
  const c: Candidate = candidates.find((x) => x.token.start === text.lastIndexOf(n))!;
  return [...c.near].filter(([, w]) => w >= 1).map(([f]) => f);
}

describe("a label cut from its figure by an aside", () => {
  it("describes the figure across a bracket, a date or a span of years", () => {
    expect(fullWords("Viên chức hai nhà khách (đơn vị tự bảo đảm chi thường xuyên, không tính vào số trên) – 52.", "52")).toContain("nhà khách");
    expect(fullWords("Trong quý: 92; số công chức đang làm việc tính đến ngày 14/6/2026: 87.", "87")).toContain("công chức");
    expect(fullWords("Bổ nhiệm Trưởng phòng (Phòng Kiểm soát thủ tục hành chính) – 01; bổ nhiệm Phó Trưởng phòng – 02.", "01")).toContain("trưởng phòng");
  });

  it("leaves a figure with its own unit, or a label holding another figure, to its own words", () => {
    expect(fullWords("- Đối thoại với công chức (27/5/2025): 07 ý kiến, đã trả lời 07.", "07 ý")).not.toContain("đối thoại");
    expect(fullWords("Tiếp nhận 12 hồ sơ của công dân (ngày 02/4/2026): 05.", "05")).not.toContain("công dân");
  });
});

describe("a «Số …:» label read whole", () => {
  it("describes the figure by its head as near as its tail", () => {
    expect(fullWords("a.4. Số công chức được luân chuyển giữa các phòng để đào tạo, bồi dưỡng qua thực tiễn: 03.", "03")).toContain("luân chuyển");
  });

  it("not a label of other words, nor one too long to be one label", () => {
    expect(fullWords("a.4. Công chức được luân chuyển giữa các phòng để đào tạo, bồi dưỡng qua thực tiễn: 03.", "03")).not.toContain("luân chuyển");
    const long = `Số công chức ${"được cử đi học tập kinh nghiệm ở nhiều nơi ".repeat(5)}trong quý: 03.`;
    expect(fullWords(long, "03")).not.toContain("số công");
  });
});

describe("recognised: figures at the end of their sentences after a colon", () => {
  it("binds each to its label", () => {
    const text = [
      "UBND TỈNH PHÚ THỌ",
      "VĂN PHÒNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "a) Công tác cán bộ",
      "a.2. Số công chức được điều động, luân chuyển đi nhận công tác tại cơ quan khác: 01. Số công chức được tiếp nhận về Văn phòng qua thi tuyển, xét tuyển: 02.",
      "a.4. Số công chức được luân chuyển giữa các phòng để đào tạo, bồi dưỡng qua thực tiễn: 03.",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    const value = (label: string) => boundValue(r.get(byLabel(label).id));
    expect([value("Điều động, luân chuyển đi"), value("Tiếp nhận công chức"), value("Luân chuyển công chức giữa các phòng")]).toEqual(["01", "02", "03"]);
  });
});
