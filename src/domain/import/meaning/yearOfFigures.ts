/**
 * A year field («Năm của số liệu biên chế») is the year OF other figures: the year that heads the sentence, list or
 * table where its companion figures were found («Biên chế năm 2026: công chức giao 55, có mặt 46», «Năm 2026 Văn
 * phòng được giao 62 biên chế», «- Biên chế năm 2026:» over «+ Công chức: 46/55»,
 * «Bảng 1. Biên chế và lao động năm 2026» over a table). Companions are the fields of the same section whose labels
 * share a pair of words with the year's label (from the form, whatever it names). A year heads a figure when it
 * stands before it in its sentence, or in the line that introduces its list item or table row, and either opens its
 * clause («Năm 2026, …») or follows the companions' words («biên chế năm 2026»). Years of comparisons («so với năm
 * 2025»), spans («2021 - 2026», «từ năm 2021 đến năm 2025») and citations are never taken, nor the report's date
 * line. Several different years heading the companions leave the year unclear.
 */
import type { ReportDefinition } from "../../report";
import type { FieldDef, FieldId } from "../../types";
import type { NumberToken } from "../numbers";
import type { Recognition } from "../types";
import { features, syllables } from "./words";
import { sentenceAround } from "./vetoText";
import { gridAt } from "./tableGrid";

/** How many lines above a list item or table row its introducing line may be. */
const INTRO_LINES = 14;
/**
 * How many syllables before «năm» may hold the companions' words: «biên chế và lao động năm 2026», «Biên chế công
 * chức được giao năm 2024», «Biên chế, số lượng người làm việc năm 2025».
 */
const NAMED_BEFORE = 8;

const NOT_A_DATA_YEAR =
  /(?<![\p{L}])(?:so với|cùng kỳ|kỳ trước|hơn|kém|bằng|từ|đến|tới|trước|sau|luật|nghị định|nghị quyết|thông tư|khóa|khoá|nhiệm kỳ|giai đoạn)(?:\s+\p{L}+){0,3}\s+năm\s+$/iu;
const SPAN_AFTER = /^\s*[-–]\s*\d{4}/;
const SPAN_BEFORE = /\d{4}\s*[-–]\s*(?:năm\s+)?$/;

export interface YearFinding {
  state: "bound" | "ambiguous";
  tokens: NumberToken[];
}

/** The year each year field is found to be, for those not yet bound: from the figures its companions were bound to. */
export function yearsOfFigures(
  text: string,
  report: ReportDefinition,
  tokens: readonly NumberToken[],
  result: ReadonlyMap<FieldId, Recognition>,
): Map<FieldId, YearFinding> {
  const found = new Map<FieldId, YearFinding>();
  const years = tokens.filter((t) => isDataYear(text, t));
  if (years.length === 0 && !/(?:^|\n)[ \t]*(?:[-+*•–][ \t]*)?năm[^:\n]{1,40}:[ \t]*\d{4}/iu.test(text)) return found;
  for (const field of report.fields) {
    const own = result.get(field.id);
    // A year bound by its wording is looked at again: the year that heads where its figures were bound may be another
    // («Năm 2025, … lần lượt là 84 và 77 …. Năm 2024, Văn phòng được giao 89 …»: the figures are 2025's).
    if (field.kind !== "year" || field.formula?.op === "period" || (own?.state !== "notFound" && own?.state !== "bound")) continue;
    const pairs = contentPairs(field.label);
    const companions = report.fields.filter(
      (f) => f.section === field.section && f.id !== field.id && (f.kind === "count" || f.kind === "percent") && shares(f, pairs),
    );
    // Where the companions were bound; failing that, where their candidates stand (the clerk chooses which number is
    // which, but they stand under one year all the same).
    const states = companions.map((f) => result.get(f.id));
    const bound = states.flatMap((r) => (r?.state === "bound" ? r.occurrences : []));
    const places = bound.length > 0 ? bound : states.flatMap((r) => (r?.state === "ambiguous" ? r.candidates : []));
    const heading = new Map<number, NumberToken>();
    for (const o of places) for (const y of headingYears(text, years, o.start, pairs)) heading.set(y.start, y);
    if (heading.size === 0) for (const o of places) for (const y of labelLineYear(text, tokens, o.start, pairs)) heading.set(y.start, y);
    if (heading.size === 0) continue;
    const chosen = [...heading.values()].sort((a, b) => a.start - b.start);
    const values = new Set(chosen.map((t) => t.value));
    if (own?.state === "bound") {
      if (bound.length === 0 || own.occurrences.some((o) => values.has(Number(o.input)))) continue;
    }
    found.set(field.id, { state: values.size === 1 ? "bound" : "ambiguous", tokens: chosen });
  }
  return found;
}

/**
 * A year named as what is compared with, a span's end, a term or a citation's («so với biên chế năm 2025», «đến năm
 * 2030», «nhiệm kỳ … năm 2021»): the year of no figure of the report, whatever words stand around it.
 */
export function namedNotAsDataYear(text: string, t: { start: number }): boolean {
  return NOT_A_DATA_YEAR.test(text.slice(Math.max(0, t.start - 48), t.start));
}

/** A year as a data year is written: «năm 2026», not a span, a comparison or a citation's year. */
function isDataYear(text: string, t: NumberToken): boolean {
  if (t.kind !== "count" || !/^\d{4}$/.test(t.text) || t.value < 2000 || t.value > 2100) return false;
  const before = text.slice(Math.max(0, t.start - 48), t.start);
  if (!/(?<![\p{L}])năm\s+$/iu.test(before) || NOT_A_DATA_YEAR.test(before) || SPAN_BEFORE.test(before)) return false;
  return !SPAN_AFTER.test(text.slice(t.end, t.end + 8));
}

/** Words that say «the figures of» and not of what: «Năm của số liệu biên chế». */
const GENERIC = new Set(["năm", "của", "số", "liệu", "lượng", "về", "cho", "theo", "các", "những", "được"]);

/** Pairs of neighbouring words of a label that say what its figures are: «Năm của số liệu biên chế» → «biên chế». */
function contentPairs(label: string): Set<string> {
  const sylls = syllables(label);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < sylls.length; i++) {
    if (!GENERIC.has(sylls[i]!) && !GENERIC.has(sylls[i + 1]!)) pairs.add(`${sylls[i]} ${sylls[i + 1]}`);
  }
  return pairs;
}

function shares(field: FieldDef, pairs: ReadonlySet<string>): boolean {
  return features(syllables(field.label)).some((f) => pairs.has(f));
}

/** The data years that head the figure at `at`: before it in its sentence, else in the line introducing its row. */
function headingYears(text: string, years: readonly NumberToken[], at: number, pairs: ReadonlySet<string>): NumberToken[] {
  const sentence = sentenceAround(text, at, at);
  const inSentence = years.filter((y) => y.start >= sentence.from && y.end <= at && heads(text, y, sentence.from, pairs));
  if (inSentence.length > 0) return inSentence;
  const after = years.filter((y) => y.start > at && y.end <= sentence.to && closes(text, at, y, pairs));
  if (after.length > 0) return after;
  const intro = introLine(text, at);
  const introduced = intro ? years.filter((y) => y.start >= intro.from && y.end <= intro.to && heads(text, y, intro.from, pairs, true)) : [];
  return introduced.length > 0 ? introduced : columnYears(text, years, at);
}

/**
 * «Nội dung⇥Được giao năm 2025⇥Hiện có» over «Công chức⇥96⇥89»: a table's column header naming a year says whose year
 * the figures under it are, as a caption over the table does; only the figure's own column's header is read.
 */
function columnYears(text: string, years: readonly NumberToken[], at: number): NumberToken[] {
  const own = gridAt(text, { start: at, end: at });
  if (!own || own.row < own.grid.headerRows) return [];
  const top = own.grid.starts[0];
  return years.filter((y) => {
    if (y.start < (top ?? Infinity) || y.start > at) return false;
    const g = gridAt(text, y);
    return g !== null && g.grid.starts[0] === top && g.row < g.grid.headerRows && g.column === own.column;
  });
}

/**
 * The year closes the figure's own words: «được giao 19 biên chế công chức năm 2025, hiện có 17 người». Only words
 * between the figure and «năm», and among them the companions' words: «… 19 biên chế, tăng 2 so với năm 2024» is not.
 */
function closes(text: string, at: number, year: NumberToken, pairs: ReadonlySet<string>): boolean {
  const figureEnd = /^[\d.,]*/u.exec(text.slice(at, year.start))![0].length + at;
  // A comma inside the words is a pair's («34 biên chế cán bộ, công chức giao năm 2026»); a number between is not.
  const between = /^[^\d\n;:.()]*$/u.exec(text.slice(figureEnd, year.start))?.[0];
  if (between === undefined || !/(?<![\p{L}])năm\s+$/iu.test(between)) return false;
  return features(syllables(between).slice(0, -1)).some((f) => pairs.has(f));
}

/** «- Năm giao biên chế: 2026»: a list item of its own that names the year, and the companions' words. */
const YEAR_LINE = /^[ \t]*(?:[-+*•–][ \t]*)?(năm[^:\n\d]{1,40}):[ \t]*(\d{4})[ \t]*[.;]?[ \t]*$/iu;

/**
 * The year given as an item of the list the figure is an item of, above it: «- Năm giao biên chế: 2026.» over «- Biên
 * chế công chức được giao: 74 người». The item's words must name the companions («biên chế»): «- Năm thành lập:
 * 2008» is the year of something else.
 */
function labelLineYear(text: string, tokens: readonly NumberToken[], at: number, pairs: ReadonlySet<string>): NumberToken[] {
  let end = text.lastIndexOf("\n", at - 1);
  for (let k = 0; k < INTRO_LINES && end > 0; k++) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(from, end);
    const m = YEAR_LINE.exec(line);
    if (m) {
      if (!features(syllables(m[1]!)).some((f) => pairs.has(f))) return [];
      const start = from + line.indexOf(m[2]!, m[1]!.length);
      return tokens.filter((t) => t.start === start && t.kind === "count");
    }
    if (!DASHED.test(line)) return [];
    end = from - 1;
  }
  return [];
}

/** The year opens its clause («Năm 2026, …», «- Trong năm 2026») or follows the companions' words. */
function heads(text: string, year: NumberToken, from: number, pairs: ReadonlySet<string>, heading = false): boolean {
  const clauseStart = Math.max(from, text.slice(from, year.start).search(/[^;:]*$/) + from);
  // «Sau hợp nhất với …, năm 2026 Văn phòng được giao 104 biên chế»: the year opens the clause after a comma.
  if (/(?:^|,)\s*năm\s*$/iu.test(text.slice(clauseStart, year.start))) return true;
  // «Văn phòng được giao năm 2026: 98 biên chế công chức, …»: a year closing the words that introduce the figures.
  if (/^\s*:/.test(text.slice(year.end, year.end + 3))) return true;
  const lead = syllables(text.slice(clauseStart, year.start).replace(/^\s*(?:[-+*•–]|\d{1,2}[.)]|[a-zđ]\)|[IVX]+\.)\s*/u, ""));
  if (lead.length <= 2 && lead.at(-1) === "năm") return true;
  // A line introducing items is a heading: its words all say what its year is of.
  const named = features(heading ? lead.slice(0, -1) : lead.slice(0, -1).slice(-NAMED_BEFORE));
  if (named.some((f) => pairs.has(f))) return true;
  // «Biên chế cán bộ, công chức được Tổng Liên đoàn giao năm 2026 là 148»: the clause opens with the companions' words.
  return features(lead.slice(0, 2)).some((f) => pairs.has(f));
}

const ROW = /^\s*(?:[-+*•–]|\d{1,2}[.)])\s|\t|\|/;
const DASHED = /^\s*[-+*•–]\s/;

/**
 * The line that introduces a list item or table row: the nearest line above that is neither another row nor blank.
 * A "+" item is introduced by the "-" item above it.
 */
function introLine(text: string, at: number): { from: number; to: number } | null {
  const lineFrom = text.lastIndexOf("\n", at - 1) + 1;
  const own = text.slice(lineFrom, text.indexOf("\n", at) === -1 ? text.length : text.indexOf("\n", at));
  if (!ROW.test(own)) return null;
  const plus = /^\s*\+/.test(own);
  // «1. Biên chế … năm 2025» over «- Công chức: 84»: a numbered line above dashed items is their heading, no row.
  const dashed = DASHED.test(own);
  let end = lineFrom - 1;
  for (let k = 0; k < INTRO_LINES && end > 0; k++) {
    const from = text.lastIndexOf("\n", end - 1) + 1;
    const line = text.slice(from, end);
    const isRow = plus ? /^\s*\+|\t|\|/.test(line) : dashed ? DASHED.test(line) || /\t|\|/.test(line) : ROW.test(line);
    if (line.trim() !== "" && (!isRow || groupRow(line))) return { from, to: end };
    end = from - 1;
  }
  return null;
}

/**
 * «I. TỔ CHỨC BỘ MÁY, BIÊN CHẾ NĂM 2025⇥⇥⇥» inside a table: a row with words in its first cell only is the heading
 * of the group of rows under it, as a line above a list is.
 */
function groupRow(line: string): boolean {
  const cells = line.split("\t");
  return cells.length > 1 && /\p{L}/u.test(cells[0]!) && !/^\s*[-+*•–]/u.test(cells[0]!) && cells.slice(1).every((c) => c.trim() === "");
}
