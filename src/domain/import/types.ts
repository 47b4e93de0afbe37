/** The vocabulary of bringing an existing report in: where figures were found, and what is wrong with the text. */
import type { FieldId, Severity } from "../types";

/** One place in the text where a field's figure is written. */
export interface Occurrence {
  /** Character offsets of the figure text: text.slice(start, end) === this.text. */
  start: number;
  end: number;
  text: string;
  /** The figure as a clerk would type it in the pane: list items one per line, no "%". */
  input: string;
  /** 1-based line (paragraph) of the figure. */
  line: number;
  /** The section it sits in, numbered as a correct report numbers it ("mục III.1.a"). */
  where: string;
}

export type Recognition =
  | { state: "bound"; occurrences: Occurrence[] }
  | { state: "notFound" }
  /** Several candidates that disagree, or a span another field also claims: never guessed. */
  /**
   * `restated`: the document states the figure again with another value (meaning/statedTwice.ts): whichever the
   * clerk chooses, the other place still says otherwise.
   */
  | { state: "ambiguous"; candidates: Occurrence[]; restated?: true };

export type Recognitions = ReadonlyMap<FieldId, Recognition>;

/** A problem in the text itself (citations, headings, quarters), located by line. */
export interface TextProblem {
  /** Stable key for tests and the pane, e.g. "citation.symbolYear:45/2020/NĐ-CP". */
  key: string;
  severity: Severity;
  message: string;
  /** 1-based lines the problem is about, ascending. */
  lines: number[];
}
