/**
 * Another body's one-stop desk or public-service centre as its sentence's subject: «Bộ phận một cửa UBND thành phố
 * Tam Điệp tiếp nhận 1.240 hồ sơ», «Bộ phận Một cửa của Sở Y tế tại Trung tâm Phục vụ hành chính công tỉnh tiếp nhận
 * 47 hồ sơ», «Tại Bộ phận tiếp nhận và trả kết quả của UBND huyện Kim Bôi, … tiếp nhận 71 hồ sơ», «Trung tâm Phục vụ
 * hành chính công cấp xã …», «Bộ phận một cửa các huyện, thị xã …». The desk is named by its owner, and the owner is a
 * body the report does not issue nor report on: its figures are that body's, never the reporting office's desk nor the
 * province's centre (a department's desk at the centre is one share of the centre). The office's own desk, named
 * without an owner («Bộ phận một cửa của Văn phòng», «… của Sở tại Trung tâm …») or by the issuer's own name, is
 * untouched, as is the province's centre itself («Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn»). Language
 * knowledge only: no field is named.
 */

/** A phrase with each letter of either case: «bộ phận» → «[Bb]ộ [Pp]hận». */
function anyCase(phrase: string): string {
  return [...phrase].map((c) => (c.toUpperCase() !== c.toLowerCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c === " " ? "\\s+" : c)).join("");
}

const DESK = [
  "bộ phận một cửa",
  "bộ phận 1 cửa",
  "bộ phận tiếp nhận và trả kết quả",
  "bộ phận tiếp nhận và trả kết quả giải quyết thủ tục hành chính",
  "trung tâm phục vụ hành chính công",
  "trung tâm hành chính công",
  "trung tâm pvhcc",
]
  .sort((a, b) => b.length - a.length)
  .map(anyCase)
  .concat(["BPMC", "BP1C", "TTPVHCC"])
  .join("|");

/** What may open the sentence before its subject: a bullet, «Riêng», «Tại», «Đối với», «Trong quý», … */
const LEAD = `(?:[-+•*–▪]\\s*|[a-zđ0-9]{1,2}[.)]\\s*)?(?:(?:${["riêng", "còn", "tại", "đối với", "ngoài ra", "bên cạnh đó", "trong quý", "trong tháng", "trong kỳ", "cũng trong quý", "cùng thời gian"].map(anyCase).join("|")})\\s*,?\\s+)?`;

const KIND = ["ủy ban nhân dân", "uỷ ban nhân dân", "sở", "ban", "cục", "chi cục", "văn phòng", "thanh tra", "công an", "bảo hiểm xã hội"].map(anyCase).concat(["UBND"]).join("|");
/** Levels below the province: a body of one of them with no name of its own is still another body there. */
const LOWER_LEVEL = ["huyện", "xã", "phường", "thị xã", "thị trấn", "quận", "thành phố", "đặc khu"].map(anyCase).join("|");
const LEVEL = `${LOWER_LEVEL}|${anyCase("tỉnh")}`;
/** A proper name: capitalised words («Tam Điệp», «Y tế», «Công Thương», «Giao thông vận tải»). */
const NAME = "\\p{Lu}[\\p{L}]*(?:[ \\t-]+[\\p{L}]+){0,5}?";

/**
 * The desk and whose it is: «của» and a body of a kind with a name («Sở Y tế», «UBND huyện Kim Bôi») or of a lower
 * level («UBND thành phố»), a place of a lower level with its name («huyện Vân Đồn»), or a level or several as a
 * whole («cấp xã», «các huyện, thị xã»).
 */
const OWNED = new RegExp(
  `^${LEAD}(?:${DESK})\\s+(?:(?:của|thuộc)\\s+)?(` +
    `(?:${KIND})\\s+(?:(?:${LEVEL})\\s+)?${NAME}` +
    `|(?:${KIND})\\s+(?:${LOWER_LEVEL})` +
    `|(?:${LOWER_LEVEL})\\s+${NAME}` +
    `|(?:${anyCase("cấp")}|${anyCase("các")})\\s+(?:${LOWER_LEVEL})(?:\\s*,\\s*(?:${LOWER_LEVEL}))*` +
    `)(?=\\s*[,:]|\\s+(?:${["tại", "đặt", "ở", "từ", "tính", "đã", "đang", "được", "là", "tiếp nhận", "tiếp", "nhận", "giải quyết", "trong", "quý", "tháng", "năm", "có", "thực hiện", "đạt", "trả"].map(anyCase).join("|")})(?![\\p{L}]))`,
  "u",
);

/** «ubnd» and «uỷ» read as written out, lower case: how an owner is compared with the header. */
function normal(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/(?<![\p{L}])ubnd(?![\p{L}])/gu, "ủy ban nhân dân")
    .replace(/(?<![\p{L}])hđnd(?![\p{L}])/gu, "hội đồng nhân dân")
    .replace(/uỷ/gu, "ủy");
}

/** Every word of the owner is in one of the report's own bodies (its header, its issuer, the body it reports on). */
function ownBodys(owner: string, own: readonly (string | null)[]): boolean {
  // «cấp huyện» names the level: a district's report has its own desk at its level. «các huyện» is many bodies.
  const words = normal(owner).split(/[\s,-]+/u).filter((w) => w !== "" && w !== "của" && w !== "cấp");
  return own.some((body) => body !== null && words.every((w) => new RegExp(`(?<![\\p{L}])${w}(?![\\p{L}])`, "u").test(normal(body))));
}

/** A later clause of the sentence (after «;») names a desk or a body of its own: the number may be that one's. */
const ANOTHER_SUBJECT = new RegExp(`(?:${DESK}|(?<![\\p{L}])(?:${KIND})(?![\\p{L}]))`, "u");

/**
 * The sentence from `sentenceFrom` opens with a desk or centre another body owns, and the number at `start` is in it:
 * that body's figure. `own` are the report's bodies as the header and title name them (the issuer's header, its
 * body, the body reported on); a desk whose owner they all name is the report's own.
 */
export function otherBodysDesk(text: string, sentenceFrom: number, start: number, own: readonly (string | null)[]): boolean {
  const line = text.slice(text.lastIndexOf("\n", start - 1) + 1, start);
  if (/[\t|]/.test(line)) return false;
  const before = text.slice(sentenceFrom, start).replace(/^\s+/u, "");
  const m = OWNED.exec(before);
  if (m === null) return false;
  if (ownBodys(m[1]!, own)) return false;
  const rest = before.slice(m[0].length);
  const semi = rest.lastIndexOf(";");
  return semi === -1 || !ANOTHER_SUBJECT.test(rest.slice(semi + 1));
}

/** How far back a subject-less sentence's scope is read for other bodies' desk sentences (vetoPlace.ts's scope). */
const SCOPE_REACH = 1500;

/**
 * The sentences before `sentenceFrom` (back to `SCOPE_REACH`, within their lines and paragraphs) whose subject is
 * another body's desk or centre: «Bộ phận một cửa của Sở Công Thương: tiếp nhận 67 hồ sơ, …» right above the office's
 * own terse «Tiếp nhận 74 hồ sơ; …» under «3.6.1. Bộ phận một cửa của Văn phòng». What such a sentence names is that
 * body's, so a later sentence with no subject of its own does not carry it: its subject is the heading's. Each as
 * [from, to) of the text.
 */
export function otherDeskSentences(text: string, sentenceFrom: number, own: readonly (string | null)[]): Array<{ from: number; to: number }> {
  const low = Math.max(0, sentenceFrom - SCOPE_REACH);
  const stretch = text.slice(low, sentenceFrom);
  // Quick: no desk named at all, nothing to read.
  if (!new RegExp(DESK, "u").test(stretch)) return [];
  const out: Array<{ from: number; to: number }> = [];
  const starts = [0, ...[...stretch.matchAll(/\n|\.[ \t]+(?=\p{Lu})/gu)].map((m) => m.index + m[0].length)];
  for (let i = 0; i < starts.length; i++) {
    const from = low + starts[i]!;
    const to = low + (starts[i + 1] ?? stretch.length);
    if (to - from < 8) continue;
    // The sentence's last character stands for its numbers: the subject reaches it unless a later clause names another.
    if (otherBodysDesk(text, from, to - 1, own)) out.push({ from, to });
  }
  return out;
}
