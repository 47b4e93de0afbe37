/**
 * A table cell written as prose names its own numbers (cellLabel.ts): under a column headed «Kết quả thực hiện trong
 * quý», «trả sớm hạn 20 hồ sơ (26,67%)» is the early files and their share, though «kết quả» and «thực hiện» are words
 * of other figures. A Hà Nam clerk's answer table, not the held-out Vĩnh Phúc one's wording.
 */
import { cellNamesOverHeader, cellStretch } from "../../../src/domain/import/meaning/cellLabel";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { FieldId } from "../../../src/domain/types";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const HEAD = ["UBND TỈNH HÀ NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VĂN PHÒNG\tĐộc lập - Tự do - Hạnh phúc", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026"];

const bound = (lines: string[], label: string) => boundValue(recognizeFigures([...HEAD, ...lines].join("\n"), REPORT).get(byLabel(label).id));

describe("cellStretch", () => {
  it("a share in brackets after a count is named by the count's words", () => {
    const text = "trong đó sớm hạn 12 (20,00%)";
    expect(cellStretch(text, "20,00%", text.indexOf("20,00"))).toBe("trong đó sớm hạn 12 20,00%");
    const withUnit = "đúng hạn 55 hồ sơ (73,33%)";
    expect(cellStretch(withUnit, "73,33%", withUnit.indexOf("73,33"))).toBe("đúng hạn 55 hồ sơ 73,33%");
  });
  it("a bracket after words, not a count, adds nothing", () => {
    const text = "Trung tâm (PVHCC) 12";
    expect(cellStretch(text, "PVHCC", text.indexOf("PVHCC"))).toBe("PVHCC");
  });
});

describe("cellNamesOverHeader", () => {
  const form = {
    allPairs: new Map<string, Set<FieldId>>([
      ["thực hiện", new Set(["a" as FieldId])],
      ["công chức", new Set(["a" as FieldId, "b" as FieldId])],
      ["sớm hạn", new Set(["c" as FieldId])],
    ]),
    wordsOf: (id: FieldId) => ({ a: new Set(["thực hiện", "công chức"]), b: new Set(["công chức", "được giao"]), c: new Set(["sớm hạn"]) })[id as "a" | "b" | "c"],
  };
  it("a term of the figure that the header's figures lack", () => {
    expect(cellNamesOverHeader("trả sớm hạn 12", "Có mặt", "c" as FieldId, new Set(["sớm hạn"]), form)).toBe(true);
  });
  it("near-match: a term the header's figure has too leaves the header to say which", () => {
    expect(cellNamesOverHeader("công chức 46", "Có mặt", "b" as FieldId, new Set(["công chức", "được giao"]), form)).toBe(false);
  });
});

describe("an answer table whose result cells are prose", () => {
  const table = [
    "TT\tNội dung báo cáo\tKết quả thực hiện trong quý\tGhi chú",
    "1\tTrình độ chuyên môn\tĐại học 40, thạc sĩ 17, khác 03\t",
    "2\tBộ phận Một cửa của Văn phòng\tNhận 80 hồ sơ; giải quyết xong 75 hồ sơ (93,75%); trong đó trả sớm hạn 20 hồ sơ (26,67%), đúng hạn 55 (73,33%); còn đang giải quyết 05 (6,25%)\tCùng kỳ năm 2025: 70 hồ sơ",
    "3\tKiểm soát thủ tục hành chính\tĐã tiếp nhận và xử lý 09 phản ánh, kiến nghị về quy định hành chính\t",
  ];
  it("binds each number by the words before it in its cell", () => {
    expect(bound(table, "Thạc sĩ")).toBe("17");
    expect(bound(table, "Đại học")).toBe("40");
    expect(bound(table, "Hồ sơ trả sớm hạn")).toBe("20");
    expect(bound(table, "Tỷ lệ trả sớm hạn")).toBe("26,67");
    expect(bound(table, "Hồ sơ trả đúng hạn")).toBe("55");
    expect(bound(table, "Tỷ lệ trả đúng hạn")).toBe("73,33");
    expect(bound(table, "Hồ sơ đang giải quyết")).toBe("05");
    expect(bound(table, "Phản ánh, kiến nghị đã tiếp nhận và xử lý")).toBe("09");
  });
  it("the same cells as sentences of a two-column table, the header in other words", () => {
    const rows = [
      "Nội dung\tKết quả",
      "Trình độ\tcó 17 thạc sĩ và 40 đại học",
      "Bộ phận Một cửa của Văn phòng\tđúng hạn: 55 hồ sơ; sớm hạn: 20 hồ sơ",
    ];
    expect(bound(rows, "Thạc sĩ")).toBe("17");
    expect(bound(rows, "Hồ sơ trả sớm hạn")).toBe("20");
    expect(bound(rows, "Hồ sơ trả đúng hạn")).toBe("55");
  });
  it("near-match: under «Có mặt», «công chức 46» is not the quota though the cell says «công chức»", () => {
    const staff = ["TT\tNội dung\tĐược giao\tCó mặt", "1\tBiên chế năm 2026\tCông chức 55; sự nghiệp 15\tcông chức 46; sự nghiệp 14"];
    expect(bound(staff, "Biên chế công chức được giao")).toBe("55");
    expect(bound(staff, "Công chức đang thực hiện")).toBe("46");
    expect(bound(staff, "Biên chế sự nghiệp đang thực hiện")).toBe("14");
  });
});
