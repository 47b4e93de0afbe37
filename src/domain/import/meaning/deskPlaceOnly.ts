/**
 * A department's report that names the province's centre only as the place of its own desk («Sở thực hiện tiếp nhận,
 * trả kết quả hồ sơ thủ tục hành chính tại Trung tâm Phục vụ hành chính công tỉnh», deskAtCentre.ts) gives no account
 * of the centre: the centre is where its counter stands, not a body whose figures it quotes. Such a report is read as
 * one naming no province-wide body (ownDesk.ts): its dossiers, written as the issuer's or with no owner at all under a
 * part the issuer signs («PHỤ LỤC … của Sở Công Thương»), are its desk's. The desk phrases keep their body and act;
 * only the centre's name after «tại»/«ở» is taken out, so any other mention of the centre still counts as one.
 */

/** «tại» or «ở», and what follows it: the place in a desk's phrase. */
const AT = /(?<![\p{L}])(?:tại|ở)[ \t]+/u;

/** The (lower-case, NFC) text with the place of each desk phrase (deskAtCentre.ts) cut from it. */
export function withoutDeskPlaces(lowerText: string, deskPhrases: readonly string[]): string {
  let out = lowerText;
  for (const phrase of deskPhrases) {
    const at = AT.exec(phrase);
    if (at === null || phrase.includes("(")) continue;
    out = out.split(phrase).join(phrase.slice(0, at.index));
  }
  return out;
}
