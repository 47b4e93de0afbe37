/**
 * "Kiểm tra văn bản" in the task pane: the citation and structure checks on the document's paragraphs, each problem
 * located by paragraph number with a short quote of the paragraph, so the clerk finds it in Word.
 */
import { assertTextWithinLimits } from "../limits";
import type { Period, Severity } from "../types";
import { checkCitations } from "./citations";
import { checkStructure } from "./structure";
import { quote } from "./text";
import type { TextProblem } from "./types";

export interface TextCheckItem {
  key: string;
  severity: Severity;
  source: "citations" | "structure";
  message: string;
  /** 1-based paragraphs concerned, ascending. */
  lines: number[];
  /** "Đoạn 45: «Thực hiện Kế hoạch số 32/KH-UBND…»", one per paragraph concerned. */
  places: string[];
}

export function checkText(paragraphs: readonly string[], period: Period): TextCheckItem[] {
  const text = paragraphs.join("\n");
  assertTextWithinLimits(text);
  const located = (source: TextCheckItem["source"]) => (p: TextProblem): TextCheckItem => ({
    key: p.key,
    severity: p.severity,
    source,
    message: p.message,
    lines: p.lines,
    places: p.lines.map((line) => `Đoạn ${line}: «${quote(paragraphs[line - 1] ?? "", 70)}»`),
  });
  const items = [
    ...checkCitations(text).map(located("citations")),
    ...checkStructure(text, period).map(located("structure")),
  ];
  // Errors first, then in document order, as the clerk will fix them.
  const firstLine = (i: TextCheckItem) => i.lines[0] ?? 0;
  return items.sort((a, b) => (a.severity === b.severity ? firstLine(a) - firstLine(b) : a.severity === "error" ? -1 : 1));
}
