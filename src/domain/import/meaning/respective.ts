/**
 * «A và B lần lượt là 84 và 77», «A, B, C tương ứng 03, 35 và 46», «A và B (lần lượt) 84; 77»: figures written
 * respectively stand apart from the words that name them, each named by the label in its own place. Read as
 * written, every figure of the list has every label around it, so any of them fits any label's figure. Here each
 * figure gets its own label; a list whose labels cannot be told apart in the figures' number is read as paired with
 * nothing (its figures are then no field's for certain: vetoes.ts). Language knowledge only: no field is named.
 */
import { findNumbers, tokenIndex, type NumberToken } from "../numbers";
import { slashGroups } from "../slashGroups";
import { featureSet } from "./words";
import { sharedPlace } from "./respectiveShared";
import { bracketShareEnd } from "./bracketShare";

export interface RespectiveList {
  /** The figures in the order written. */
  values: NumberToken[];
  /** One label per figure (same order), or null when the labels could not be told apart. */
  labels: string[] | null;
  /** Words before the labels in the same sentence («Năm 2025», «Trong số hồ sơ đã giải quyết»): they say where. */
  lead: string;
  /** The words after the last figure up to the clause's end (its unit: «… 84 và 77 người»). */
  tail: string;
  /** Labels and figures joined by slashes, «giao/có mặt: 62/58» (slashGroups.ts). */
  slashed?: true;
}

const MARKER = /(?<![\p{L}])\(?\s*(lần lượt|tương ứng)\s*\)?(?![\p{L}])/giu;
/** Up to three words between the marker and the first figure: «lần lượt là», «tương ứng đạt», «lần lượt tiếp». */
const LEAD_IN = /^[\s:]*(?:[\p{L}]+[\s:]+){0,3}?$/u;
/**
 * Between two figures: a unit of at most three words, then «,», «;», «và», «, và». The unit may touch its comma:
 * «7.766 hồ sơ, 130 hồ sơ và 960 hồ sơ» repeats it after every figure.
 */
const BETWEEN = /^\s*(?:%\s*)?(?:[\p{L}]+(?:\s+|(?=[,;]))){0,3}?(?:[,;]\s*(?:và\s+)?|và\s+)$/u;
const CLAUSE_END = /[;\n]|\.(?=\s|$)/u;

let memo: { text: string; lists: RespectiveList[]; byStart: Map<number, { list: RespectiveList; index: number }> } | null = null;

/** Every respective list of the text, read once per document. */
export function respectiveLists(text: string): RespectiveList[] {
  return read(text).lists;
}

function read(text: string): NonNullable<typeof memo> {
  if (memo?.text === text) {
    // An equal text of a later recognition: kept by reference, so the next asks compare identities, not characters.
    memo.text = text;
    return memo;
  }
  const lists = [...(/lần lượt|tương ứng/iu.test(text) ? readLists(text) : []), ...slashLists(text)];
  const byStart = new Map<number, { list: RespectiveList; index: number }>();
  for (const list of lists) list.values.forEach((v, index) => byStart.set(v.start, { list, index }));
  memo = { text, lists, byStart };
  return memo;
}

function readLists(text: string): RespectiveList[] {
  const tokens = findNumbers(text).filter((t) => t.kind === "count" || t.kind === "percent");
  const lists: RespectiveList[] = [];
  for (const m of text.matchAll(MARKER)) {
    const after = m.index + m[0].length;
    if (/^\s*với/u.test(text.slice(after, after + 8))) continue;
    let i = firstFrom(tokens, after);
    if (i === tokens.length || !LEAD_IN.test(text.slice(after, tokens[i]!.start))) continue;
    const values = [tokens[i]!];
    // «lần lượt là 30 hồ sơ (32,61%) và 62 hồ sơ (67,39%)»: each figure may carry its own share in brackets.
    const shares: NumberToken[] = [];
    let valueEnd = values[0]!.end;
    for (i++; i < tokens.length; i++) {
      const share = bracketShareEnd(text, valueEnd, tokens[i]!);
      if (share !== null && shares.length === values.length - 1) {
        shares.push(tokens[i]!);
        valueEnd = share;
        continue;
      }
      if (!BETWEEN.test(text.slice(valueEnd, tokens[i]!.start))) break;
      values.push(tokens[i]!);
      valueEnd = tokens[i]!.end;
    }
    if (values.length < 2) continue;
    const last = values.at(-1)!;
    const tailEnd = text.slice(last.end, last.end + 80).search(/[,;.()\n]/u);
    const tail = shares.length > 0 ? "" : text.slice(last.end, last.end + (tailEnd === -1 ? 80 : tailEnd));
    const { labels, lead, named } = labelsBefore(text, m.index, values.length, tokens);
    // «đạt tỷ lệ tương ứng 93,65% và 6,35%»: «tương ứng» with no labels of its own answers the list just before it;
    // one that names labels of its own, even ones not told apart, answers nothing before it.
    const previous = lists.at(-1);
    const inherited = labels === null && !named && previous?.labels && previous.values.length === values.length && sameSentence(text, previous.values.at(-1)!.end, m.index);
    const list = { values, labels: inherited ? previous.labels : labels, lead, tail };
    lists.push(list);
    if (shares.length === values.length && list.labels) lists.push({ ...list, values: shares, tail: "" });
    // «… lần lượt là 21 và 97 hồ sơ, chiếm 17,80% và 82,20%»: as many shares right after follow the same labels.
    const next = list.labels ? followingRun(text, tokens, i, last.end + tail.length, values.length) : null;
    if (next) lists.push({ ...list, values: next, tail: "" });
  }
  return lists;
}

/** «CC: giao/có mặt: 62/58»: a slash group (slashGroups.ts) is a respective list, its opening the clause before it. */
function slashLists(text: string): RespectiveList[] {
  const groups = slashGroups(text);
  if (groups.length === 0) return [];
  const byStart = tokenIndex(findNumbers(text).filter((t) => t.kind === "count"));
  const lists: RespectiveList[] = [];
  for (const g of groups) {
    const values = g.values.map((v) => byStart.get(v.start));
    if (values.some((v) => v === undefined || v.end !== g.values[values.indexOf(v)]!.end)) continue;
    const clause = Math.max(text.lastIndexOf("\n", g.labelsStart - 1), text.lastIndexOf(";", g.labelsStart - 1)) + 1;
    const lead = text.slice(clause, g.labelsStart).replace(/^[\s\-+•*]+|[\s:,]+$/gu, "");
    const last = values.at(-1)!;
    const tailEnd = text.slice(last.end, last.end + 80).search(/[,;.()\n]/u);
    lists.push({ values: values as NumberToken[], labels: g.labels, lead, slashed: true, tail: text.slice(last.end, last.end + (tailEnd === -1 ? 80 : tailEnd)) });
  }
  return lists;
}

/** n figures from token i on, a few words after `from` (a comma, «chiếm», «đạt tỷ lệ»), one list. */
function followingRun(text: string, tokens: readonly NumberToken[], i: number, from: number, n: number): NumberToken[] | null {
  if (i >= tokens.length || !/^\s*,\s*(?:[\p{L}]+\s+){0,3}$/u.test(text.slice(from, tokens[i]!.start))) return null;
  if (MARKER.test(text.slice(from, tokens[i]!.start))) return null;
  const run = [tokens[i]!];
  for (let j = i + 1; j < tokens.length && run.length < n + 1 && BETWEEN.test(text.slice(run.at(-1)!.end, tokens[j]!.start)); j++) run.push(tokens[j]!);
  return run.length === n ? run : null;
}

/** The first token starting at or after `at` (binary search: tokens are in text order). */
function firstFrom(tokens: readonly NumberToken[], at: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

function sameSentence(text: string, from: number, to: number): boolean {
  return !/[\n]|\.(?=\s)/u.test(text.slice(from, to));
}

/** The labels before the marker: the clause's items split at «,» and the last «và» («A, B và C»), the last n of them. */
function labelsBefore(
  text: string,
  at: number,
  n: number,
  tokens: readonly NumberToken[],
): { labels: string[] | null; lead: string; named: boolean } {
  let from = Math.max(0, at - 400);
  const window = text.slice(from, at);
  // The sentence's start, a «;», a line's start; and past any figure with its own words, to the comma after them.
  let cut = -1;
  for (const m of window.matchAll(/[;\n:]|\.(?=\s)/gu)) cut = m.index;
  for (let k = firstFrom(tokens, from); k < tokens.length && tokens[k]!.start < at; k++) {
    const t = tokens[k]!;
    if (t.end <= from + cut + 1 || t.end > at || /^(?:19|20)\d\d$/.test(t.text)) continue;
    const comma = text.indexOf(",", t.end);
    cut = (comma !== -1 && comma < at ? comma + 1 : t.end) - from - 1;
  }
  // «…, sau khi hợp nhất hai Văn phòng cũ (trước đây lần lượt là 34 và 31 biên chế), là 58»: a marker inside a bracket
  // pairs the bracket's own words with its figures, never the sentence the bracket interrupts.
  const open = window.lastIndexOf("(");
  if (open > cut && open > window.lastIndexOf(")")) cut = open;
  from += cut + 1;
  const sentenceStart = Math.max(text.lastIndexOf("\n", at - 1) + 1, text.lastIndexOf(". ", at - 1) + 2, at - 400);
  const opening = /^\s*([^,;:]{1,60}),/u.exec(text.slice(sentenceStart, from));
  const lead = opening && INTRO.test(opening[1]!) ? opening[1]! : "";
  const region = text.slice(from, at).replace(CLAUSE_END, " ");
  const commas = region.split(/\s*,\s*/u).map((x) => x.trim()).filter((x) => x !== "");
  // «Trong số hồ sơ đã giải quyết, …», «Năm 2025, …»: an opening phrase says where, it is no label.
  const intro: string[] = [];
  while (commas.length > 1 && INTRO.test(commas[0]!)) intro.push(commas.shift()!);
  const last = commas.at(-1) ?? "";
  const joined = /^(.*\S)\s+và\s+(\S.*)$/su.exec(last);
  const full = joined ? [...commas.slice(0, -1), joined[1]!, joined[2]!] : commas;
  // «A, B và C» ends the list at its «và»; «Sở Nông nghiệp và Môi trường» is one name when the commas give n already.
  // «số công chức, viên chức có trình độ tiến sĩ, thạc sĩ và đại học» against «Sở Nông nghiệp và Môi trường»: when
  // the commas alone give n as well, which «và» joins items cannot be told, and nothing is paired.
  // «Hai nhà khách (A và B) …, số viên chức lần lượt là 27 và 25»: the names in brackets are the labels, and a last
  // item «số …» unlike the others the quantity said of each; the commas do not tell the labels, nothing is paired.
  // («biên chế … được giao, số công chức đang làm việc (lần lượt) 61 và 57» names two quantities: both labels.)
  const earlier = commas.slice(0, -1);
  const quantity = earlier.length > 0 && QUANTITY.test(commas.at(-1)!) && !earlier.some((c) => QUANTITY.test(c)) && earlier.some((c) => /\(.+\)/su.test(c));
  // «Trong số hồ sơ đã giải quyết, trả trước hạn, trả đúng hạn, rút và trả lại lần lượt là …»: once the opening named
  // the whole the items are parts of, no item is left to be another opening, and the commas give the labels.
  const partsOfWhole = intro.some((x) => WHOLE.test(x)) && commas.length === n && !QUANTITY.test(commas[0]!);
  const items = quantity ? null : full.length === n || (full.length > n && commas.length !== n) ? full : partsOfWhole ? commas : null;
  const leadText = [lead, ...intro].join(" ").trim();
  if (items === null) return { labels: null, lead: leadText, named: full.length > 1 };
  const extra = items.slice(0, items.length - n).join(", ");
  // A place said of every item is no item's label; nor is it the list's lead, which would give every figure of the
  // list the place's words («tại Trung tâm»: the centre's own figures are not its desks').
  const labels = sharedPlace(items.slice(items.length - n));
  return { labels, lead: `${leadText} ${extra}`.trim(), named: true };
}

/** «Trong số hồ sơ đã giải quyết», «trong tổng số …»: an opening naming the whole the list's items are parts of. */
const WHOLE = /^trong\s+(?:tổng\s+)?số(?![\p{L}])/iu;

/** «số viên chức», «số lượng người»: a quantity, not a name. */
const QUANTITY = /^(?:tổng\s+)?số(?:\s+lượng)?\s+\p{L}/iu;

/** Openings that say where or when, not what: «Trong (tổng) số …», «Về …», «Đối với …», «Năm 2025», «Riêng …». */
const INTRO = /^(?:trong|về|đối với|năm|riêng|tính đến|đến nay|cụ thể|qua|theo)(?![\p{L}])/iu;

/** The list and index a figure at `start` holds in it, if it is one of a respective list's figures. */
export function respectiveAt(text: string, start: number): { list: RespectiveList; index: number } | null {
  return read(text).byStart.get(start) ?? null;
}

/** Features of each label, without the words every label of the list shares. */
export function labelFeatures(list: RespectiveList): Array<Set<string>> {
  return (list.labels ?? []).map((l) => featureSet(l));
}
