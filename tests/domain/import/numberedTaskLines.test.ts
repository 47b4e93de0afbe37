/**
 * A plan's groups set one a line, each opened by its number «(1)», «1.» (a PDF's numbered items), under a lead that
 * ends its line (meaning/taskLists.ts): read as bullet lines are, and taken only when as many as the count before them.
 * On a small form of its own.
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
