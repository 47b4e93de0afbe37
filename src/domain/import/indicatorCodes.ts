/**
 * A report filled in against a set of indicators gives every item the indicator's code before it, as the set
 * numbers them: «- (CT 01) Năm của số liệu biên chế: 2025.», «- (CT 02) Biên chế công chức được giao: 61.», and cites
 * them in its text («số viên chức nêu tại CT 05», «nhóm chỉ tiêu CT 13 - CT 28»). A code is a name, not a count: its
 * number stands between the item's words and its figure (the figure's words are read back to the number before it)
 * and repeats another figure's value («(CT 30)» beside «trung cấp 30»), so codes are read as blank, one character for
 * one, and every offset found in the text stays the document's.
 *
 * A code is a short run of capitals and a number of one to three digits, in brackets at an item's start (after its
 * bullet, if any); a document uses such codes when three lines or more open with the same capitals and different
 * numbers. Then every «CT nn» of the document, bracketed or not, is a code. One line so opened, or capitals that name
 * something with a number only here and there («(NĐ 111)», «(QĐ 12)»), is left as written.
 */

/** An item opening with a bracketed code: its bullet, the capitals, the number. */
const LEADING = /^[ \t]*(?:[-+•–*][ \t]*)?[([][ \t]*(\p{Lu}{2,5})[ \t.-]?(\d{1,3})[ \t]*[)\]](?=[ \t:.])/gmu;
/** Lines that must open with one code's capitals for the document to be coded so. */
const MIN_ITEMS = 3;

export function withoutIndicatorCodes(text: string): string {
  if (!text.includes("(") && !text.includes("[")) return text;
  const numbers = new Map<string, Set<string>>();
  for (const m of text.matchAll(LEADING)) {
    const seen = numbers.get(m[1]!) ?? new Set<string>();
    numbers.set(m[1]!, seen.add(String(Number(m[2]!))));
  }
  const codes = [...numbers].filter(([, seen]) => seen.size >= MIN_ITEMS).map(([letters]) => letters);
  if (codes.length === 0) return text;
  const code = new RegExp(`[([][ \\t]*(?:${codes.join("|")})[ \\t.-]?\\d{1,3}[ \\t]*[)\\]]|(?<![\\p{L}\\p{M}\\d])(?:${codes.join("|")})[ \\t.-]?\\d{1,3}(?![\\p{L}\\p{M}\\d])`, "gu");
  return text.replace(code, (written) => " ".repeat(written.length));
}
