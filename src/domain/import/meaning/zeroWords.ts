/**
 * Words for zero («không», «không có») are everywhere in prose, and only two ways of writing them state a figure:
 * - as the value of an item: «Tiếp nhận công chức: Không có.», «điều động đi: không;», «số người bị xử lý là không
 *   có.» — the words end the item;
 * - as a negated count: «không có người bị xử lý», «không nhận được đơn thư», «không tiếp nhận công chức» — what
 *   follows (past a verb of having or receiving, or «trường hợp») is the figure's own thing, named by its label or
 *   wordings.
 * «không để xảy ra …», «không thay đổi», «(cùng kỳ … cũng không có)», «các sở khác không phát sinh» (only the others
 * had none) state no figure. A form's field that names its zero words (`zeroText`) takes either way; any other count
 * takes only a zero written as an item's value, where nothing else could be meant.
 */
import type { FieldId } from "../../types";
import type { FigurePattern } from "../patterns";
import type { Candidate } from "./candidates";
import { plainWording, type FieldProfile } from "./profiles";
import { PEOPLE } from "./score";
import { features, syllables, unitAt } from "./words";
import { describeZeroAnswer, describeZeroItem, withoutAnyKind } from "./zeroItems";
import { arose, namesLabel, omitsPost } from "./zeroHeads";

export type ZeroForm = "value" | "negation";

/** `named`: the first words of what a zero that says no case arose names, up to a comma; `said`: all of them. */
const forms = new WeakMap<Candidate, { form: ZeroForm; head: string[]; named?: string[]; said?: string[]; kinds?: string[]; phrase?: string[] }>();
const ownWords = new WeakMap<FieldProfile, ReadonlySet<string>>();

/** Ends an item: punctuation that closes it, or the end of the line. */
const ITEM_END = /^[ \t]*(?:[.;,(\t]|$|\n)/;
/** «Số văn bản …: không phát sinh trong quý II.»: the period the zero holds for, after it, still ends the item. */
const PERIOD_AFTER = /^[ \t]*trong[ \t]+(?:kỳ(?:[ \t]+báo[ \t]+cáo)?|quý(?:[ \t]+(?:[IVX]{1,4}|\d))?(?:\/\d{4})?|năm(?:[ \t]+\d{4})?|tháng(?:[ \t]+\d{1,2})?)(?![\p{L}\d])/iu;
// A printed form's blank may stand between its label and the value: «…tham nhũng: ……………… Không».
const VALUE_BEFORE = /(?:(?::|(?<![\p{L}])là)[\s.…_]*|\t[ ]*)(?:(?:trong |riêng )?quý(?: [IVX]{1,4}| \d)?(?:\/\d{4})?,?\s+)?$/iu;
/** Verbs of having or receiving, and counting words, that stand between «không» and what is counted. */
const SKIPPED = new Set(["có", "được", "phát", "sinh", "nhận", "ghi", "trường", "hợp", "xảy", "ra", "nào", "một", "ai"]);
/** «các sở, ban, ngành khác không phát sinh»: only the others had none. */
const OTHERS_BEFORE = /(?<![\p{L}])(?:khác|còn lại|cũng)\s*(?::\s*)?$/iu;
/**
 * «Tiếp nhận công chức từ cơ quan khác: Không có»: «khác» after «từ» says where the people would come from, not that
 * only the others had none.
 */
const FROM_OTHERS = /(?<![\p{L}])từ\s+(?:[\p{L}]+\s+){1,3}khác\s*(?::\s*)?$/iu;
const HEAD_LENGTH = 4;
/**
 * Words that make what a zero negates one kind of the figure's thing: «Không có đơn thư khiếu nại, tố cáo vượt cấp»
 * beside «nhận 01 đơn» says none went over the office's head, not that no letter came; «không có vụ việc phức tạp,
 * kéo dài», «không có đơn nặc danh, trùng lặp» likewise. A figure whose own words name the kind («đoàn đông người»)
 * still takes such a zero.
 */
const KIND_QUALIFIERS = ["vượt cấp", "kéo dài", "phức tạp", "đông người", "nặc danh", "mạo danh", "trùng lặp", "tồn đọng", "điểm nóng"];
/** How many syllables after «không» may describe what it negates. */
const PHRASE_LENGTH = 20;

/**
 * «Trình độ chuyên môn: tiến sĩ không có; thạc sĩ 09 người; …»: in a list whose items are a short label and its
 * count, a zero may follow its label with no colon. Read so only when the zero ends its item and a neighbouring item
 * (the next or the one before) states its count in digits: the list is one of labels and values.
 */
const BARE_LABEL = /(?:^|[:;]|\n)[ \t]*\p{L}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,3}([ \t]+)$/u;
const ITEM_WITH_DIGITS = /^[^;.\n]*;[ \t]*\p{L}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){0,3}[ \t]+\d/u;
const DIGITS_ITEM_BEFORE = /\d[^;:.\n\d]{0,20};[^;\n]*$/u;
function bareLabel(text: string, c: Candidate, before: string): { index: number } | null {
  const m = BARE_LABEL.exec(before);
  if (m === null) return null;
  const itemStart = before.length - m[0].length;
  const after = text.slice(c.token.start, c.token.start + 120);
  if (!ITEM_WITH_DIGITS.test(after) && !DIGITS_ITEM_BEFORE.test(text.slice(Math.max(0, c.token.start - 160), c.token.start - (before.length - itemStart) + 1))) return null;
  // The zero's phrase starts where the label's blank does: describeZeroItem reads the label before it.
  return { index: before.length - m[1]!.length };
}

/**
 * «Tiếp nhận công chức: quý I tiếp nhận 02 công chức; quý II không có.», «…: quý I đề nghị 03 cá nhân, quý II không
 * phát sinh.», «Tiếp nhận công chức: năm 2025: 05 công chức; quý IV: không có.»: a label whose colon opens its
 * periods' parts gives each part's value; a zero ending a later part is the label's value for that part's period
 * (periodScope.ts judges whose that is). Returns the label's colon, or -1. Bounded to the zero's sentence on its line,
 * at most 240 characters back.
 */
const PERIOD = String.raw`(?:trong |riêng )?(?:quý(?: [IVX]{1,4}| \d)(?:\/\d{4})?|năm \d{4})`;
const PART_BEFORE = new RegExp(String.raw`[;,][ \t]*${PERIOD}(?:,?[ \t]+|[ \t]*:[ \t]*)$`, "iu");
const LABELLED_PARTS = new RegExp(String.raw`^[^:\n]*?:[ \t]*${PERIOD}(?![\p{L}\d])`, "iu");
function periodPartColon(text: string, start: number): number {
  if (!PART_BEFORE.test(text.slice(Math.max(0, start - 30), start))) return -1;
  const lineFrom = Math.max(text.lastIndexOf("\n", start - 1) + 1, start - 240);
  const from = Math.max(lineFrom, text.lastIndexOf(". ", start - 1) + 2);
  const m = LABELLED_PARTS.exec(text.slice(from, start));
  return m === null ? -1 : from + m[0].indexOf(":");
}

/** Reads how each zero candidate is written. */
export function markZeros(text: string, candidates: readonly Candidate[]): void {
  for (const c of candidates) {
    if (c.token.kind !== "zero") continue;
    const before = text.slice(Math.max(0, c.token.start - 40), c.token.start);
    if (OTHERS_BEFORE.test(before) && !FROM_OTHERS.test(before)) continue;
    const after = text.slice(c.token.end, c.token.end + 120);
    // Where the value's label ends (its colon or the cell's tab), in the text: a later period's part («; quý II: »)
    // reads back to the label that opened the parts.
    const colon = periodPartColon(text, c.token.start);
    const read = colon === -1 ? (VALUE_BEFORE.exec(before) ?? bareLabel(text, c, before)) : null;
    const value = colon !== -1 ? { index: colon } : read !== null ? { index: c.token.start - before.length + read.index } : null;
    // …and an answer that is only a zero, under its question («Câu 7. …?» over «Không có.»: questionAbove.ts).
    if ((value || c.answers) && ITEM_END.test(after.replace(/^\s*(?:phát sinh|ai|gì|trường hợp nào)(?![\p{L}])/iu, "").replace(PERIOD_AFTER, ""))) {
      // An item's label is what its zero says: «Bổ nhiệm: không» names the act, not the post (zeroHeads.ts omitsPost).
      if (value) forms.set(c, { form: "value", head: [], said: describeZeroItem(text, c, value.index) });
      else {
        forms.set(c, { form: "value", head: [] });
        describeZeroAnswer(text, c, c.answers!);
      }
      continue;
    }
    // What is counted: the words after «không», past the verbs, up to the end of the clause.
    const clause = after.split(/[.;:()\n]/)[0] ?? "";
    const words = syllables(clause);
    let i = 0;
    while (i < words.length && SKIPPED.has(words[i]!)) i++;
    const head = words.slice(i, i + HEAD_LENGTH);
    if (head.length === 0) continue;
    // What it names, up to a comma: «không có trường hợp điều động đi, đồng thời …».
    const said = arose(c.token.text, words.slice(0, i)) ? syllables(clause.split(",")[0]!).slice(i) : [];
    const negated = ` ${words.slice(i).join(" ")} `;
    const kinds = KIND_QUALIFIERS.filter((q) => negated.includes(` ${q} `));
    forms.set(c, { form: "negation", head, named: said.slice(0, HEAD_LENGTH), said, kinds, phrase: words.slice(i, i + PHRASE_LENGTH) });
    withoutAnyKind(c);
    // The whole of what is negated describes the zero, commas and all: «không có công chức, viên chức bị xử lý vì
    // hành vi tham nhũng» (a number's own words stop at a comma, where the next figure's begin).
    for (const f of features(words.slice(0, PHRASE_LENGTH))) if ((c.near.get(f) ?? 0) < 1) c.near.set(f, 1);
  }
}

/** A copy of a zero candidate (a label line's reading of it, labelReading.ts) is written as the original is. */
export function sameZero(copy: Candidate, original: Candidate): void {
  const found = forms.get(original);
  if (found) forms.set(copy, found);
}

/** How a zero candidate is written, or null when it states no figure. */
export function zeroForm(c: Candidate): ZeroForm | null {
  return forms.get(c)?.form ?? null;
}

/**
 * Whether a zero candidate may be this field's figure: an item's value for any count; a negated count only for a
 * field that names its zero words, and only when what follows «không» starts with the field's own words.
 */
export function zeroFits(profile: FieldProfile, c: Candidate): boolean {
  const found = forms.get(c);
  if (!found) return false;
  // «- Bổ nhiệm: không» for «Bổ nhiệm Trưởng phòng»: no appointment at all, not the post's count (zeroHeads.ts).
  if (found.form === "value") return found.said === undefined || !omitsPost(profile.field.label, found.said);
  if (found.kinds !== undefined && found.kinds.length > 0) {
    const own = ownWords.get(profile) ?? new Set(profile.descriptions.flatMap((d) => [...d]));
    if (found.kinds.some((q) => !own.has(q))) return false;
  }
  if (profile.field.zeroText === undefined) return namesLabel(profile.field.label, found.named ?? []) && !omitsPost(profile.field.label, found.said ?? []);
  const own = ownWords.get(profile) ?? new Set(profile.descriptions.flatMap((d) => [...d]));
  const [a, b] = found.head;
  // People are named as clerks count them: «không có viên chức … bị kỷ luật» for a count of «người» (score.ts).
  const unit = unitAt(found.head);
  const people = unit !== null && PEOPLE.has(unit);
  if (!people) return own.has(a!) || (b !== undefined && own.has(`${a} ${b}`));
  // …but people alone are no figure: «Không có cán bộ vi phạm» says no one did wrong, not how many were punished for
  // corruption. What befell them must be the field's own words too (generalNegation).
  return (own.has(a!) || (b !== undefined && own.has(`${a} ${b}`)) || [...PEOPLE].some((p) => own.has(p))) && !generalNegation(own, found.phrase ?? found.head);
}

/** The syllables of the words for people, which say who, never what befell them. */
let peopleSyllables: ReadonlySet<string> | null = null;
// Read on first use: score.ts imports this module, so its PEOPLE is not yet there when this one loads.
const PEOPLE_SYLLABLES = () => (peopleSyllables ??= new Set([...PEOPLE, "lao động", "nhân viên", "đảng viên"].flatMap((p) => p.split(" "))));

/**
 * A zero negating people names what befell them only with a pair of the field's own words beyond the people's: «không
 * có công chức bị xử lý», «không có trường hợp nào bị xử lý về tham nhũng» do; «Không có cán bộ vi phạm», «không có
 * công chức … vi phạm kỷ luật» state no one did wrong, and are no count of the field's.
 */
export function generalNegation(own: ReadonlySet<string>, phrase: readonly string[]): boolean {
  for (let i = 0; i + 1 < phrase.length; i++) {
    const [x, y] = [phrase[i]!, phrase[i + 1]!];
    if (PEOPLE_SYLLABLES().has(x) || PEOPLE_SYLLABLES().has(y)) continue;
    if (own.has(`${x} ${y}`)) return false;
  }
  return true;
}

/** The words of each field's label and whole wordings (a profile keeps only the words nearest its placeholder). */
export function markZeroFields(profiles: readonly FieldProfile[], wordings: ReadonlyMap<FieldId, readonly FigurePattern[]>): void {
  for (const p of profiles) {
    if (p.kind !== "count") continue;
    const text = [p.field.label, ...(wordings.get(p.field.id) ?? []).map((w) => plainWording(w.wording).replace(/\{\w\}/g, " "))];
    ownWords.set(p, new Set(text.flatMap((t) => features(syllables(t)))));
  }
}
