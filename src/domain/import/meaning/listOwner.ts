/**
 * Whose units a list is: «UBND phường có 03 phòng chuyên môn (…; Văn phòng HĐND và UBND)» in the report of the
 * phường's Văn phòng lists the parent body's rooms, the office among them, not the office's own units. A list heading
 * opened by «có» after a body of a known kind that is not the issuing one («Văn phòng có 06 phòng» is the office's)
 * is that body's (lists.ts).
 */
import { documentHeader } from "./documentHeader";
import { kindOf, normal, ownHead } from "./vetoOwnAward";

/** The owner before «có», the whole clause before it: a bullet or item mark, then a body's name and nothing else. */
const OWNER = /^[ \t]*(?:[-+•*–][ \t]*|[a-zđ0-9]{1,2}[.)][ \t]*)?([^\n;:.,()]{2,60}?)[ \t]+có[ \t]*$/iu;

/** The list heading at `at`, opened by «có», states what another body has. */
export function anotherBodyHas(text: string, at: number): boolean {
  // The clause: from the line's start, a «;», a colon or a sentence's end.
  let from = at;
  while (from > 0 && at - from < 80 && !/[\n;:]/.test(text[from - 1]!) && !(text[from - 1] === " " && text[from - 2] === ".")) from--;
  const owner = OWNER.exec(text.slice(from, at));
  if (!owner) return false;
  const own = documentHeader(text).body;
  const body = normal(owner[1]!);
  return own !== null && kindOf(body) !== null && !ownHead(body, own);
}

/**
 * «Đơn vị sự nghiệp trực thuộc Sở gồm 03 đơn vị: …», «Cơ quan chuyên môn … thuộc UBND xã gồm 04 đơn vị: …»: the body
 * a heading puts its units under is the issuing one (its kind, and its words in the header's).
 */
export function isOwnBody(text: string, name: string): boolean {
  const own = documentHeader(text).body;
  return own !== null && ownHead(normal(name), own);
}
