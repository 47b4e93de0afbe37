/**
 * A short form with several readings, read use by use where one document means it two ways: «giao 49 CC, có mặt 46
 * CC» (công chức) and «LLCT: CC 12, TC 18» (cao cấp) in one report, «TC» trung cấp beside «LLCT» and tố cáo in
 * «05 đơn (03 KN, 02 TC)». abbreviations.ts reads a short form one way for the whole document when every use that
 * says anything agrees, and no way when they disagree; then each use whose own words say one reading is read so,
 * and a use whose words say nothing, or say two readings, stays unread (never guessed: a wrong reading would bind
 * a figure to the wrong field).
 *
 * Words are compared by syllables with no place attached (words.ts), so a use is told apart by its spelling: it is
 * written over, one character for one, with a token of letters no Vietnamese text holds, and that token is read as
 * the use's reading. What the clerk is shown quotes the document as written (recognize.ts: toneless.asWritten).
 */
import { readingOf, severalReadingUses } from "./abbreviations";

type Reading = [string[], string[]];

/** Capital letters of Latin Extended-B no Vietnamese (nor English) text is written with: a token's letters. */
const POOL = "ƁƆƊƎƏƐƓƔƖƗƜƝƟƩƱƲƷƸƼǷ";
const HAS_POOL = new RegExp(`[${POOL}${POOL.toLowerCase()}]`, "u");

export interface UsesRead {
  text: string;
  readings: Reading[];
}

/** The text with each use told apart written as its token, and the tokens' readings; `whole` are those read for the document. */
export function readUsesApart(text: string, whole: ReadonlySet<string>): UsesRead {
  if (HAS_POOL.test(text)) return { text, readings: [] };
  const uses = [...severalReadingUses(text)].filter((u) => !whole.has(u.key));
  const told = new Map<string, Set<number>>();
  for (const u of uses) if (u.says !== null) told.set(u.key, (told.get(u.key) ?? new Set()).add(u.says));
  const tokens = new Map<string, string>();
  const readings: Reading[] = [];
  const pieces: string[] = [];
  let last = 0;
  for (const u of uses) {
    // Only a short form its document reads two ways («CC» read one way throughout is abbreviations.ts's), and not
    // one glued to a figure («52HS»: numbers.ts reads that unit by its letters).
    if (u.says === null || (told.get(u.key)?.size ?? 0) < 2 || /\d/.test(text[u.start - 1] ?? "")) continue;
    const id = `${u.written}|${u.says}`;
    let token = tokens.get(id);
    if (token === undefined) {
      const made = tokenOf(tokens.size, u.written.length);
      if (made === null) continue;
      token = made;
      tokens.set(id, token);
      readings.push([[token.toLowerCase()], readingOf(u.key, u.says)]);
    }
    pieces.push(text.slice(last, u.start), token);
    last = u.start + u.written.length;
  }
  if (pieces.length === 0) return { text, readings: [] };
  pieces.push(text.slice(last));
  return { text: pieces.join(""), readings };
}

/** The `n`th token of `length` letters (digits of `n` in the pool's base), or null past the tokens there are. */
function tokenOf(n: number, length: number): string | null {
  let rest = n;
  let token = "";
  for (let i = 0; i < length; i++) {
    token = POOL[rest % POOL.length]! + token;
    rest = Math.floor(rest / POOL.length);
  }
  return rest === 0 ? token : null;
}
