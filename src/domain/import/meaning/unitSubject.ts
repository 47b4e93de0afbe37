/**
 * A unit with staff and business of its own as the subject of the number's clause: «Bệnh viện Đa khoa tỉnh được giao
 * 812, có mặt 790, hợp đồng 96», «…; Bệnh viện Đa khoa tỉnh nâng lương trước thời hạn cho 14 viên chức», «Riêng Chi
 * cục Dân số … có 11 công chức, 01 hợp đồng; Chi cục đã tổ chức 04 cuộc giao ban …». A department that reports its
 * hospitals', centres' and sub-departments' figures beside its own writes each with its unit as the subject: what a
 * hospital, a centre, a «chi cục», a school or a station did is that unit's, not the reporting body's (a careful
 * receiving specialist takes the body's own sentence). The clause runs from the sentence's start, or from the last
 * «;» or «:» outside brackets before the number, to the number (numberClause.ts with its lead's colon).
 *
 * Asked only in the final demotion (vetoTrailing.ts): the number stays a rival in the assignment, so that refusing
 * it never hands the figure another unit's number (a Sở's award line for its units bound 11 when a hospital's 02 was
 * refused outright); the figure is left to the clerk.
 *
 * Not refused: a public-service staff quota (the units' staff are the body's «biên chế sự nghiệp»); a figure whose
 * own words name the kind («Viên chức hai nhà khách»); a kind the document names its central body by («(sau đây gọi
 * tắt là Trung tâm)»); the kind alone unless its sentence named such a unit before; the report's own bodies (every word of the unit in the header, the issuing body or the body reported
 * on: a centre's own report, «Trung tâm đã tiếp nhận …»); the field's own organisation («Trung tâm Phục vụ hành
 * chính công phường tiếp nhận 3.418 hồ sơ» for the centre's figures); rooms and boards, which act for the body
 * («Phòng Tổ chức cán bộ tham mưu …», «Ban Giám đốc …»); a unit named after the verb («tiếp nhận 01 công chức … về
 * Chi cục Dân số»). Language knowledge only: no field is named.
 */
import { numberClause } from "./numberClause";
import { namesOrganisation } from "./vetoPlace";

/** Kinds of units that have staff and business of their own (public-service units, sub-departments, schools). */
const KINDS = ["bệnh viện", "trung tâm", "chi cục", "trường", "viện", "trạm", "chi nhánh", "đội", "hạt"];

/** A phrase with each letter of either case and any run of spaces between its words. */
function anyCase(phrase: string): string {
  return [...phrase].map((c) => (c.toUpperCase() !== c.toLowerCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c === " " ? "\\s+" : c)).join("");
}

/** The kind written as a name's head, with its capital: «Bệnh viện», «Chi cục» (not «bệnh viện» inside a phrase). */
const KIND = KINDS.map((k) => `${k[0]!.toUpperCase()}${anyCase(k.slice(1))}`).join("|");

/** What may open the clause before its subject: a bullet, «Riêng», «Còn», «Tại», «Đối với», «Ngoài ra». */
const LEAD = `(?:[-+•*–▪]\\s*|[a-zđ0-9]{1,2}[.)]\\s*)?(?:(?:${["riêng", "còn", "tại", "đối với", "ngoài ra", "bên cạnh đó", "trong quý", "cùng thời gian"].map(anyCase).join("|")})\\s*,?\\s+)?`;

/** The predicate that ends the subject: what a unit did or has. */
const VERB = ["đã", "đang", "chưa", "được giao", "được", "có mặt", "hiện có", "có", "tổ chức", "giao ban", "nâng lương", "tiếp nhận", "nhận", "giải quyết", "thực hiện", "ban hành", "bổ nhiệm", "tiếp", "kiểm tra", "duy trì", "cử", "đề nghị", "trình", "họp", "tuyển dụng", "khám", "điều trị"].map(anyCase).join("|");

/** The unit opening the clause: its kind, an optional name (capitalised words, a level), then its predicate. */
const SUBJECT = new RegExp(`^${LEAD}((?:${KIND})(?:\\s+\\p{Lu}[\\p{L}\\s,-]{0,70}?)?)\\s+(?:${VERB})(?![\\p{L}])`, "u");

/**
 * …or the unit a share is of, right before its verb: «Tỷ lệ giải quyết của Chi nhánh Bến Tre đạt 95,71%», «… của Cơ
 * sở 2 là 96,10%»: one branch's or site's rate, not the body's.
 */
const OWNER = new RegExp(`(?<![\\p{L}])của\\s+((?:${KIND}|C[ơƠ]\\s+s[ởỞ])\\s+[\\p{Lu}\\d][\\p{L}\\d\\s-]{0,40}?)\\s+(?:đạt|là|chiếm|bằng)\\s*:?\\s*$`, "u");

/** The last text asked about, and whether it names its central body short by each kind asked («gọi tắt là Trung tâm»). */
let memo: { text: string; kinds: Map<string, boolean> } | null = null;

/** The text names a body short by `kind` («(sau đây gọi tắt là Trung tâm)»): the whole text read once per kind, not once per number. */
function namedShort(text: string, kind: string): boolean {
  // An equal text of a later recognition: kept by reference, so the next asks compare identities, not characters.
  if (memo?.text === text) memo.text = text;
  else memo = { text, kinds: new Map() };
  let named = memo.kinds.get(kind);
  if (named === undefined) memo.kinds.set(kind, (named = new RegExp(`gọi(?:\\s+tắt)?\\s+là\\s+${anyCase(kind)}(?![\\p{L}])`, "u").test(text)));
  return named;
}

/** Every word of the unit's name is one of the report's own bodies' words (its header, issuer, body reported on). */
function ownUnit(unit: string, own: readonly (string | null)[]): boolean {
  const words = unit.split(/[\s,-]+/u).filter((w) => w !== "");
  return own.some((body) => body !== null && words.every((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "u").test(body.normalize("NFC").toLowerCase())));
}

/**
 * The number at `start` stands in a clause whose subject is a unit of its own (a hospital, a centre, a «chi cục» …)
 * that is neither one of the report's own bodies (`own`) nor the field's organisation (`organisation`). `clauseFrom`
 * is where the number's clause starts, after a lead's colon too (SpanFacts.leadClause).
 */
export function otherUnitSubject(text: string, sentenceFrom: number, start: number, organisation: readonly string[] | null, own: readonly (string | null)[], fieldWords = "", clauseFrom = numberClause(text, start, start, { colon: true }).from): boolean {
  // Another unit than the report's own can only be told when the report says whose it is (header, issuer or body
  // reported on): «Trung tâm Y tế có quy mô 350 giường bệnh, 09 tổ chức trực thuộc» opening a text without one is as
  // likely the reporting centre's own description.
  if (own.every((body) => body === null)) return false;
  const line = text.slice(text.lastIndexOf("\n", start - 1) + 1, start);
  // Rows of a table are no sentences.
  if (/[\t|]/.test(line)) return false;
  const from = clauseFrom;
  const clause = text.slice(from, start).replace(/^\s+/u, "");
  const m = SUBJECT.exec(clause) ?? OWNER.exec(clause);
  if (m === null) return false;
  const unit = m[1]!.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim();
  const kind = [...KINDS, "cơ sở"].find((k) => unit === k || unit.startsWith(`${k} `))!;
  // A figure whose own words name units of that kind («Viên chức hai nhà khách», a centre's figures) is theirs.
  if (new RegExp(`(?<![\\p{L}])${kind}(?![\\p{L}])`, "u").test(fieldWords.normalize("NFC").toLowerCase())) return false;
  // The report's central body, named short («(sau đây gọi tắt là Trung tâm)»): the report is about it.
  if (namedShort(text, kind)) return false;
  // The kind alone («Chi cục đã tổ chức …») stands for a unit only right after the sentence named it with its name.
  if (unit === kind && !new RegExp(`(?<![\\p{L}])${anyCase(kind)}\\s+\\p{Lu}`, "u").test(text.slice(sentenceFrom, from))) return false;
  // The organisation named, or its kind alone standing for it («Trung tâm tiếp nhận …» for the centre's figures).
  if (organisation !== null && (namesOrganisation(unit, organisation) || organisation.some((n) => n.startsWith(unit)))) return false;
  return !ownUnit(unit, own);
}
