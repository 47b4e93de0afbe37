/**
 * Figures another body supplied are that body's. A report fills the form with the issuing body's own figures; when it
 * says where a passage's figures come from and that source is another body — «Văn phòng đã tổng hợp số liệu do Văn
 * phòng UBND tỉnh cung cấp: Bộ phận Một cửa của Văn phòng UBND tỉnh tiếp nhận 131 hồ sơ …», «Theo số liệu của Văn
 * phòng UBND tỉnh, toàn tỉnh trong quý có 96 Quyết định …» — a careful reader fills none of the issuer's fields from it.
 *
 * The source is another body when it names a kind of body (vetoOwnAward.ts kindOf) with words of its own («Văn phòng
 * UBND tỉnh», «Sở Nội vụ»), not every one of them in the header or the title's reported body (so «Văn phòng UBND tỉnh»
 * under «UBND TỈNH … / VĂN PHÒNG» is the issuer itself), and not one of the form's own organisations («Trung tâm
 * Phục vụ hành chính công tỉnh»: the centre's figures are the form's in the office that runs it, and its report is
 * where any body takes its own desk's dossiers from). A room («Phòng Tổng hợp») or a kind alone («Văn phòng», «Sở»)
 * is the issuer's own. The passage is the rest of its sentence, or of its paragraph when a colon opens what was
 * supplied; a source named inside brackets speaks only to their close, unless a colon follows them.
 */
import { kindOf, normal } from "./vetoOwnAward";
import { namesOrganisation } from "./vetoPlace";

export interface Passage {
  from: number;
  to: number;
}

/** The source's name: up to a clause's end, a bracket, a verb or a number. */
const NAME = "([^,.;:()\\n\\d]{3,80}?)";
/** «(số liệu) do X cung cấp», «theo (số liệu|báo cáo|thống kê) (số …, ngày …) của X». */
const SOURCE = new RegExp(
  `(?<![\\p{L}])(?:do[ \\t]+${NAME}[ \\t]+cung cấp|theo[ \\t]+(?:số liệu|báo cáo|thống kê)(?:[ \\t]+(?:số|ngày)[^,.;:()\\n]{0,60}?)?[ \\t]+của[ \\t]+${NAME}(?=[ \\t]*(?:[,.;:()\\n]|$)))`,
  "giu",
);
/** Bodies that are parts of the issuer, not others: its rooms, «cơ quan» (the issuer itself). */
const OWN_PARTS: ReadonlySet<string> = new Set(["phòng", "cơ quan"]);

/**
 * The passages of `text` whose figures another body supplied. `header` is the header's capitals (documentHeader.ts
 * `lines`), `reported` the title's reported body (reportedBody.ts), `organisations` the ways the form names its own
 * organisations (lower case). Empty when the header names no body: with no issuer, no source is surely another.
 */
export function foreignSourcedPassages(text: string, header: readonly string[], reported: string | null, organisations: readonly string[]): Passage[] {
  if (header.length === 0) return [];
  const own = [new Set(header.join(" ").split(" ")), new Set((reported ?? "").split(" "))];
  const passages: Passage[] = [];
  // The text as the recognizer holds it (NFC already): the passages' offsets are the numbers'.
  for (const m of text.matchAll(SOURCE)) {
    const name = normal(m[1] ?? m[2]!);
    const kind = kindOf(name);
    if (kind === null || OWN_PARTS.has(kind) || name === kind) continue;
    if (own.some((words) => name.split(" ").every((w) => words.has(w)))) continue;
    if (organisations.length > 0 && namesOrganisation(name, organisations)) continue;
    const from = m.index + m[0].length;
    passages.push({ from, to: passageEnd(text, from) });
  }
  return passages;
}

/** Where the passage opened at `from` ends: its sentence, its bracket, or its paragraph when a colon opens it. */
function passageEnd(text: string, from: number): number {
  const lineEnd = text.indexOf("\n", from);
  const paragraphEnd = lineEnd === -1 ? text.length : lineEnd;
  let depth = 0;
  for (let i = from; i < paragraphEnd; i++) {
    const c = text[i];
    if (c === ":") return paragraphEnd;
    if (c === "(") depth++;
    else if (c === ")") {
      if (depth > 0) depth--;
      else return /^\)[ \t]*:/u.test(text.slice(i, i + 4)) ? paragraphEnd : i;
    } else if (c === "." && /\s/u.test(text[i + 1] ?? " ")) return i;
  }
  return paragraphEnd;
}

/** The number at `start` lies in one of the passages. */
export function inPassage(passages: readonly Passage[], start: number): boolean {
  return passages.some((p) => start >= p.from && start < p.to);
}
