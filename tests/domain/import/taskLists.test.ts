/**
 * Lists of work, not of units (meaning/taskLists.ts): «09 nhóm công việc và 32 nhiệm vụ cụ thể, gồm có: a; b; …» —
 * items parted by «;», a numbering or bullets, lower case allowed, taken only when as many as the count right before
 * the list names («nhóm nhiệm vụ» is «nhóm công việc»). On a small form of its own.
 */
import { findLists } from "../../../src/domain/import/meaning/lists";
import { tinyReport } from "../../support/forms";

const report = tinyReport([
  { id: "nhom", label: "Các nhóm công việc kiểm soát TTHC", kind: "list", section: "I", wording: ["nhiệm vụ cụ thể gồm: {L}\\."] },
  { id: "soNhom", label: "Số nhóm công việc", kind: "count", section: "I", formula: { op: "countOf", list: "nhom" } },
]);

function found(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, spans] of findLists(text, report)) out[id.replace("bcdc:", "")] = spans.map((s) => s.input).join(" | ");
  return out;
}

describe("lists of work", () => {
  it("reads the groups after a second count, in prose, numbered or not", () => {
    expect(found("Kế hoạch với 03 nhóm công việc và 12 nhiệm vụ cụ thể, gồm có: chỉ đạo, điều hành; rà soát, đơn giản hóa TTHC; kiểm tra, báo cáo.")).toEqual({
      nhom: "chỉ đạo, điều hành\nrà soát, đơn giản hóa TTHC\nkiểm tra, báo cáo",
      soNhom: "03",
    });
    expect(found("Kế hoạch gồm 02 nhóm công việc với 9 nhiệm vụ cụ thể: (1) Rà soát, đơn giản hóa TTHC; (2) Kiểm tra, báo cáo. Trong quý đã hoàn thành.")).toEqual({
      nhom: "Rà soát, đơn giản hóa TTHC\nKiểm tra, báo cáo",
      soNhom: "02",
    });
  });

  it("ends a numbered list with its last numbered item", () => {
    expect(found("Triển khai theo 02 nhóm công việc: (1) rà soát TTHC; (2) công bố, công khai TTHC; với 27 nhiệm vụ cụ thể.")).toEqual({
      nhom: "rà soát TTHC\ncông bố, công khai TTHC",
      soNhom: "02",
    });
  });

  it("ends the last item before the plan's count of tasks written after it with a comma, not before other words", () => {
    expect(found("Chương trình năm nay có 03 nhóm công việc: (1) rà soát quy định; (2) công khai TTHC; (3) kiểm tra, báo cáo, với 21 nhiệm vụ cụ thể.")).toEqual({
      nhom: "rà soát quy định\ncông khai TTHC\nkiểm tra, báo cáo",
      soNhom: "03",
    });
    expect(found("Chương trình năm nay có 02 nhóm công việc: (1) rà soát quy định; (2) kiểm tra tại các xã và 02 đơn vị sự nghiệp.")).toEqual({
      nhom: "rà soát quy định\nkiểm tra tại các xã và 02 đơn vị sự nghiệp",
      soNhom: "02",
    });
  });

  it("reads a count in words, the synonym «nhóm nhiệm vụ», and the items in brackets", () => {
    expect(found("Kế hoạch gồm ba nhóm nhiệm vụ (rà soát TTHC; công bố TTHC; số hóa hồ sơ) với mười tám nhiệm vụ cụ thể.")).toEqual({
      nhom: "rà soát TTHC\ncông bố TTHC\nsố hóa hồ sơ",
      soNhom: "3",
    });
  });

  it("reads bullet lines of any glyph, and the note a footnote's mark points to", () => {
    expect(found("Kế hoạch có 02 nhóm công việc, 29 nhiệm vụ cụ thể:\n  ✓ chỉ đạo, điều hành\n  ✓ chế độ thông tin, báo cáo\nĐã tham mưu.")).toEqual({
      nhom: "chỉ đạo, điều hành\nchế độ thông tin, báo cáo",
      soNhom: "02",
    });
    expect(found("Kế hoạch với 02 nhóm công việc và 35 nhiệm vụ cụ thể[7]; trình ban hành 19 quyết định.\n[7] Gồm: chỉ đạo, điều hành; kiểm tra, báo cáo.")).toEqual({
      nhom: "chỉ đạo, điều hành\nkiểm tra, báo cáo",
      soNhom: "02",
    });
  });

  it("near-match: items as many as the second count, or parted by commas only, are no list of the groups", () => {
    expect(found("Kế hoạch với 05 nhóm công việc và 02 nhiệm vụ cụ thể, gồm: rà soát TTHC; kiểm tra, báo cáo.")).toEqual({});
    expect(found("Kế hoạch gồm 02 nhóm công việc: rà soát, kiểm tra.")).toEqual({});
  });
});

/**
 * A plan's groups set one a line, each opened by its number «(1)», «1.» (a PDF's numbered items), under a lead that
 * ends its line: read as bullet lines are, and taken only when as many as the count before them.
 */
describe("numbered lines of a plan's groups", () => {
  it("one item a line, «(1)» or «1.»", () => {
    const lines = "ban hành Kế hoạch kiểm soát TTHC năm 2025 với 03 nhóm công việc và 12 nhiệm vụ cụ thể:\n(1) Rà soát, công bố TTHC;\n(2) Số hóa hồ sơ;\n(3) Thông tin, báo cáo.\nTrong quý đã hoàn thành.";
    expect(found(lines)).toEqual({ nhom: "Rà soát, công bố TTHC\nSố hóa hồ sơ\nThông tin, báo cáo", soNhom: "03" });
    expect(found(lines.replace(/\((\d)\)/gu, "$1."))).toEqual({ nhom: "Rà soát, công bố TTHC\nSố hóa hồ sơ\nThông tin, báo cáo", soNhom: "03" });
  });
  it("near-match: as many lines as the count, or none", () => {
    const lines = "ban hành Kế hoạch với 04 nhóm công việc và 12 nhiệm vụ cụ thể:\n(1) Rà soát, công bố TTHC;\n(2) Số hóa hồ sơ;\n(3) Thông tin, báo cáo.\nTrong quý đã hoàn thành.";
    expect(found(lines).nhom).toBeUndefined();
  });
});
