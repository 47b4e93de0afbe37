/**
 * A department's dossiers, where its desk received them said in a bracket right after the body: «Hồ sơ thủ tục hành
 * chính thuộc thẩm quyền của Sở (tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh và qua dịch vụ công trực tuyến):
 * tiếp nhận 2.846 hồ sơ …». The bracket says the same as «Sở tiếp nhận tại Trung tâm …» (deskAtCentre.ts): the act of
 * receiving or settling, then «tại»/«ở» and the centre, is where the body's own dossiers were received, its desk, not
 * the centre's account. A bracket holding the centre's name alone after the body («Sở (Trung tâm PVHCC)») says no act
 * and stays an aside; so does one whose act is the centre's («Sở (Trung tâm … tiếp nhận 3.000 hồ sơ)»). Only the
 * body's dossiers («hồ sơ … của Sở») are so placed: a number's scope leaves brackets out (vetoPlace.ts scopeBefore),
 * so the dossiers' words before the bracket name the desk there, as a counter's do (deskAtCentre.ts).
 */

/**
 * The phrases of the (lower-case, NFC) text that name the body's desk so, each whole and without its bracket: «hồ sơ
 * …» up to the body, «(», the act (`act`, a pattern source, possibly passive), «tại»/«ở» and the centre (`centre`, a
 * pattern source). `body` is the body's name or kind as a pattern source.
 */
export function deskActInBracket(lowerText: string, body: string, act: string, centre: string): string[] {
  const re = new RegExp(
    `(?<![\\p{L}])(hồ sơ(?:[ \\t]+[^\\n().;:]{0,60}?)?[ \\t]+(?:${body}))[ \\t]*\\([ \\t]*${act}(?:tại|ở)[ \\t]+${centre}(?![\\p{L}])`,
    "gu",
  );
  return [...lowerText.matchAll(re)].flatMap((m) => [m[0], m[1]!]);
}
