/**
 * What the vetoes read around one number that is the same whatever figure asks: its sentence and stretch, whether it
 * is approximate, another period's, a comparison… Each figure of the form asks about the numbers it might take, so
 * one number is judged for many figures: these facts are read once per document and span (vetoes.ts asks them
 * through spanFacts), each the first time a veto needs it.
 */
import { isBrokenNumber } from "./brokenNumber";
import { isSuperseded } from "./corrections";
import { countedAgentsBefore, isRowNumber } from "./notCounts";
import { isOtherPeriod } from "./periodScope";
import type { PeriodScope } from "./reportPeriod";
import { otherPeriodCell, tableCell, TOTAL_LABEL } from "./tableGrid";
import { otherAgents } from "./vetoAgent";
import { columnHeader, scopeBefore } from "./vetoPlace";
import { comparisonAt, isApproximate, sentenceAround, type Comparison } from "./vetoText";
import { numberClause, type ClauseSpan } from "./numberClause";

/** The document as the vetoes read it: its text, the report's period and year. */
export interface FactsSource {
  text: string;
  period: PeriodScope;
  year: number | null;
}

export class SpanFacts {
  private readonly known = new Map<string, unknown>();

  constructor(
    private readonly source: FactsSource,
    readonly start: number,
    readonly end: number,
  ) {}

  /** A fact of this span by name, computed the first time it is asked. */
  once<T>(key: string, compute: () => T): T {
    const known = this.known.get(key);
    if (known !== undefined || this.known.has(key)) return known as T;
    const value = compute();
    this.known.set(key, value);
    return value;
  }

  private get text(): string {
    return this.source.text;
  }

  get sentence(): { from: number; to: number } {
    return this.once("sentence", () => sentenceAround(this.text, this.start, this.end));
  }

  /** The clause the number stands in: between «;», sentence and line ends, brackets and quotes skipped (numberClause.ts). */
  get clause(): ClauseSpan {
    return this.once("clause", () => numberClause(this.text, this.start, this.end));
  }

  /** The clause after a lead's colon too («Riêng Chi cục Dân số: có 11 công chức»): where its subject stands. */
  get leadClause(): ClauseSpan {
    return this.once("leadClause", () => numberClause(this.text, this.start, this.end, { colon: true }));
  }

  get sentenceText(): string {
    return this.once("sentenceText", () => this.text.slice(this.sentence.from, this.sentence.to));
  }

  /** The text back to the number's heading, lower case (vetoPlace.scopeBefore). */
  get scopeLower(): string {
    return this.once("scopeLower", () => scopeBefore(this.text, this.start).normalize("NFC").toLowerCase());
  }

  get approximate(): boolean {
    return this.once("approximate", () => isApproximate(this.text, this.start, this.end));
  }

  get broken(): boolean {
    return this.once("broken", () => isBrokenNumber(this.text, this.start, this.end));
  }

  get superseded(): boolean {
    return this.once("superseded", () => isSuperseded(this.text, this.start));
  }

  get rowNumber(): boolean {
    return this.once("rowNumber", () => isRowNumber(this.text, this.start, this.end));
  }

  get otherPeriod(): boolean {
    return this.once("otherPeriod", () => isOtherPeriod(this.text, this.start, this.end, this.source.period));
  }

  get agentsBefore(): boolean {
    return this.once("agentsBefore", () => countedAgentsBefore(this.text, this.start));
  }

  get comparison(): Comparison | null {
    return this.once("comparison", () => comparisonAt(this.text, this.start, this.end, this.source.year, this.source.period.kind === "quarter" ? this.source.period.index : null, this.source.period.kind === "month" ? this.source.period.index : null));
  }

  get otherPeriodCell(): boolean {
    return this.once("otherPeriodCell", () => otherPeriodCell(this.text, this, this.source.period));
  }

  get otherAgents(): boolean {
    return this.once("otherAgents", () => otherAgents(this.text, this.start));
  }

  /** The table cell the number stands in (its row's label, its column's header), or null outside a table. */
  get cell(): ReturnType<typeof tableCell> {
    return this.once("cell", () => tableCell(this.text, this));
  }

  /** The column header over the number, a «Tổng số» sub-column's group, or null outside a table or in a cell its row names. */
  get header(): string | null {
    return this.once("header", () => {
      const cell = this.cell;
      // A cell its row's label names has no header of its own (rowNames.ts).
      if (cell?.namedByRow) return null;
      return (cell && (TOTAL_LABEL.test(cell.header) ? cell.group : cell.header)) || columnHeader(this.text, this.start);
    });
  }
}

const facts = new WeakMap<FactsSource, Map<string, SpanFacts>>();

/** The facts of the span [start, end) of this document, one object per span. */
export function spanFacts(source: FactsSource, o: { start: number; end: number }): SpanFacts {
  let bySpan = facts.get(source);
  if (!bySpan) facts.set(source, (bySpan = new Map()));
  const key = `${o.start}:${o.end}`;
  let found = bySpan.get(key);
  if (!found) bySpan.set(key, (found = new SpanFacts(source, o.start, o.end)));
  return found;
}
