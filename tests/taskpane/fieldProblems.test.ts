/** The lines under one figure's box: every problem, errors first, one fact said once, other boxes' errors pointed to. */
import type { Problem } from "../../src/domain/types";
import { fieldProblemLines, fromDocumentNote, pointerTo } from "../../src/taskpane/components/fieldProblems";

const problem = (key: string, fields: string[], message: string, severity: Problem["severity"] = "error"): Problem => ({ key, severity, fields, message });
const names: Record<string, string> = { total: "Tổng số", part: "Phần A", other: "Phần B" };
const nameOf = (id: string) => names[id] ?? id;

describe("fieldProblemLines", () => {
  it("keeps every problem of the box, errors before warnings, warnings marked when both are shown", () => {
    const lines = fieldProblemLines(
      [problem("w", ["total", "other"], "Lệch kỳ.", "warning"), problem("sum", ["total", "part"], "Tổng sai."), problem("max", ["total", "other", "part"], "Vượt biên chế.")],
      [],
      nameOf,
    );
    expect(lines).toEqual([
      { text: "Tổng sai.", severity: "error" },
      { text: "Vượt biên chế.", severity: "error" },
      { text: "Cảnh báo: Lệch kỳ.", severity: "warning" },
    ]);
  });

  it("says one fact once: a part over its whole and its share over 100 % name the same figures", () => {
    const lines = fieldProblemLines(
      [problem("atMost", ["part", "total"], "Phần A (90) không được lớn hơn Tổng số (77)."), problem("percent", ["part", "total"], "Tỷ lệ vượt 100%.")],
      [],
      nameOf,
    );
    expect(lines.map((l) => l.text)).toEqual(["Phần A (90) không được lớn hơn Tổng số (77)."]);
  });

  it("points in a few words to the errors shown under another box, once per box", () => {
    const lines = fieldProblemLines(
      [problem("field:part", ["part"], "Số này phải là số nguyên.")],
      [problem("sum", ["total", "part"], "Tổng sai."), problem("max", ["total", "part", "other"], "Vượt.")],
      nameOf,
    );
    expect(lines.map((l) => l.text)).toEqual(["Số này phải là số nguyên.", "Cũng liên quan đến lỗi ở ô «Tổng số»."]);
  });

  it("has nothing to say for a box without problems", () => {
    expect(fieldProblemLines([], [], nameOf)).toEqual([]);
  });

  it("points from a part without errors of its own in one line, never the total's whole message again", () => {
    expect(pointerTo("Tổng số")).toBe("Liên quan đến lỗi ở ô «Tổng số».");
    expect(pointerTo("Tổng số", true)).toBe("Cũng liên quan đến lỗi ở ô «Tổng số».");
    const lines = fieldProblemLines([], [problem("sum", ["total", "part"], "Tổng số là 28, nhưng Phần A 40 + Phần B 02 = 42 (chênh 14).")], nameOf);
    expect(lines).toEqual([{ text: pointerTo("Tổng số"), severity: "error" }]);
  });

  // Walk finding (pane52, 2): the summary filed the report's own errors apart, but under the box the same error read as
  // if the clerk had made it.
  describe("whose a problem is", () => {
    const sum = problem("sum", ["total", "part"], "Tổng sai.");
    const cutoff = problem("cutoff", ["total"], "Lệch kỳ.", "warning");
    it("says in one sentence that a problem read from the document is not the clerk's typing", () => {
      const lines = fieldProblemLines([sum, cutoff], [], nameOf, () => "document");
      expect(lines).toEqual([
        { text: "Tổng sai. Lỗi này có sẵn trong văn bản, không do bạn nhập.", severity: "error" },
        { text: "Cảnh báo: Lệch kỳ. Cảnh báo này có sẵn trong văn bản, không do bạn nhập.", severity: "warning" },
      ]);
      expect(fromDocumentNote("warning")).toBe("Cảnh báo này có sẵn trong văn bản, không do bạn nhập.");
    });

    it("adds nothing to the clerk's own typing, and only to the problems read from the document when both are shown", () => {
      expect(fieldProblemLines([sum], [], nameOf, () => "typed")).toEqual([{ text: "Tổng sai.", severity: "error" }]);
      expect(fieldProblemLines([sum], [], nameOf)).toEqual([{ text: "Tổng sai.", severity: "error" }]);
      const typed = problem("field:total", ["total"], "«8l» không phải là số.");
      const lines = fieldProblemLines([typed, sum], [], nameOf, (p) => (p === sum ? "document" : "typed"));
      expect(lines.map((l) => l.text)).toEqual(["«8l» không phải là số.", "Tổng sai. Lỗi này có sẵn trong văn bản, không do bạn nhập."]);
    });

    it("adds nothing to a problem about the document's text, which says «Văn bản ghi …» itself", () => {
      const computed = problem("doc.computed:total", ["total"], "Văn bản ghi «Tổng số» là 9,7%, nhưng theo số liệu phải là 9,82%.", "warning");
      expect(fieldProblemLines([computed], [], nameOf, () => "document").map((l) => l.text)).toEqual([computed.message]);
    });
  });
});
