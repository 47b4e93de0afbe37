/**
 * What a number counts is the noun right after it, and nouns fall into kinds: «45 suất quà» counts portions of gifts,
 * not documents; «10/10 huyện» counts districts, not delegations; «17 người» counts people, not receptions. The
 * engine's own units (words.ts KNOWN_UNITS) are few, so any other noun used to read as "no unit written", neutral
 * evidence that strong words around the number could outweigh. Here the nouns clerks count are sorted by kind; a
 * number whose counted noun is of another kind than the field's own noun is no figure of that field, unless the
 * field's own words name that noun («Số hộ được hỗ trợ gạo»). Nouns of no known kind («trường hợp», «lần», «nhóm»)
 * say nothing either way: a case or a time can be a file, a person or a meeting.
 */
import { measuredAt } from "./measureWords";
import type { FieldDef } from "../../types";
import type { FigurePattern } from "../patterns";
import { plainWording } from "./profiles";
import { syllables, unitAt } from "./words";

const KINDS: Record<string, readonly string[]> = {
  people: [
    "người", "đồng chí", "cá nhân", "cán bộ", "công chức", "viên chức", "biên chế", "chuyên viên", "lãnh đạo",
    "trưởng phòng", "phó trưởng phòng", "phó chánh", "chánh", "giám đốc", "phó giám đốc", "tiến sĩ", "thạc sĩ",
    "cử nhân", "lao động", "người lao động", "công dân", "đại biểu", "học viên", "hội viên", "đảng viên",
    "đoàn viên", "học sinh", "sinh viên", "bệnh nhân", "thí sinh", "nhân viên", "đồng bào", "con em",
  ],
  households: ["hộ", "hộ gia đình", "gia đình"],
  groups: ["tập thể"],
  documents: [
    "văn bản", "quyết định", "kế hoạch", "công văn", "thông báo", "báo cáo", "tờ trình", "chỉ thị", "hướng dẫn",
    "nghị quyết", "giấy mời", "công điện",
  ],
  files: ["hồ sơ"],
  procedures: ["thủ tục hành chính", "thủ tục"],
  meetings: ["cuộc", "cuộc họp", "hội nghị", "buổi", "phiên"],
  receptions: ["lượt"],
  delegations: ["đoàn", "đoàn đông người"],
  bodies: [
    "đơn vị", "phòng", "tổ chức", "cơ quan", "doanh nghiệp", "sở", "ngành", "xã", "phường", "thị trấn", "huyện",
    "quận", "thị xã", "thành phố", "tỉnh", "thôn", "xóm", "tổ dân phố", "khu phố", "ấp", "trường", "bệnh viện",
    // A guest house is a public service unit as a school is: «VC 2 nhà khách … 46» counts the houses, then their staff.
    "nhà khách",
    // Places a body works at count as its units do: «duy trì 02 điểm tiếp nhận hồ sơ» counts points, not files.
    "điểm", "điểm tiếp nhận", "điểm cầu", "địa điểm", "khu vực",
  ],
  goods: ["suất", "suất quà", "phần quà", "chiếc", "tấn", "kg", "bao", "thùng", "túi", "hộp", "căn", "ngôi"],
  // What a body has rather than is: «quy mô 1.200 giường kế hoạch» counts a hospital's beds, no room of it.
  equipment: ["giường", "giường bệnh", "giường kế hoạch", "máy", "máy tính", "máy chủ", "thiết bị", "xe", "xe ô tô", "ô tô"],
  money: ["đồng"],
  media: ["tin", "bài", "tin bài", "trang", "phóng sự", "chuyên mục", "chuyên trang"],
  works: ["dự án", "công trình", "mô hình", "km", "ha", "mét"],
  tasks: ["nhiệm vụ"],
  classes: ["lớp", "khóa", "khoá"],
  petitions: ["đơn", "đơn thư", "vụ việc", "vụ", "phản ánh", "kiến nghị", "ý kiến", "khiếu nại", "tố cáo"],
  // The Party's and the mass organisations' own units inside an office («Đảng bộ Sở có 04 chi bộ trực thuộc», in a
  // report the Party committee and the department write together): they are no rooms nor units of the administration.
  party: [
    "chi bộ", "đảng bộ", "đảng bộ bộ phận", "tổ chức đảng", "tổ chức cơ sở đảng", "chi đoàn", "công đoàn",
    "công đoàn cơ sở", "công đoàn bộ phận", "tổ công đoàn",
  ],
};

/**
 * Nouns of no kind, listed so that a shorter noun is not read in them («trường hợp» is no «trường»): a case or a time
 * can be a file, a person or a meeting.
 */
const ANY_KIND = ["trường hợp", "lần", "nhóm", "đợt", "loại", "phòng cháy", "căn cứ", "đồng thời", "sở hữu", "hộ tịch", "hộ chiếu"];
const NOUNS: readonly string[] = [...Object.values(KINDS).flat(), ...ANY_KIND];
const KIND_OF = new Map<string, string>(Object.entries(KINDS).flatMap(([kind, nouns]) => nouns.map((n): [string, string] => [n, kind])));

/** The counted noun these syllables open with and its kind («cuộc họp giao ban» → «cuộc họp», meetings), or null. */
export function countedNounAt(sylls: readonly string[]): { noun: string; kind: string | undefined } | null {
  const noun = unitAt(sylls, NOUNS);
  return noun === null ? null : { noun, kind: KIND_OF.get(noun) };
}

/**
 * The nouns a count field's own words count: its unit, the noun opening its label («Hộ được hỗ trợ»), the nouns after
 * «số» («Số đoàn đông người») and after a figure in its wordings («{N} suất quà»). Other nouns in its words name whose
 * or where the figure is («Đoàn đông người cấp huyện tiếp»: districts are the level, not what is counted).
 */
export function countedNouns(field: FieldDef, patterns: readonly FigurePattern[]): string[] {
  const nouns = new Set<string>();
  const add = (words: string) => {
    const noun = unitAt(syllables(words), NOUNS);
    if (noun && KIND_OF.has(noun)) nouns.add(noun);
  };
  if (field.unit) add(field.unit);
  add(field.label);
  // The label's «Số …»; in wordings only after the field's own figure {N} (or its zero {Z}): a «số lượt» or an {n}
  // there belongs to another figure of the same sentence.
  for (const m of field.label.matchAll(/(?<![\p{L}\p{M}])[Ss]ố(?: lượng)?\s+([^,;.:()\n]{1,40})/gu)) add(m[1]!);
  for (const p of patterns) for (const m of plainWording(p.wording).matchAll(/\{[NZ]\}\s+([^,;.:()\n{}]{1,40})/gu)) add(m[1]!);
  return [...nouns];
}

/**
 * The number ending at `end` counts a noun of another kind than the field's nouns (`own`, countedNouns) count.
 * «N/M huyện» counts districts on both sides of the slash: the whole is read past, to the noun after it.
 */
export function countsOtherKind(own: readonly string[], text: string, end: number): boolean {
  if (own.length === 0) return false;
  // A number's noun is written in its own cell: in a table typed with «|» between its cells («| 02 | Phòng Kinh tế, …
  // |») the bar ends it as a tab does, and the next cell (a note naming rooms) counts nothing of it.
  const after = syllables((text.slice(end, end + 60).split(/[,;.:()\n\t|]/)[0] ?? "").replace(/^\s*\/\s*\d+/, ""));
  // «84 lượt người» counts people, «37 lượt hồ sơ» files: a measure word is no kind of its own (measureWords.ts).
  const head = measuredAt(text, end)?.unit ?? unitAt(after, NOUNS);
  const kind = head === null ? undefined : KIND_OF.get(head);
  if (!kind) return false;
  return !own.some((noun) => noun === head || KIND_OF.get(noun) === kind);
}

/**
 * «ban hành hai văn bản vận động công chức ủng hộ Nhân dân khắc phục hậu quả bão số 10» for the documents on rice aid
 * and Tết gifts: what a document is about is written right after it, up to the clause's end. A count of documents
 * whose subject (three words or more) names none of the label's own words (`topic`: the label less what it counts)
 * is a count of other documents; nor does one word of several: «hỗ trợ người dân bị ảnh hưởng bởi triều cường» shares
 * only «trợ» with «trợ giúp gạo, tặng quà Tết», a syllable of another word.
 */
export function documentsAboutOther(own: readonly string[], topic: readonly string[], text: string, end: number): boolean {
  if (topic.length === 0 || !own.some((n) => KIND_OF.get(n) === "documents")) return false;
  // To the clause's end, past commas: «04 văn bản chỉ đạo tổ chức thăm, tặng quà Tết» lists what they are about.
  const after = syllables(text.slice(end, end + 200).split(/[;.:()\n\t]/)[0] ?? "");
  const head = unitAt(after, NOUNS);
  if (!head || KIND_OF.get(head) !== "documents") return false;
  const about = after.slice(head.split(" ").length);
  const named = new Set(about.filter((w) => topic.includes(w))).size;
  return about.length >= 3 && named < Math.min(2, topic.length);
}
