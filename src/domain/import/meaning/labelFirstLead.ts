/**
 * «Cao cấp lý luận chính trị 35; trung cấp 27; đang học 03»: a list whose first item names its kind in full and later
 * items only by the word that differs. The later item «trung cấp» stands where «cao cấp» stood, a sibling of the same
 * kind («… cấp», «… sĩ»): the rest of the first item's words («lý luận chính trị») are the later one's too; so they
 * are of a later item that names a state of a sibling («đang học cao cấp 06 đồng chí»). Read only
 * when the items before it are each words then a count, parted by «;» in one sentence.
 */
import { syllables } from "./words";

const FIRST = /^[ \t]*(?:[-+•*–][ \t]*)?([^\d;:()\n]+?)[ \t]+\d[\d.,]*[ \t]*(?:\([^()\n]*\))?[ \t]*;/u;
const ITEM = /^[ \t]*[^\d;:()\n]+?[ \t]+\d[\d.,]*[ \t]*(?:\([^()\n]*\))?[ \t]*$/u;
const OWN = /^[ \t]*([^\d;:()\n]+?)[ \t]*$/u;

/** The first item's words the item ending at `at` leaves unsaid, or "" when the shape is not this list's. */
export function labelFirstLead(text: string, sentence: number, at: number): string {
  const before = text.slice(sentence, at);
  const first = FIRST.exec(before);
  const lastSemi = before.lastIndexOf(";");
  if (!first || lastSemi < first[0].length - 1) return "";
  const own = OWN.exec(before.slice(lastSemi + 1));
  if (!own) return "";
  const between = before.slice(first[0].length, lastSemi);
  if (between.trim() !== "" && !between.split(";").every((item) => ITEM.test(item))) return "";
  const label = syllables(first[1]!);
  const mine = syllables(own[1]!);
  if (mine.length === 0 || mine.length >= label.length) return "";
  // A sibling of the first item's kind: the same last word («cao cấp» and «trung cấp»), or a state of one
  // («đang học cao cấp 06 đồng chí» after «Cao cấp lý luận chính trị 45»): the item ends where the kind's word stood.
  const kindEnd = mine.length - 1 < label.length - 1 && mine.at(-1) === label[mine.length - 1] ? mine.length - 1 : label.indexOf(mine.at(-1)!);
  if (kindEnd === -1 || kindEnd >= label.length - 1) return "";
  return label.slice(kindEnd + 1).join(" ");
}
