/**
 * The body a report is about is not always the body whose header it bears: a People's Committee issues «Báo cáo kết
 * quả thực hiện dân chủ trong hoạt động của Văn phòng HĐND và UBND đặc khu» under its own header, and the figures are
 * its office's. The title's «trong hoạt động của <body>» names the reported body when it names a kind of body; «trong
 * hoạt động của cơ quan» (the issuer itself) and a title naming none leave the header's issuer. Language knowledge
 * only: no field is named.
 */
import { kindOf, normal } from "./vetoOwnAward";

/** Where the title's subject ends: its period, a line end. */
const OF_BODY = /trong hoạt động của\s+([^\n]{1,120}?)(?=\s+(?:quý|năm|tháng|sáu tháng|6 tháng|đợt|kỳ)(?![\p{L}])|\s*\n|$)/iu;
/** How far the title may stand from the text's opening. */
const TITLE_REACH = 1200;

/** The reported body (lower case, as vetoOwnAward.normal writes it), or the header's issuer (`issuer`). */
export function reportedBody(text: string, issuer: string | null): string | null {
  const m = OF_BODY.exec(text.slice(0, TITLE_REACH).normalize("NFC"));
  if (!m) return issuer;
  const body = normal(m[1]!);
  const kind = kindOf(body);
  return kind !== null && kind !== "cơ quan" ? body : issuer;
}
