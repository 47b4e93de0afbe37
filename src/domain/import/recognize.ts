/**
 * Finds the report's figures in plain text by the wording around them (see patterns/). Each field is bound to every
 * place its wording occurs, or left notFound, or marked ambiguous when the candidates disagree within one section or
 * another field claims the same characters: a wrong figure silently imported is worse than one typed by hand.
 */
import { withBoundedLines } from "./boundedLines";
import { ruledTables } from "./meaning/ruledTables";
import { cellPerLineTables } from "./meaning/cellPerLine";
import { barTabRows } from "./meaning/barTabRows";
import { spaceAlignedTables } from "./meaning/spaceAligned";
import { wideGapTables } from "./meaning/spaceTables";
import { withoutFootnotes } from "./meaning/footnotes";
import { withoutNoteMarks } from "./meaning/endNotes";
import { withoutDottedBlanks } from "./dottedBlanks";
import { withoutOutlineExamples } from "./meaning/outlineExamples";
import { withoutIndicatorCodes } from "./indicatorCodes";
import { withoutCodeColumns } from "./codeColumns";
import { withLinesBlank, type LinesToBlank } from "./blankLines";
import { pageFurnitureLines } from "./meaning/pageFurniture";
import { quotedReplyLines } from "./meaning/quotedReply";
import { droppedParagraphLines } from "./meaning/droppedParagraphs";
import { withoutSpelledEchoes, withSpelledCounts } from "./meaning/spelledNumbers";
import { asWritten, withTones } from "./meaning/toneless";
import { TONELESS_PHRASES } from "./meaning/tonelessPhrases";
import { parseField } from "../fieldValues";
import type { ReportDefinition } from "../report";
import type { FieldDef, FieldId } from "../types";
import { scanHeadings, whereAt, type Heading } from "./headings";
import { headingsWithCaps } from "./capsHeadings";
import { MAX_MEANING_NUMBERS, recognizeByMeaning } from "./meaning";
import { initialsReadings } from "./meaning/initialsShortForms";
import { documentReadings } from "./meaning/abbreviations";
import { deskReadings } from "./meaning/deskReading";
import { readUsesApart } from "./meaning/abbreviationUses";
import { provinceCityReadings } from "./meaning/provinceCity";
import { carriedBeside } from "./carriedAside";
import { withDocumentWords } from "./meaning/words";
import { findLists } from "./meaning/lists";
import { findNames } from "./meaning/names";
import { joinHardWraps } from "./meaning/hardWraps";
import { joinSoftBreaks } from "./meaning/softBreaks";
import { confirmPercents, findStatedShares } from "./meaning/percentArithmetic";
import { withoutEarlierAsides } from "./earlierAsides";
import { withBracketedOwnPeriod } from "./bracketLegend";
import { withUnitBrackets } from "./unitBrackets";
import { settleBySums } from "./meaning/sumsSettle";
import type { Candidate } from "./meaning/candidates";
import { demoteByNeighbours } from "./meaning/boundTogether";
import { doubtContradicted } from "./meaning/wordsDisagree";
import { applyVetoes, exactOnly, refusedBy, vetoContext, vetoReason } from "./meaning/vetoes";
import { namesNoOrganisation, scopeBefore } from "./meaning/vetoPlace";
import { yearsOfFigures } from "./meaning/yearOfFigures";
import { totalsUnderLevel } from "./meaning/levelWordings";
import { withLevelLines } from "./meaning/levelLines";
import { profilesOnce } from "./meaning/profiles";
import { communeLevelTotals, departmentLevelTotals, namesDepartments, offerAtTotals, otherLevelFields } from "./meaning/communeTotals";
import { findNumbers, inputOf, tokenIndex, type NumberToken } from "./numbers";
import { listSentenceEnd, patternsOf, splitItems, type FigurePattern, type PatternTable } from "./patterns";
import { lineAt, lineStarts } from "./text";
import { endsNegated, listWithoutComment, opensRounded, otherPeriodsFigures, withoutCommentClause, withoutOtherPeriodsBracket } from "./textClauses";
import { wordingPastRowEnd } from "./rowEnds";
import { readsPastEndedSentence } from "./sentenceGap";
import { partOfTotalColumn } from "./meaning/totalColumnParts";
import { brokenDownCountEnd } from "./meaning/bracketBreakdown";
import { monthInWords } from "./writtenMonths";
import type { Occurrence, Recognition } from "./types";

interface Context {
  text: string;
  headings: Heading[];
  starts: number[];
  /** Every number token by its start: a capture that is not a whole token is a cut number and never taken. */
  numbers: Map<number, NumberToken>;
}

/**
 * Lines that are no part of the report, in the order they are blanked: an earlier e-mail quoted «>» below the message
 * (meaning/quotedReply.ts), a paragraph its draft's author strikes out «(bỏ đoạn này)» (meaning/droppedParagraphs.ts),
 * page numbers and running headers between a PDF's pages (meaning/pageFurniture.ts; after footnotes.ts, which takes a
 * page number that a note before it broke a sentence with).
 */
const BLANK_LINES: readonly LinesToBlank[] = [quotedReplyLines, droppedParagraphLines, pageFurnitureLines];

/**
 * The text as a reader follows its sentences, one character for one: a PDF's page furniture blank and the lines a page's
 * width broke joined (what a check that reads a figure's clause needs, ownConvention.ts).
 */
export function followedText(text: string): string {
  return joinHardWraps(withLinesBlank(text, BLANK_LINES));
}

export function recognizeFigures(
  text: string,
  report: ReportDefinition,
  patterns: PatternTable = patternsOf(report),
): Map<FieldId, Recognition> {
  // The text is read (one character for one) with: lines over 8,000 characters cut at a clause's end (boundedLines.ts:
  // each number looks back to its line's start), a table drawn with «+---+» rules read as one line per row (meaning/ruledTables.ts), the dots of a form's blanks blank (dottedBlanks.ts), the example an outline's copied request gives «ví dụ: «… 05 cá nhân»» blank (meaning/outlineExamples.ts), an indicator set's codes «(CT 01)» blank (indicatorCodes.ts), a template's codes, row and column numbers blank (codeColumns.ts), footnote marks and notes that break a sentence blank
  // (meaning/footnotes.ts), another period's aside «1.126 (quý II: 1.048) hồ sơ» blank where the form asks nothing of
  // an earlier period (earlierAsides.ts), the lines that are no part of the report blank (blankLines.ts: BLANK_LINES), a count's echo in words «03 (ba) cá nhân» blank (spelledNumbers.ts), a table typed with «|» and tabs as padding
  // read by its bars (barTabRows.ts), a table copied
  // one cell per line as its rows (cellPerLine.ts) or laid out with spaces
  // (spaceAligned.ts: a row per header, figures under their own column; what it leaves, spaceTables.ts), words typed without
  // marks with them where one reading exists (toneless.ts); words compared with the document's abbreviations read as
  // what they stand for (abbreviations.ts); lines a page's width broke (text from a PDF) as one (meaning/hardWraps.ts),
  // after the tables are read as rows (their cells then carry tabs, which keep their lines).
  const toned = withTones(joinHardWraps(wideGapTables(spaceAlignedTables(cellPerLineTables(barTabRows(withUnitBrackets(withoutSpelledEchoes(withLinesBlank(withoutFootnotes(withoutEarlierAsides(withBracketedOwnPeriod(withoutCodeColumns(withoutIndicatorCodes(withoutOutlineExamples(withoutDottedBlanks(ruledTables(withBoundedLines(text)))))), report), report)), BLANK_LINES)))))))), formWords(report, patterns));
  // A short form the document means two ways is read use by use (abbreviationUses.ts).
  // A department's desk written as its dossiers at the centre reads as the form's desk (deskReading.ts).
  // A city run by the centre's committee and leaders are the province's (provinceCity.ts).
  // A short form no table knows, the initials of a phrase the reports' language names and its last word («SNL việc»:
  // initialsShortForms.ts).
  const readings = [...documentReadings(toned), ...deskReadings(toned, report, patterns), ...provinceCityReadings(toned)];
  const phrases = initialsReadings(toned, new Set(readings.map(([short]) => short.join(" "))));
  const { text: read, readings: perUse } = readUsesApart(toned, new Set(readings.map(([short]) => short.join(" "))));
  const found = withDocumentWords([...readings, ...perUse], () => recognizeIn(read, report, patterns), phrases);
  if (read === text) return found;
  // What the clerk is shown quotes the document as written, not the text as read; a figure whose own words were
  // read with marks the clerk left out («khong co») is the clerk's to confirm.
  // Its lines are the document's lines too (a table read as rows or a note read as blank joins lines).
  const starts = lineStarts(text);
  const quoted = (o: Occurrence) => ({ ...asWritten(text, read, o), line: lineAt(starts, o.start) });
  for (const [id, r] of found) {
    const guessed = r.state === "bound" && r.occurrences.some((o) => !sameBesidesSpace(text.slice(o.start, o.end), o.text));
    if (guessed) found.set(id, { state: "ambiguous", candidates: r.occurrences.map(quoted) });
    else if (r.state === "bound") found.set(id, { state: "bound", occurrences: r.occurrences.map(quoted) });
    if (r.state === "ambiguous") found.set(id, { ...r, candidates: r.candidates.map(quoted) });
  }
  return found;
}

function sameBesidesSpace(a: string, b: string): boolean {
  return a.replace(/\s/g, " ") === b.replace(/\s/g, " ");
}

/** The form's own wordings: the marked words a word typed without marks may stand for. */
function formWords(report: ReportDefinition, patterns: PatternTable): string[] {
  const words = report.fields.map((f) => f.label);
  for (const list of patterns.values()) for (const p of list) words.push(p.wording);
  // …and the reports' own language around the figures (tonelessPhrases.ts).
  return [...words, ...TONELESS_PHRASES];
}

function recognizeIn(text: string, report: ReportDefinition, patterns: PatternTable): Map<FieldId, Recognition> {
  // Counts written in words before their unit («sáu ý kiến») stand beside the digits (spelledNumbers.ts).
  // A note's mark «(8)» is no number (meaning/endNotes.ts).
  const tokens = withSpelledCounts(text, withoutNoteMarks(text, findNumbers(text)));
  const context: Context = { text, headings: scanHeadings(text), starts: lineStarts(text), numbers: tokenIndex(tokens) };
  const result = new Map<FieldId, Recognition>();
  const refusedExact = new Map<FieldId, Occurrence[]>();
  const vetoes = vetoContext(text, report, patterns);
  // A commune's own report: its level's figures are its totals, never a number of their own (communeTotals.ts).
  // A department's own report likewise: its level's figures are its totals, the other levels' none of its numbers
  // (meaning/departmentReport.ts).
  const asTotals = vetoes.commune ? communeLevelTotals(report) : vetoes.department ? departmentLevelTotals(report) : new Map<FieldId, FieldId>();
  const otherLevels = vetoes.department ? otherLevelFields(report, namesDepartments) : new Set<FieldId>();
  const refused = (field: FieldDef, at: { start: number; end: number }) => asTotals.has(field.id) || otherLevels.has(field.id) || refusedBy(vetoReason(vetoes, field, at), field);
  // Refused only because no organisation is named above it (an annex's «Hồ sơ tiếp nhận | 124» under no desk's name):
  // not this figure's place, but it may be this figure stated again (meaning/statedTwice.ts).
  // Whether a place's scope names no organisation is the place's own: read once per number, not per figure asking.
  const noneNamed = new Map<number, boolean>();
  const namesNone = (start: number) => noneNamed.get(start) ?? noneNamed.set(start, namesNoOrganisation(scopeBefore(text, start), vetoes.organisations)).get(start)!;
  const unnamed = (field: FieldDef, at: { start: number; end: number }) =>
    !asTotals.has(field.id) && !otherLevels.has(field.id) && vetoReason(vetoes, field, at) === "organisationOutOfScope" && namesNone(at.start);
  // Under a heading naming one level of the form's sums, a wording of the whole report's figure reads that level's
  // split (meaning/levelWordings.ts).
  const built = profilesOnce(report, patterns);
  const otherLevel = totalsUnderLevel(text, withLevelLines(text, context.headings), report, () => built().vocab);
  for (const field of report.fields) {
    const candidates = dedupe((patterns.get(field.id) ?? []).flatMap((pattern) => find(context, pattern)));
    // «thạc sỹ 14 …; cấp xã: thạc sỹ 06»: places the precision layer refuses do not make the wording's figure unclear.
    // «Thạc sĩ⇥3⇥4⇥5⇥2⇥14» under «… | Phòng QLDN | Cộng»: the wording reads the first room's cell, the figure is the
    // total column's (meaning/totalColumnParts.ts), which recognition by meaning reads.
    const unrefused = field.formula?.op === "period" ? candidates : candidates.filter((o) => !refused(field, o) && !otherLevel(field, o.start) && !partOfTotalColumn(text, field, o));
    // «hiện có 37 viên chức, người lao động (Nhà khách UBND tỉnh 21 người, Nhà khách Kon Tum 16 người)»: a place inside
    // a bracket that adds up to another place of the same figure is a share of it; the figure is the whole.
    const kept = unrefused.length < 2 ? unrefused : unrefused.filter((o) => !sharesOf(text, o, unrefused));
    // Every place refused: the wording found no figure of this field; meaning may, and the clerk sees these if not.
    if (kept.length === 0 && candidates.length > 0) refusedExact.set(field.id, candidates);
    result.set(field.id, judge(field, kept));
  }
  markOverlaps(result);
  // The places the exact wordings left unclear: last period's figure is read among them once all is placed (carriedAside.ts).
  const unclearExact = new Map([...result].flatMap(([id, r]) => (r.state === "ambiguous" ? [[id, new Set(r.candidates.map((o) => o.start))] as const] : [])));
  // Lists and their counts by what they list, names by what befell them (meaning/lists.ts, names.ts), where the
  // exact wording found nothing.
  for (const [id, spans] of [...findLists(text, report), ...findNames(text, report)]) {
    if (result.get(id)?.state !== "notFound") continue;
    // Two readings of one list may give its count at the same place: one place is one occurrence (one control).
    const unique = spans.filter((s, i) => spans.findIndex((o) => o.start === s.start) === i);
    const occurrences = unique.map((s) => ({ ...s, text: text.slice(s.start, s.end), line: lineAt(context.starts, s.start), where: whereAt(context.headings, s.start) }));
    result.set(id, { state: "bound", occurrences });
  }
  // Exact wording is the strongest evidence; what it did not find is looked for by meaning, which reads a section
  // opened by a line in capitals with no number as it reads a numbered one (capsHeadings.ts).
  const meaning = recognizeByMeaning({ text: joinSoftBreaks(text), tokens: exactOnly(text, tokens, report, { vetoes, limit: MAX_MEANING_NUMBERS }), all: tokens, headings: headingsWithCaps(text, context.headings), report, patterns, exact: result, refused, unnamed, built });
  const at = (t: Candidate["token"]): Occurrence => ({
    start: t.start,
    end: t.end,
    text: t.text,
    input: t.kind === "zero" ? t.text : inputOf(t),
    line: lineAt(context.starts, t.start),
    where: whereAt(context.headings, t.start),
  });
  const occurrence = (c: Candidate): Occurrence => at(c.token);
  for (const [id, places] of meaning.bound) result.set(id, { state: "bound", occurrences: places.map(occurrence) });
  for (const [id, places] of meaning.unclear) {
    result.set(id, { state: "ambiguous", candidates: places.map(occurrence), ...(meaning.doubted?.has(id) ? { restated: true as const } : {}) });
  }
  for (const [id, places] of refusedExact) if (result.get(id)?.state === "notFound") result.set(id, { state: "ambiguous", candidates: places });
  // A figure found by wording and stated again elsewhere with another value (meaning/statedTwice.ts).
  const twice = new Set<FieldId>();
  for (const [id, places] of meaning.doubted ?? []) {
    twice.add(id);
    const r = result.get(id);
    if (r?.state !== "bound") continue;
    const shown = places.map(occurrence);
    result.set(id, { state: "ambiguous", candidates: [...shown, ...r.occurrences.filter((o) => !shown.some((s) => s.start === o.start))], restated: true });
  }
  // Last period's figure in the bracket right after the figure it is carried from, among the wording's places (carriedAside.ts).
  carriedBeside(text, report, result, unclearExact);
  doubtPercents(report, result, twice);
  // Precision layer: a bound figure that something around it says is not the form's becomes unclear (vetoes.ts).
  applyVetoes(vetoes, report, result);
  // A number its own words contradict («hai (03) công chức») is the clerk's to read (meaning/wordsDisagree.ts).
  for (const id of doubtContradicted(text, result)) twice.add(id);
  // What the bound figures say about each other: parts, shares, total rows (boundTogether.ts).
  demoteByNeighbours(text, tokens, report, result);
  // A year of other figures is read where those figures were found, once they are settled (yearOfFigures.ts).
  for (const [id, year] of yearsOfFigures(text, report, tokens, result)) {
    const places = year.tokens.map(at);
    const vetoed = places.some((o) => vetoReason(vetoes, report.byId.get(id)!, o) !== null);
    result.set(id, year.state === "bound" && !vetoed ? { state: "bound", occurrences: places } : { state: "ambiguous", candidates: places });
  }
  // A figure left unclear whose sum's other members are bound: the candidate the sum needs (meaning/sumsSettle.ts).
  settleBySums(report, result, (field, o) => vetoReason(vetoes, field, o) !== null, twice);
  // A percentage left unclear whose part and whole are bound: the candidate the arithmetic gives (percentArithmetic.ts).
  confirmPercents(report, result, (field, o) => vetoReason(vetoes, field, o) !== null, meaning.slipped);
  // …or a share the scoring never offered, when no other value in the document fits (percentArithmetic.ts).
  findStatedShares(report, result, tokens.filter((t) => t.kind === "percent").map(at), (field, o) => vetoReason(vetoes, field, o) !== null);
  offerAtTotals(asTotals, result);
  for (const id of otherLevels) {
    const r = result.get(id);
    if (r?.state === "bound") result.set(id, { state: "ambiguous", candidates: r.occurrences });
  }
  return result;
}

function find(context: Context, pattern: FigurePattern): Occurrence[] {
  const found: Occurrence[] = [];
  for (const match of context.text.matchAll(pattern.re)) {
    const span = match.indices?.groups?.["v"];
    if (!span) continue;
    const start = span[0];
    // The last cell of a table's row is not described by the label opening the next row (rowEnds.ts).
    if (wordingPastRowEnd(context.text, span[1], match.index + match[0].length)) continue;
    // Nor is a number after a sentence that its label's own figure ended (sentenceGap.ts); a list there («Nội dung chủ
    // yếu: …») may be what the label announced.
    if (!pattern.items && /^\d/.test(context.text.slice(start, span[1])) && readsPastEndedSentence(context.text, match.index, start)) continue;
    // A text figure stops before a clause commenting on it («; nhiều nhất là …», textClauses.ts).
    const ended = pattern.items
      ? start + listWithoutComment(context.text.slice(start, start + listSentenceEnd(context.text.slice(start, span[1]))))
      : /^\d[\d.,\s]*%?$/.test(context.text.slice(start, span[1]))
        ? span[1]
        : start + withoutCommentClause(context.text.slice(start, span[1]));
    // «38/124 xã, phường (tháng trước: 41/124 xã, phường)»: last month's places are no part of this one's (textClauses.ts).
    const end = pattern.items || /^\d[\d.,\s]*%?$/.test(context.text.slice(start, ended)) ? ended : start + withoutOtherPeriodsBracket(context.text.slice(start, ended));
    const text = context.text.slice(start, end);
    // «27/64 xã, phường không có công dân đến»: places where it did not happen (textClauses.ts).
    if (endsNegated(text)) continue;
    // «phát sinh tại hơn 70 xã, phường»: a rounded count names no places (textClauses.ts).
    if (!pattern.items && opensRounded(text)) continue;
    // «(tháng 8/2026: 70/96 lượt, chiếm 72,92%)» after a share: last month's figures, no list (textClauses.ts).
    if (pattern.items && otherPeriodsFigures(text)) continue;
    const number = context.numbers.get(start);
    // A captured number must be a whole token (a text figure such as "10/2020" is taken as written).
    if (/^\d[\d.,\s]*%?$/.test(text) && (number?.end !== end || number.kind === "other")) continue;
    // A text figure that starts with a number ("10/2018") is taken whole, not as its first number.
    const whole = number?.end === end ? number : undefined;
    // «tháng 10 năm 2026» captured as «10 năm 2026»: the month as typed, «10/2026» (writtenMonths.ts).
    const input = pattern.items ? splitItems(text, pattern.items).join("\n") : whole ? inputOf(whole) : (monthInWords(context.text.slice(Math.max(0, start - 12), start), text) ?? text.trim());
    found.push({ start, end, text, input, line: lineAt(context.starts, start), where: whereAt(context.headings, start) });
  }
  return found;
}

function dedupe(candidates: Occurrence[]): Occurrence[] {
  const byStart = new Map(candidates.map((o) => [o.start, o]));
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}

/** `o` stands in a bracket whose numbers add up to another of the figure's places right before it (bracketBreakdown.ts). */
function sharesOf(text: string, o: Occurrence, places: readonly Occurrence[]): boolean {
  const whole = brokenDownCountEnd(text, o.start);
  return whole !== -1 && places.some((p) => p !== o && p.end === whole);
}

/**
 * Same value written twice in a section is a repetition; different values in one section is a guess we refuse.
 * Different values in two sections («năm 2026» in I, «Năm 2025» in II.1.a) are both bound: the form's own rule
 * between sections reports the disagreement with both lines, which tells the clerk more than an unclear figure.
 */
function judge(field: FieldDef, candidates: Occurrence[]): Recognition {
  if (candidates.length === 0) return { state: "notFound" };
  const valuesBySection = new Map<string, Set<string>>();
  for (const o of candidates) {
    const parsed = parseField(field, o.input);
    const key = parsed.ok ? JSON.stringify(parsed.value) : o.input;
    valuesBySection.set(o.where, (valuesBySection.get(o.where) ?? new Set()).add(key));
  }
  const disagree = [...valuesBySection.values()].some((values) => values.size > 1);
  return disagree ? { state: "ambiguous", candidates } : { state: "bound", occurrences: candidates };
}

/** A percentage of a figure stated twice is computed from a value nobody chose: it is left unclear too. */
function doubtPercents(report: ReportDefinition, result: Map<FieldId, Recognition>, twice: ReadonlySet<FieldId>): void {
  for (const field of report.fields) {
    const r = result.get(field.id);
    if (field.formula?.op !== "percentOf" || r?.state !== "bound") continue;
    if (twice.has(field.formula.part) && result.get(field.formula.part)?.state === "ambiguous") result.set(field.id, { state: "ambiguous", candidates: r.occurrences });
  }
}

/** Two fields bound to overlapping characters: one of the patterns is wrong, so neither is trusted. */
function markOverlaps(result: Map<FieldId, Recognition>): void {
  const spans: Array<{ id: FieldId; o: Occurrence }> = [];
  for (const [id, recognition] of result) {
    // A loop, not push(...spread): spreading 200,000 occurrences as arguments overflows the stack.
    if (recognition.state === "bound") for (const o of recognition.occurrences) spans.push({ id, o });
  }
  spans.sort((a, b) => a.o.start - b.o.start);
  const clashing = new Set<FieldId>();
  for (let i = 0; i < spans.length; i++) {
    for (let j = i + 1; j < spans.length && spans[j]!.o.start < spans[i]!.o.end; j++) {
      if (spans[j]!.id !== spans[i]!.id) clashing.add(spans[i]!.id).add(spans[j]!.id);
    }
  }
  for (const id of clashing) {
    const recognition = result.get(id);
    if (recognition?.state === "bound") result.set(id, { state: "ambiguous", candidates: recognition.occurrences });
  }
}

