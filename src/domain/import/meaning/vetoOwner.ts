/**
 * The form's organisations belong to the office: «Bộ phận một cửa của Văn phòng», «Trung tâm Phục vụ hành chính
 * công tỉnh». The same kind of organisation of another owner or level is another organisation: «Bộ phận một cửa của
 * Sở Tư pháp», «Bộ phận một cửa của Sở» (in a department's report), «Bộ phận một cửa cấp huyện», «Trung tâm hành
 * chính công huyện X». Where the last mention of the organisation before the number (in its heading or its sentence)
 * is qualified by another owner or level, the number is that organisation's, not the form's.
 *
 * And units named as where an activity takes place or as whom it rewards («Kiểm tra tại 02 đơn vị sự nghiệp: …»,
 * «Tặng Giấy khen cho 02 đơn vị sự nghiệp (…)») are no list of the office's units, nor its count (listPlaces.ts).
 */
import { placesVisited } from "./listPlaces";
import { escapeRegExp } from "../text";

/** What may qualify an organisation's name right after it: an owner («của …») or a level. */
const QUALIFIER =
  /^[ \t]*(?:của[ \t]+([^,;:.()\n]{1,40})|(cấp[ \t]+(?:huyện|xã|cơ sở)|(?:các[ \t]+)?(?:huyện|quận|thị xã|xã|phường|thị trấn|sở|ngành)(?![\p{L}])))/u;

/** The owner the form's section names («của Văn phòng» → «văn phòng»), or null when it names none. */
export function ownerOf(title: string): string | null {
  return /\s+của\s+(.+)$/u.exec(title.normalize("NFC").toLowerCase().trim())?.[1] ?? null;
}

/**
 * The scope (lower case, from the heading to the number: vetoFacts.scopeLower) last names the organisation with
 * another owner than the section's `owner` or the reporting body (`issuer`, the header's lines: a department's own
 * desk «của Sở» is what it reports), or at a level below the reporting body (`level`: 0 province, 1 district).
 * `body`: the issuing body as the header names it (documentHeader.ts), when known.
 */
export function otherOwner(scopeLower: string, names: readonly string[], owner: string | null, issuer: string | null, level: number, body: string | null = null): boolean {
  let last = -1;
  let length = 0;
  // Asked for every number: the last whole-word occurrence of each name, found by string search.
  const letter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);
  for (const name of names) {
    for (let at = scopeLower.lastIndexOf(name); at !== -1; at = at === 0 ? -1 : scopeLower.lastIndexOf(name, at - 1)) {
      if (letter(scopeLower[at - 1]) || letter(scopeLower[at + name.length])) continue;
      if (at > last || (at === last && name.length > length)) [last, length] = [at, name.length];
      break;
    }
  }
  if (last === -1) return false;
  const q = QUALIFIER.exec(scopeLower.slice(last + length, last + length + 60));
  if (!q) return false;
  if (q[2]) return levelOf(q[2]) > level;
  // The owner's name ends where its clause's verb or a number starts: «của sở tư pháp tiếp nhận 47 hồ sơ».
  const whose = q[1]!.split(OWNER_END)[0]!.trim();
  if (owner !== null && whose.includes(owner)) return false;
  // «Bộ phận một cửa của cơ quan tại Trung tâm»: «cơ quan», «đơn vị» alone is how a body names itself (743).
  if (/^(?:cơ quan|đơn vị)(?:\s+(?:mình|ta))?$/u.test(whose)) return false;
  // «của tỉnh», «của huyện»: an owner that is only a level is judged as a level.
  if (/^(?:cấp\s+)?(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)$/u.test(whose)) return levelOf(whose) > level;
  const words = whose.split(/\s+/).filter((w) => !GENERIC.has(w)).slice(0, 4);
  // With no header to tell who reports, only a body named in full («của Sở Tư pháp») is surely another.
  if (issuer === null) return words.length >= 2;
  // «của Ban» under «BAN DÂN TỘC»: the reporting body by its head noun alone, a word every body's name may hold.
  // So too where the header's cell was read as one line and the body stands after its parent's place (814, 824).
  if (words.length === 0 && /^\p{L}+$/u.test(whose) && (new RegExp(`^[ \\t]*${whose}(?![\\p{L}])`, "mu").test(issuer) || (body !== null && new RegExp(`^${whose}(?![\\p{L}])`, "u").test(body)))) return false;
  return !(words.length > 0 && words.every((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, "u").test(issuer)));
}

const OWNER_END = /\s+(?=\d|(?:đã|đang|sẽ|tiếp nhận|nhận|giải quyết|có|thực hiện|trả|xử lý|là|được|trong|với|tại|đặt tại|từ|đạt)(?![\p{L}]))/u;

/** Words of a body's name that every body shares. */
const GENERIC: ReadonlySet<string> = new Set(["ubnd", "ủy", "uỷ", "ban", "nhân", "dân"]);

/** 1 for a district's words, 2 for a commune's; a department («sở», «ngành») is no level below a province. */
function levelOf(qualifier: string): number {
  if (/(?:huyện|quận|thị xã)/u.test(qualifier)) return 1;
  if (/(?:xã|phường|thị trấn|cơ sở)/u.test(qualifier)) return 2;
  return 0;
}

/** A list of units (its label names units) and the count of one. */
const UNIT_LIST = /(?<![\p{L}])(?:tổ chức|đơn vị|phòng|cơ quan)(?![\p{L}])/iu;

export function isUnitList(label: string): boolean {
  return UNIT_LIST.test(label);
}

/** The number (or the list) at `start` names units as the places or winners of an activity. */
export function unitsOfActivity(text: string, start: number): boolean {
  return placesVisited(text, start);
}
