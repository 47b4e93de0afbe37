/**
 * `text.lastIndexOf(needle, from)` when the match starts at `lowest` or after, else -1 — reading only
 * [lowest, from + needle.length), never back to the text's start. A rule that wants a mark inside the number's line,
 * sentence or reach asks this: `text.lastIndexOf` from each number searches the whole text before it when the mark is
 * not there (a text without «. » or a blank line), which makes recognition quadratic in the text's length.
 */
export function lastIndexWithin(text: string, needle: string, from: number, lowest: number): number {
  const floor = Math.max(0, lowest);
  const at = text.slice(floor, Math.max(0, from) + needle.length).lastIndexOf(needle);
  return at === -1 ? -1 : floor + at;
}
