/**
 * Words as recognition compares them. Vietnamese writes one syllable per word-piece ("hồ sơ", "giải quyết"), so a
 * text becomes its syllables (lower case, NFC) and the features compared are the syllables and the pairs of
 * neighbouring syllables: "đã giải quyết" and "đang giải quyết" share "giải quyết" but differ in "đã giải"/"đang
 * giải". Function words alone say nothing about a figure and are dropped as single syllables (kept inside pairs).
 */

import ABBREVIATIONS from "./abbreviations.json";
import { runsOf } from "./letterRuns";

const STOP = new Set(
  [
    "và", "của", "các", "có", "là", "được", "đã", "đang", "trong", "với", "cho", "theo", "tại", "về", "số", "này",
    "đó", "những", "gồm", "bao", "như", "sau", "trên", "đến", "từ", "ngày", "tháng", "năm", "quý", "thì", "mà",
    "để", "cụ", "thể", "việc", "tổng", "sự", "nhằm", "do", "vào", "ra", "lại", "hiện", "ở", "ngoài",
  ],
);

/** A syllable that alone says nothing of what a figure is («trong», «đó», «đã»). */
export const isFunctionWord = (syllable: string): boolean => STOP.has(syllable);

/** Syllables of a text: runs of letters (and combining marks), lower case, NFC, one spelling of i/y. */
export function syllables(text: string): string[] {
  // Runs of letters and marks, read by character codes (letterRuns.ts).
  const sylls = runsOf(oneStopWord(text.normalize("NFC").toLowerCase()), "marks");
  for (let i = 0; i < sylls.length; i++) sylls[i] = spelling(sylls[i]!);
  return sylls.length > 1 || (sylls.length === 1 && (BY_FIRST.has(sylls[0]!) || inDocument?.has(sylls[0]!) || shortFirst?.has(sylls[0]!))) ? synonyms(sylls) : sylls;
}

/**
 * «Bộ phận 1 cửa», «cơ chế 1 cửa»: clerks write the digit for «một» in the one-stop desk's name (its short form is
 * «BP1C»). A digit is no syllable, so read as written the name would lose a word («bộ phận cửa»): it is read «một».
 * Only a lone «1» (or «01») before «cửa», not «21 cửa», «1,5 cửa»: read as its word, the digit says what it says.
 */
const ONE_STOP = /(?<![\p{L}\d.,])0?1[ \u00a0](?=cửa(?![\p{L}\p{M}]))/gu;
function oneStopWord(lower: string): string {
  return lower.includes("1 cửa") || lower.includes("1\u00a0cửa") ? lower.replace(ONE_STOP, "một ") : lower;
}

/* "sỹ"/"sĩ", "lý"/"lí", "kỹ"/"kĩ": both spellings are in use after a consonant ("quý", "tuy" keep their y). */
const Y_TO_I: Record<string, string> = { y: "i", ý: "í", ỳ: "ì", ỷ: "ỉ", ỹ: "ĩ", ỵ: "ị" };
function spelling(syllable: string): string {
  const last = syllable[syllable.length - 1]!;
  const i = Y_TO_I[last];
  if (!i || syllable.length < 2 || !/[bcdđghklmnprstvx]$/.test(syllable.slice(0, -1))) return syllable;
  return syllable.slice(0, -1) + i;
}

/** Deadlines as offices write them: «trước (thời) hạn», «sớm hạn»; «đúng thời hạn»; «chậm hạn», «trễ hẹn», «quá thời hạn». */
const DEADLINE_WORDS: ReadonlyArray<[string[], string[]]> = [
  // Not «trước thời hạn» alone: the early pay rise is «nâng lương trước thời hạn», also written «… trước hạn», and
  // keeps its own words («nâng lương thường xuyên» is another count).
  [["trả", "trước", "thời", "hạn"], ["trả", "sớm", "hạn"]],
  [["lương", "trước", "hạn"], ["lương", "trước", "thời", "hạn"]],
  [["trước", "hạn"], ["sớm", "hạn"]],
  [["sớm", "hơn", "thời", "hạn"], ["sớm", "hạn"]],
  [["sớm", "hơn", "hạn"], ["sớm", "hạn"]],
  [["đúng", "thời", "hạn"], ["đúng", "hạn"]],
  [["quá", "thời", "hạn"], ["trễ", "và", "quá", "hạn"]],
  [["chậm", "hạn"], ["trễ", "và", "quá", "hạn"]],
  [["trễ", "hẹn"], ["trễ", "và", "quá", "hạn"]],
  // «hồ sơ giải quyết đúng hạn/trước hạn/trễ hạn» names how resolved files were returned, as «trả đúng hạn» does:
  // without its aspect word «giải quyết» alone fitted the pending count as well as the resolved one («số hồ sơ giải
  // quyết đúng và trước hạn có 635.593 hồ sơ», baolamdong.vn, was read as the pending files).
  [["giải", "quyết", "đúng", "thời", "hạn"], ["trả", "đúng", "hạn"]],
  [["giải", "quyết", "đúng"], ["trả", "đúng"]],
  [["giải", "quyết", "trước", "thời", "hạn"], ["trả", "sớm", "hạn"]],
  [["giải", "quyết", "trước", "hạn"], ["trả", "sớm", "hạn"]],
  [["giải", "quyết", "trước"], ["trả", "trước"]],
  [["giải", "quyết", "sớm"], ["trả", "sớm"]],
  [["giải", "quyết", "trễ", "hạn"], ["trả", "trễ", "và", "quá", "hạn"]],
  [["giải", "quyết", "quá", "hạn"], ["trả", "trễ", "và", "quá", "hạn"]],
  [["giải", "quyết", "chậm"], ["trả", "trễ", "và", "quá", "hạn"]],
];

/**
 * Wordings of the same thing in administrative Vietnamese, rewritten to one form before comparing: not field names,
 * the language of the reports ("hiện có 46 người" is the staffing "đang thực hiện").
 */
const SYNONYMS: ReadonlyArray<[string[], string[]]> = [
  // The office of a commune's (and some provinces') council and committee together is «Văn phòng HĐND và UBND»
  // (Nghị định 150/2025/NĐ-CP): the form's «Văn phòng», not the council's or the committee's figures.
  [["văn", "phòng", "hđnd", "và", "ubnd"], ["văn", "phòng"]],
  [["văn", "phòng", "hội", "đồng", "nhân", "dân", "và", "ủy", "ban", "nhân", "dân"], ["văn", "phòng"]],
  [["pvhcc"], ["phục", "vụ", "hành", "chính", "công"]],
  [["tthc"], ["thủ", "tục", "hành", "chính"]],
  [["hđnd"], ["hội", "đồng", "nhân", "dân"]],
  [["ubnd"], ["ủy", "ban", "nhân", "dân"]],
  [["uỷ"], ["ủy"]],
  [["kiêm", "nhiệm"], ["kiêm", "nhiệm"]],
  [["kiêm"], ["kiêm", "nhiệm"]],
  [["cchc"], ["cải", "cách", "hành", "chính"]],
  [["llct"], ["lí", "luận", "chính", "trị"]],
  // A letter named by its kind is one of the «đơn thư»: «Sở nhận 14 đơn phản ánh, kiến nghị, khiếu nại» (781), «nhận 01
  // đơn kiến nghị». Whose letters they are is the vetoes' to say (ownStaffLetters.ts: citizens' matters, kindPart.ts).
  [["đơn", "phản", "ánh"], ["đơn", "thư", "phản", "ánh"]],
  [["đơn", "kiến", "nghị"], ["đơn", "thư", "kiến", "nghị"]],
  [["đơn", "khiếu", "nại"], ["đơn", "thư", "khiếu", "nại"]],
  [["giải", "quyết", "xong"], ["đã", "giải", "quyết"]],
  [["xong"], ["đã", "giải", "quyết"]],
  // «số lượng người làm việc» is the law's name for a public-service unit's staff quota (biên chế sự nghiệp), as
  // «biên chế công chức» is a body's (Nghị định 106/2020/NĐ-CP and 62/2020/NĐ-CP; docs/recognition-vocabulary.md).
  [["số", "lượng", "người", "làm", "việc", "trong", "các", "đơn", "vị", "sự", "nghiệp"], ["biên", "chế", "sự", "nghiệp"]],
  [["số", "lượng", "người", "làm", "việc", "trong", "đơn", "vị", "sự", "nghiệp"], ["biên", "chế", "sự", "nghiệp"]],
  [["số", "lượng", "người", "làm", "việc"], ["biên", "chế", "sự", "nghiệp"]],
  // «số người làm việc trong đơn vị sự nghiệp được giao 10»: the same quota without «lượng» (693), only with «được
  // giao»: «Tổng số người làm việc trong các đơn vị sự nghiệp là 12.417 người» counts who works there (331).
  // The people stay the head of what is counted («số người … trong đơn vị …»: vetoHeadNoun.ts countedBefore).
  [["số", "người", "làm", "việc", "trong", "các", "đơn", "vị", "sự", "nghiệp", "được", "giao"], ["số", "người", "làm", "việc", "trong", "đơn", "vị", "biên", "chế", "sự", "nghiệp", "được", "giao"]],
  [["số", "người", "làm", "việc", "trong", "đơn", "vị", "sự", "nghiệp", "được", "giao"], ["số", "người", "làm", "việc", "trong", "đơn", "vị", "biên", "chế", "sự", "nghiệp", "được", "giao"]],
  // Shortened as clerks write the quota beside «công chức được giao»: «số người làm việc được giao 27, có mặt 25».
  // Only with «được giao»: «số người làm việc tại bộ phận một cửa» is who works there, no quota.
  [["số", "người", "làm", "việc", "được", "giao"], ["biên", "chế", "sự", "nghiệp", "được", "giao"]],
  // A line of a telegraphic report drops the passive «được»: «Số người làm việc giao 2026: 36; có mặt: 33». Not
  // «giao dịch» (dealing with the public: «số người làm việc giao dịch tại Bộ phận một cửa»), read as before.
  [["số", "người", "làm", "việc", "giao", "dịch"], ["số", "biên", "chế", "giao", "dịch"]],
  [["số", "người", "làm", "việc", "giao"], ["biên", "chế", "sự", "nghiệp", "được", "giao"]],
  [["người", "làm", "việc"], ["biên", "chế"]],
  // The contracts of Nghị định 111/2022/NĐ-CP are named by the work they do: «hợp đồng lao động làm công việc hỗ trợ,
  // phục vụ 21 người» is the contract staff, whose words the work's name had pushed away from the number.
  [["hợp", "đồng", "lao", "động", "làm", "công", "việc", "hỗ", "trợ", "phục", "vụ"], ["hợp", "đồng", "lao", "động"]],
  [["lao", "động", "hợp", "đồng", "làm", "công", "việc", "hỗ", "trợ", "phục", "vụ"], ["hợp", "đồng", "lao", "động"]],
  [["hợp", "đồng", "làm", "công", "việc", "hỗ", "trợ", "phục", "vụ"], ["hợp", "đồng", "lao", "động"]],
  // Who fills that quota is «viên chức» (Luật Viên chức): «viên chức được giao (14), có mặt (13)» is the units' quota.
  [["viên", "chức", "được", "giao"], ["biên", "chế", "sự", "nghiệp", "được", "giao"]],
  // A plan's «nhóm nhiệm vụ» (groups of tasks) are its «nhóm công việc»: the held-out reports 26, 29, 31–34 write the
  // TTHC-control plan so, «gồm 07 nhóm nhiệm vụ, 30 nhiệm vụ cụ thể» (docs/recognition-vocabulary.md).
  [["nhóm", "nhiệm", "vụ"], ["nhóm", "công", "việc"]],
  // Rice handed out at the lean season is «hỗ trợ gạo» in the government's decisions to release it from the national
  // reserve and «trợ giúp gạo» in the social-assistance decree (Nghị định 20/2021/NĐ-CP): one aid, two names.
  [["hỗ", "trợ", "gạo"], ["trợ", "giúp", "gạo"]],
  // «đang theo học lớp …» (attending a course) is «đang học».
  [["theo", "học"], ["học"]],
  [["hiện", "có"], ["đang", "thực", "hiện"]],
  // «hiện nay có 13 công chức» (now has) is «hiện có».
  [["hiện", "nay", "có"], ["đang", "thực", "hiện"]],
  [["có", "mặt"], ["đang", "thực", "hiện"]],
  // «số công chức đang làm việc» (civil servants at work now) is the staff present, «hiện có». Only said of «công
  // chức»: «30 viên chức đang làm việc tại hai đơn vị sự nghiệp» names where others work (placeMentions.ts).
  [["công", "chức", "đang", "làm", "việc"], ["công", "chức", "đang", "thực", "hiện"]],
  [["trễ", "hạn"], ["trễ", "và", "quá", "hạn"]],
  [["quá", "hạn"], ["trễ", "và", "quá", "hạn"]],
  // How published one-stop reports name the same deadlines (docs/recognition-vocabulary.md has the sources).
  // «trước hạn» is «sớm hạn»: written so, «trước» no longer ties it to «kỳ trước chuyển sang» (carried over).
  ...DEADLINE_WORDS,
  // «đã/đang/chưa xử lý» hồ sơ is «đã/đang giải quyết» (Gia Lai's and Huế's one-stop statistics).
  [["đã", "xử", "lí"], ["đã", "giải", "quyết"]],
  [["đang", "xử", "lí"], ["đang", "giải", "quyết"]],
  [["chưa", "xử", "lí"], ["đang", "giải", "quyết"]],
  [["chưa", "giải", "quyết"], ["đang", "giải", "quyết"]],
  // Abbreviations with one reading (abbreviations.json); those with several are read per document (abbreviations.ts).
  // A short form with a digit inside («BP1C») is compared as its runs of letters («bp», «c»), as the text is.
  ...ABBREVIATIONS.entries.flatMap((e): Array<[string[], string[]]> => ("means" in e && e.means ? [[shortForm(e.short), wordsOf(e.means)]] : [])),
];
const BY_FIRST = byFirst(SYNONYMS);

/** The phrases the shared table reads (its sources), as syllables: what a clerk's short form may shorten (initialsShortForms.ts). */
export const SHARED_PHRASES: readonly (readonly string[])[] = SYNONYMS.map(([from]) => from);

/** Whether a short form is one of the shared table's («VC», «HĐLĐ»): read so already. */
export const isSharedShortForm = (syllable: string): boolean => BY_FIRST.get(syllable)?.some(([from]) => from.length === 1) ?? false;

/** A written word as syllables compares it: NFC, lower case, one spelling of i/y. */
export function wordOf(written: string): string {
  return spelling(written.normalize("NFC").toLowerCase());
}
export function wordsOf(written: string): string[] {
  return written.split(/\s+/).filter(Boolean).map(wordOf);
}

/** A short form as syllables compares it: its runs of letters («BP1C» is «bp» then «c»). */
function shortForm(written: string): string[] {
  return runsOf(written.normalize("NFC").toLowerCase(), "marks").map(spelling);
}

function byFirst(pairs: ReadonlyArray<[string[], string[]]>): Map<string, Array<[string[], string[]]>> {
  const index = new Map<string, Array<[string[], string[]]>>();
  for (const pair of pairs) index.set(pair[0][0]!, [...(index.get(pair[0][0]!) ?? []), pair]);
  return index;
}

/**
 * What the document being read says its abbreviations mean (abbreviations.ts): read before the shared table, for the
 * time of one recognition only (recognition is synchronous, so no other document's reading can interleave).
 */
let inDocument: Map<string, Array<[string[], string[]]>> | null = null;
/**
 * A clerk's short forms of whole phrases (initialsShortForms.ts), read before anything else: «SNL việc giao» becomes
 * «số người làm việc giao», which the tables then read as that phrase written out.
 */
let shortFirst: Map<string, Array<[string[], string[]]>> | null = null;

export function withDocumentWords<T>(readings: ReadonlyArray<[string[], string[]]>, read: () => T, phrases: ReadonlyArray<[string[], string[]]> = []): T {
  const outer = inDocument;
  const outerFirst = shortFirst;
  const outerLabels = labelsRead;
  inDocument = readings.length > 0 ? byFirst(readings) : null;
  shortFirst = phrases.length > 0 ? byFirst(phrases) : null;
  labelsRead = inDocument === null && shortFirst === null ? plainLabels : new Map();
  try {
    return read();
  } finally {
    inDocument = outer;
    shortFirst = outerFirst;
    labelsRead = outerLabels;
  }
}

/** Labels as read with no document's own readings: the same for every such document, so kept. */
const plainLabels = new Map<string, readonly string[]>();
/** Labels as the document being read reads them (withDocumentWords): a document with readings of its own starts afresh. */
let labelsRead = plainLabels;

/**
 * A form's label as syllables, read once per document's readings: «TP» may mean «trưởng phòng» in one document and
 * nothing in the next, so a label's syllables kept from one document must not serve another that reads it otherwise.
 * The same array is returned while the readings stand, so callers may key their own memos on it (a WeakMap).
 */
export function labelSyllables(label: string): readonly string[] {
  let words = labelsRead.get(label);
  if (words === undefined) labelsRead.set(label, (words = syllables(label)));
  return words;
}

/**
 * The document's readings (withDocumentWords) that reading text made of these syllables would use, as one key: two
 * documents with the same key read such text alike. Lets what is read from a form alone be kept across documents.
 */
export function documentWordsAmong(sylls: ReadonlySet<string>): string {
  if (!inDocument && !shortFirst) return "";
  const used = [...(inDocument ?? []), ...(shortFirst ?? [])].filter(([first]) => sylls.has(first));
  return used.length === 0 ? "" : JSON.stringify(used.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function startsAt(words: readonly string[], sylls: readonly string[], i: number): boolean {
  for (let k = 0; k < words.length; k++) if (sylls[i + k] !== words[k]) return false;
  return true;
}

function matchAt(pairs: ReadonlyArray<[string[], string[]]> | undefined, sylls: readonly string[], i: number): [string[], string[]] | undefined {
  if (!pairs) return undefined;
  for (const pair of pairs) if (startsAt(pair[0], sylls, i)) return pair;
  return undefined;
}

/**
 * A report in the first person: «chúng tôi» is the reporting office, the subject a sentence without one has («hiện
 * nay chúng tôi có 13 công chức» is «hiện nay có 13 công chức»). It describes no figure, and read as words it would
 * part the words around it that do («hiện nay … có»): it is left out before the synonyms are read.
 */
function withoutFirstPerson(sylls: string[]): string[] {
  let at = sylls.indexOf("chúng");
  if (at === -1) return sylls;
  const out = sylls.slice(0, at);
  for (; at < sylls.length; at++) {
    if (sylls[at] === "chúng" && sylls[at + 1] === "tôi") at++;
    else out.push(sylls[at]!);
  }
  return out;
}

/**
 * A clerk's short forms of phrases first (shortFirst), then the document's readings and the shared table in one pass,
 * the document's before the shared at each place.
 */
function synonyms(written: string[]): string[] {
  const sylls = withoutFirstPerson(written);
  return readWith(shortFirst ? readWith(sylls, shortFirst) : sylls, inDocument, BY_FIRST);
}

type Table = ReadonlyMap<string, Array<[string[], string[]]>>;

function readWith(sylls: readonly string[], mineTable: Table | null, sharedTable?: Table): string[] {
  const out: string[] = [];
  for (let i = 0; i < sylls.length; i++) {
    // Most syllables are in neither table: no closure is made for them (this runs for every syllable read).
    const mine = mineTable?.get(sylls[i]!);
    const shared = sharedTable?.get(sylls[i]!);
    const hit = mine || shared ? (matchAt(mine, sylls, i) ?? matchAt(shared, sylls, i)) : undefined;
    // A short name written in full already («Trung tâm Phục vụ hành chính công» where «Trung tâm» is its short name).
    if (hit && hit[1].length > hit[0].length && startsAt(hit[1], sylls, i)) {
      out.push(...hit[1]);
      i += hit[1].length - 1;
    } else if (hit && !(out.at(-1) === "và" && hit[0][0] === "quá")) {
      out.push(...hit[1]);
      i += hit[0].length - 1;
    } else out.push(sylls[i]!);
  }
  return out;
}

/** Syllables and neighbouring pairs, without lone function words. */
export function features(sylls: readonly string[]): string[] {
  const out: string[] = [];
  let lastContent = -1;
  for (let i = 0; i < sylls.length; i++) {
    const stop = STOP.has(sylls[i]!);
    if (!stop) {
      out.push(sylls[i]!);
      // "công chức được giao" and "công chức giao" share "chức giao": pairs also skip function words.
      if (lastContent !== -1 && lastContent < i - 1) out.push(`${sylls[lastContent]} ${sylls[i]}`);
      lastContent = i;
    }
    if (i + 1 < sylls.length) out.push(`${sylls[i]} ${sylls[i + 1]}`);
  }
  return out;
}

export function featureSet(text: string): Set<string> {
  return new Set(features(syllables(text)));
}

/**
 * Words that announce the parts of the number just written («03 lãnh đạo gồm 01 Trưởng phòng», «tiếp nhận 412 hồ sơ,
 * trong đó …», «Bao gồm …»), as a regular expression's alternatives, a longer wording before the shorter it begins with.
 */
export const PARTS_ANNOUNCED = "bao gồm|gồm có|gồm|trong số này|trong số đó|trong đó";

/** Words that name what a count counts, when written right after it ("130 hồ sơ", "05 cá nhân"). */
export const KNOWN_UNITS: readonly string[] = [
  "hồ sơ", "người", "đồng chí", "cá nhân", "tập thể", "cuộc", "văn bản", "xã", "đơn vị", "công chức", "viên chức",
  "chuyên viên", "nhiệm vụ", "nhóm", "phản ánh", "quyết định", "đơn", "ý kiến", "tổ chức", "cán bộ", "biên chế", "huyện",
  "lượt", "hội nghị", "kế hoạch", "trường hợp", "vụ", "lớp", "doanh nghiệp", "hộ", "phòng", "trưởng phòng",
  "phó trưởng phòng", "phó chánh", "đợt", "thủ tục hành chính",
];

/**
 * «phòng» before these is the verb «prevent», not a room: «Phòng, chống tham nhũng: số người bị xử lý: không có» counts
 * people, «phòng cháy, chữa cháy» is fire prevention.
 */
const PREVENTS: ReadonlySet<string> = new Set(["chống", "cháy", "ngừa", "tránh"]);

/** The known unit a run of syllables starts with (longest first), or null. */
export function unitAt(sylls: readonly string[], units: readonly string[] = KNOWN_UNITS): string | null {
  let best: string | null = null;
  for (const [unit, parts] of unitParts(units)) {
    if (parts.every((p, i) => sylls[i] === p) && (best === null || unit.length > best.length)) best = unit;
  }
  return best === "phòng" && PREVENTS.has(sylls[1] ?? "") ? null : best;
}

/** Each unit with its syllables, split once per list (unitAt is asked for every number and its neighbours). */
const splitUnits = new WeakMap<readonly string[], Array<[string, string[]]>>();
function unitParts(units: readonly string[]): Array<[string, string[]]> {
  let parts = splitUnits.get(units);
  // Unit lists are constants (KNOWN_UNITS): split once.
  if (!parts) {
    parts = units.map((u) => [u, u.split(" ")]);
    splitUnits.set(units, parts);
  }
  return parts;
}
