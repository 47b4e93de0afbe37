/**
 * "Kiểm tra văn bản" in the task pane: the citation and structure checks on the document's paragraphs, each problem
 * located by paragraph number with a short quote of the paragraph, so the clerk finds it in Word.
 */
import { assertTextWithinLimits } from "../limits";
import type { Period, Severity } from "../types";
import type { ReportDefinition } from "../report";
import { checkArithmetic } from "./arithmetic";
import { boundStarts } from "./observations";
import { checkCitations } from "./citations";
import { recognizeFigures } from "./recognize";
import { checkStructure } from "./structure";
import { paneText, type ParagraphShape } from "./paneText";
import { lineStarts, quote } from "./text";
import type { TextProblem } from "./types";

export interface TextCheckItem {
  key: string;
  severity: Severity;
  source: "arithmetic" | "citations" | "structure";
  message: string;
  /** 1-based paragraphs concerned, ascending. */
  lines: number[];
  /** "Đoạn 45: «Thực hiện Kế hoạch số 32/KH-UBND…»", one per paragraph concerned. */
  places: string[];
}

/**
 * `report`: the form in use; statements made only of its figures are left to its rules (without it, all are checked).
 * `shapes`: each paragraph's table cell and Word list label, so tables read as rows and Word's numbering is checked
 * as the command line checks it; `lines` are then the engine's lines, and `places` name Word's paragraphs.
 */
export function checkText(paragraphs: readonly string[], period: Period, report?: ReportDefinition, shapes?: readonly ParagraphShape[]): TextCheckItem[] {
  const layout = paneText(paragraphs, shapes);
  const text = layout.text;
  assertTextWithinLimits(text);
  // The engine numbers the text's lines; a paragraph with a soft break is two of them and one of the layout's.
  const textLines = lineStarts(text);
  const place = (line: number) => {
    const index = layout.lineIndexAt(textLines[line - 1] ?? 0);
    return `Đoạn ${(layout.firstParagraph[index] ?? index) + 1}: «${quote(layout.lines[index] ?? "", 70)}»`;
  };
  const located = (source: TextCheckItem["source"]) => (p: TextProblem): TextCheckItem => ({
    key: p.key,
    severity: p.severity,
    source,
    message: p.message,
    lines: p.lines,
    places: p.lines.map(place),
  });
  // Statements made only of the form's figures are checked by its rules (the store's problems), not twice.
  const formFigures = report ? boundStarts(recognizeFigures(text, report)) : new Set<number>();
  const items = [
    ...checkArithmetic(text, formFigures).map(located("arithmetic")),
    ...checkCitations(text).map(located("citations")),
    ...checkStructure(text, period).map(located("structure")),
  ];
  // Errors first, then in document order, as the clerk will fix them.
  const firstLine = (i: TextCheckItem) => i.lines[0] ?? 0;
  return items.sort((a, b) => (a.severity === b.severity ? firstLine(a) - firstLine(b) : a.severity === "error" ? -1 : 1));
}
