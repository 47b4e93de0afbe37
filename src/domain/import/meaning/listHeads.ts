/**
 * What a list field is a list OF, read from the form: its label without «Các/Tên/Số…» («tổ chức trực thuộc»), and
 * the words its wording puts right before the list («… đơn vị sự nghiệp: {L}»). A count of a list (formula countOf)
 * is described by its own label and by its list's words. Nothing here names a field: any form's lists are read so.
 */
import ABBREVIATIONS from "./abbreviations.json";
import type { ReportDefinition } from "../../report";
import type { FieldDef } from "../../types";

export interface ListTarget {
  list: FieldDef;
  /** The field counting the list's items, if the form has one. */
  count?: FieldDef;
  /** Each way the form names what the list holds, as lower-case syllables. */
  heads: string[][];
  /** The heads read from the labels alone (the list's, its count's), not from the words a wording puts before it. */
  named: string[][];
}

/** Words that open a label without saying what is listed. */
const OPENERS = /^(?:các|những|danh sách|tên|số lượng|số)\s+/u;

/**
 * Words that name an organisational unit in any office's report: a heading such as «05 phòng, đơn vị trực thuộc» is
 * made of them and of the list's own words. A word outside both («kiểm tra tại 02 đơn vị…») ends the heading.
 */
export const UNIT_WORDS: ReadonlySet<string> = new Set(
  ["phòng", "ban", "đơn", "vị", "trung", "tâm", "cơ", "quan", "tổ", "chức", "công", "lập", "chuyên", "môn", "bộ", "phận", "chi", "cục", "nhóm", "các", "những"],
);

/** Short forms with one reading (abbreviations.json), lower case, to their words: «ĐVSN» is «đơn vị sự nghiệp». */
const SHORT_FORMS = new Map(
  ABBREVIATIONS.entries.flatMap((e): Array<[string, string[]]> => ("means" in e && e.means ? [[e.short.normalize("NFC").toLowerCase(), words(e.means)]] : [])),
);

/**
 * A heading word as the heading's words: itself when a heading may hold it, or the words an abbreviation stands for
 * when a heading may hold each of them («ĐVSN (02): …» heads the list of «đơn vị sự nghiệp»); null when it ends the
 * heading.
 */
export function headingWordsOf(word: string, vocab: ReadonlySet<string>): string[] | null {
  if (vocab.has(word)) return [word];
  const long = SHORT_FORMS.get(word);
  return long && long.every((w) => vocab.has(w)) ? long : null;
}

/** The short forms standing for words that end with one of `endings` («sự nghiệp»: «ĐVSN»). */
export function shortFormsEnding(endings: ReadonlySet<string>): string[] {
  return [...SHORT_FORMS].filter(([, long]) => endings.has(long.slice(-2).join(" "))).map(([short]) => short);
}

export function words(text: string): string[] {
  return text.normalize("NFC").toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? [];
}

function headOfWording(wording: string): string[] {
  const before = wording.split("{L}")[0];
  if (before === undefined || before === wording) return [];
  // The last run of plain words before the list, without its regex syntax, placeholders and «gồm / bao gồm / là».
  const plain = before.replace(/\\./g, " ").replace(/\{[A-Za-z]\}/g, "|").split(/[|()[\]?*+.:;%\d]/).at(-1) ?? "";
  const w = words(plain);
  while (w.length > 0 && ["gồm", "bao", "là", "có"].includes(w.at(-1)!)) w.pop();
  return w;
}

export function listTargets(report: ReportDefinition): ListTarget[] {
  const targets: ListTarget[] = [];
  for (const list of report.fields) {
    if (list.kind !== "list") continue;
    const count = report.fields.find((f) => f.formula?.op === "countOf" && f.formula.list === list.id);
    const label = words(list.label.replace(OPENERS, ""));
    const counted = count ? [words(count.label.toLowerCase().replace(OPENERS, ""))] : [];
    const heads = [label, ...(list.wording ?? []).map(headOfWording), ...counted];
    const named = [label, ...counted].filter((h) => h.length >= 2);
    targets.push({ list, ...(count ? { count } : {}), heads: heads.filter((h) => h.length >= 2), named });
  }
  return targets;
}

/** Every word a list heading may be made of, for this form. */
export function headingVocabulary(targets: readonly ListTarget[]): Set<string> {
  const vocab = new Set(UNIT_WORDS);
  for (const t of targets) for (const h of t.heads) for (const w of h) vocab.add(w);
  return vocab;
}

function pairs(w: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < w.length; i++) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
}

/**
 * The one list a heading names, or none. A head matches when the heading has its last pair of words (what sets it
 * apart: «trực thuộc», «sự nghiệp»); the head sharing the most pairs wins, and a tie names no list.
 */
export function targetOf(heading: readonly string[], targets: readonly ListTarget[]): ListTarget | null {
  const have = pairs(heading);
  let best: ListTarget | null = null;
  let bestScore = 0;
  let tie = false;
  for (const t of targets) {
    let score = 0;
    for (const h of t.heads) {
      const hp = [...pairs(h)];
      if (!have.has(hp.at(-1)!)) continue;
      score = Math.max(score, hp.filter((p) => have.has(p)).length);
    }
    if (score > bestScore) [best, bestScore, tie] = [t, score, false];
    else if (score > 0 && score === bestScore) tie = true;
  }
  return tie ? null : best;
}
