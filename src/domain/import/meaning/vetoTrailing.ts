/**
 * The vetoes asked after the leading ones (vetoLeading.ts), some of them only in the strict reading of the final
 * demotion, in the order they are asked: what the number's own stretch, its sentence and its column say.
 */
import { directionWords, withWay } from "./moveDirection";
import { longerWordingBefore } from "./vetoLonger";
import type { FieldDef, FieldId } from "../../types";
import { readRivalWords, rivalVeto } from "./vetoRival";
import { eventUnnamed, otherEventNamed } from "./vetoEvent";
import { movementUnnamed } from "./vetoMovement";
import { byAnotherMove } from "./moveBasis";
import { levelRange } from "./vetoLevelRange";
import { featureSet, syllables } from "./words";
import { fractionLegend, fractionWholeSides, otherSide, rowNamesField, headerNamesOther, otherRoom } from "./vetoPlace";
import { respectiveOwn } from "./respectivePairs";
import { spanFacts } from "./vetoFacts";
import { earlyNamedNear, onTimeForEarly } from "./vetoOnTime";
import type { VetoContext, VetoReason } from "./vetoContext";
import { FIGURES, single } from "./vetoFormWords";
import { cellNamesOverHeader, cellStretch } from "./cellLabel";
import { valuesOnly } from "./valueHeader";
import { renewalForAppointment } from "./vetoRenewal";
import { occasionsOf, otherOccasionNamed, type Occasions } from "./otherOccasion";
import { labelAddsRows } from "./rowsSum";
import { clauseTail } from "./vetoText";
import { otherUnitSubject } from "./unitSubject";
import { figureStaffKind } from "./staffKinds";
import { clauseStart } from "./clauseStart";

/** People or bodies counted right after the number, then whose they are: the province's, or its other bodies'. */
const PEOPLE_OF_AREA =
  /^[ \t]*(?:cá nhân|tập thể|người|lượt người|công chức|viên chức|cán bộ|đơn vị)[ \t]+(?:của[ \t]+(?:toàn[ \t]+)?(?:tỉnh|thành phố)|trên[ \t]+địa[ \t]+bàn|của[ \t]+các[ \t]+(?:sở|cơ quan|đơn vị|địa phương|huyện|xã|phường))(?![\p{L}\p{M}])/iu;

const occasionsByLabel = new Map<string, Occasions>();
const occasions = (label: string) => occasionsByLabel.get(label) ?? occasionsByLabel.set(label, occasionsOf(label)).get(label)!;

export function trailingVeto(ctx: VetoContext, field: FieldDef, o: { start: number; end: number }, strict: boolean): VetoReason | null {
  const { text } = ctx;
  const own = ctx.fields.get(field.id);
  if (!own) return null;
  const at = spanFacts(ctx, o);
  const sentence = at.sentence;
  if (strict && own.events.length > 0 && eventUnnamed(own.events, at.sentenceText)) return "otherEvent";
  if (strict && own.movement.length > 0 && movementUnnamed(own.movement, at.sentenceText)) return "otherEvent";
  // «Nhân … Ngày Thương binh - Liệt sĩ (27/7), … ban hành 03 văn bản về thăm, tặng quà» for gifts «Tết» (otherOccasion.ts).
  // The label is asked first: the sentence is read only for the rare label naming an occasion.
  const occasion = field.kind === "count" ? occasions(field.label) : null;
  if (occasion !== null && occasion.ids.length > 0 && otherOccasionNamed(occasion, at.sentenceText)) return "otherEvent";
  if (otherEventNamed(own.othersEvents, text, sentence.from, o.start, o.end)) return "otherEvent";
  if (field.kind === "count" && renewalForAppointment(field.label, () => at.once("clauseTail60", () => clauseTail(text, o.start, 60)), () => text.slice(Math.max(0, o.start - 40), o.start))) return "renewal";
  if (!field.formula && labelAddsRows(at.once("cellLabel", () => at.cell?.label ?? lineLabel(text, o.start)))) return "rowsSum";
  const segment = at.once("segment", () => segmentAround(text, o.start, o.end));
  const sentenceBefore = () => at.once("sentenceBeforeSyllables", () => syllables(text.slice(sentence.from, o.start)));
  if (field.kind === "count" && levelRange(field.label, at.once("segmentSyllables", () => syllables(segment)), sentenceBefore)) return "general";
  const rivalry = ctx.rivals.get(field.id);
  // «Tiếp nhận 01 công chức … theo quyết định điều động»: received by a transfer, either figure (moveBasis.ts).
  if (strict && byAnotherMove(own.move, field.label, own.sectionMoves, text, o.end, o.start)) return "rival";
  // «…; Bệnh viện Đa khoa tỉnh nâng lương trước thời hạn cho 14 viên chức», «Chi cục đã tổ chức 04 cuộc giao ban»: a
  // unit with business of its own as the clause's subject (unitSubject.ts). Only in the final demotion: the number
  // stays a rival, so refusing it never hands its figure another unit's number. A public-service staff quota is
  // the units' own staff, the body's «biên chế sự nghiệp» (staffKinds.ts).
  if (strict && (field.kind === "count" || field.kind === "percent") && figureStaffKind(`${field.label} ${(field.wording ?? []).join(" ")}`) !== "public" && at.once(`unitSubject:${own.organisation?.join("|") ?? ""}:${own.placeWords}`, () => otherUnitSubject(text, sentence.from, o.start, own.organisation, [ctx.issuer, ctx.ownBody, ctx.reported], own.placeWords, at.leadClause.from))) return "otherUnit";
  // «tặng Bằng khen cho 23 tập thể, 41 cá nhân của tỉnh»: people the province, or its other bodies, count as theirs.
  if (strict && field.kind === "count" && at.once("peopleOfArea", () => PEOPLE_OF_AREA.test(text.slice(o.end, o.end + 60)))) return "otherUnit";
  // What the number is for may follow it in brackets: «Bằng khen cho 1 cá nhân (phong trào phòng cháy, chữa cháy)».
  const bracket = at.once("bracket", () => /^[^,;()\n]*\(([^()]*)\)/u.exec(text.slice(o.end, o.end + 160))?.[1] ?? "");
  // «Điều động 01 công chức đến nhận công tác tại Sở …»: the way a move went is a word of its own stretch, and the
  // «đến» of where the person went is not the moves in's (moveDirection.ts).
  const way = () => at.once("moveWay", () => directionWords(text, sentence.from, o.start, o.end));
  const rivalWords = () => at.once(strict ? "rivalWordsStrict" : "rivalWords", () => {
    const lead = strict ? "" : listLead(text, sentence.from, o.start);
    const read = readRivalWords(at.sentenceText, lead ? `${lead} ${segment}` : segment, `${segment} ${bracket}`);
    return { ...read, inOwn: withWay(read.inOwn, way()), inSegment: withWay(read.inSegment, way()) };
  });
  // A respective list's figure under its own label: the other labels' words around it are no rival's claim (respectivePairs.ts).
  if (rivalry && rivalVeto(rivalry, at.sentenceText, segment, `${segment} ${bracket}`, strict, rivalWords()) && !respectiveOwn(text, o.start, own.words)) return "rival";
  if (longerWordingBefore(text, o.start, ctx.longer.get(field.id))) return "rival";
  if (own.siblings.length > 0) {
    // «- Điều động đến, bổ nhiệm: 01 …»: a line's label names its figure whole, its commas joining words, not figures.
    // «số đúng là 11/4.210 hồ sơ»: the «đúng» of a correction's «đúng là» is no on-time file.
    const near = at.once("segmentSingles", () => withWay(single(featureSet(`${lineLabel(text, o.start)} ${segment.replace(RIGHT_VALUE_WORDS, " ")}`)), way()));
    const sibling = (x: { mine: string[]; theirs: string[] }) => !x.mine.some((w) => near.has(w)) && x.theirs.some((w) => near.has(w));
    if (own.siblings.some(sibling)) return "sibling";
  }
  // «đúng hạn» with no early files named around it counts them too (vetoOnTime.ts).
  if (ctx.onTime.has(field.id) && !earlyNamedNear(ctx.early, o.start, o.end)) return "sibling";
  // «02 công chức được nâng lương thường xuyên đúng hạn» for the raises ahead of time (vetoOnTime.ts).
  if (field.kind === "count" && onTimeForEarly(field.label, segment)) return "sibling";
  // A respective list's figure under its own label: the rooms around it are the other labels' (respectivePairs.ts).
  if (otherRoom(segment, own.rooms) && !respectiveOwn(text, o.start, own.words)) return "otherRoom";
  const legend = fractionLegend(at.sentenceText, o.start, o.end, sentence.from);
  if (legend && otherSide(legend, own.words)) return "otherSide";
  // «đã giải quyết: 4.561/5.650 HS»: the words before the fraction name its part, not its whole (vetoPlace.ts).
  const sides = legend ? null : at.once("wholeSides", () => fractionWholeSides(text, o.start, o.end));
  if (sides && otherSide(sides, own.words)) return "otherSide";
  // The sub-header says whose column it is; a «Tổng số» sub-column is its group's («Đã giải quyết» over «Tổng số»).
  const header = at.header;
  if (header !== null && !valuesOnly(header) && !rowNamesField(text, o.start, own.words) && headerNamesOther(header, own.words, otherPairs(ctx, field.id))) {
    // A cell written as prose names its own numbers; the header then says what the column holds (cellLabel.ts).
    if (!FIGURES.has(field.kind) || !cellNamesOverHeader(cellStretch(text, segment, o.start), header, field.id, own.words, { allPairs: ctx.allPairs, wordsOf: (id) => ctx.fields.get(id)?.words })) return "otherColumn";
  }
  return null;
}

function otherPairs(ctx: VetoContext, id: FieldId): ReadonlySet<string> {
  return {
    has: (w: string) => [...(ctx.allPairs.get(w) ?? [])].some((other) => other !== id),
  } as ReadonlySet<string>;
}

/** A correction's «(số) đúng là», «chính xác là» (corrections.ts). */
const RIGHT_VALUE_WORDS = /(?<![\p{L}])(?:đúng|chính xác)\s+là(?![\p{L}])/giu;

/** The label of a «label: N …» line (its bullet left out) when the number follows its colon; "" otherwise. */
function lineLabel(text: string, start: number): string {
  const line = text.slice(text.lastIndexOf("\n", start - 1) + 1, start);
  return /^[ \t]*(?:[-+•*–][ \t]*)?([^:\n\d]{1,80}):[ \t]*$/u.exec(line)?.[1] ?? "";
}

/**
 * «d) Khen thưởng đợt thi đua chào mừng Đại hội …: 04 tập thể, 09 cá nhân», «khen thưởng thành tích trong hoạt động
 * của Hội đồng nhân dân tỉnh (01 tập thể, 03 cá nhân)»: every item of a list after a colon or inside a bracket is what
 * the words before it say, the last item as much as the first. Those words, from the clause's start, when only short
 * items lie between the colon or the bracket and the number; "" otherwise.
 */
function listLead(text: string, from: number, start: number): string {
  // Looked for in the 60 characters before the number only: a search back through the whole text is quadratic in a
  // text with no colon (hugeText.test.ts).
  const base = Math.max(from, start - 60);
  const near = text.slice(base, start);
  const found = Math.max(near.lastIndexOf(":"), near.lastIndexOf("("));
  if (found === -1) return "";
  const opens = base + found;
  if (/[;.\n()%/:]/.test(text.slice(opens + 1, start))) return "";
  // «tổng số (37) viên chức»: a bracket round one number is no list.
  if (text[opens] === "(" && !/^[^()]*,/.test(text.slice(opens + 1, opens + 120))) return "";
  return text.slice(from + text.slice(from, opens).lastIndexOf(";") + 1, opens);
}

/** «,», «;», «(», «)», tab and line break as character codes: the segment's end is asked for every number and field. */
const SEPARATORS: ReadonlySet<number> = new Set([44, 59, 40, 41, 9, 10]);

/** The stretch between separators around a number: one item of a list, one cell. */
function segmentAround(text: string, start: number, end: number): string {
  const from = clauseStart(text, start, 120, ",;()\t\n");
  let to = end;
  while (to < text.length && to - end < 120 && !SEPARATORS.has(text.charCodeAt(to)) && !(text[to] === "." && /\s|$/.test(text[to + 1] ?? ""))) to++;
  return text.slice(from, to);
}
