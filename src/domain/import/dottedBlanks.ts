/**
 * A form sent out to be filled in has dotted blanks, «Biên chế được giao: ………», and the clerk types the figure into
 * them: «……58……», «…..12…..», «tỷ lệ ……94,74……%», or after them, «……………… 61 người». The dots are no words: the figure
 * filled in is the figure of the words around the blank, as if the dots were spaces; a blank left empty («………»)
 * holds no figure, and its words find none in it. The dots are read as blank, one character for one, so every offset
 * found in the text is the document's; only the dots between a figure and its «%» are kept (numbers.ts reads
 * «94,74……%» as 94,74 %). A single «…» or «...» is prose's ellipsis, not a blank.
 */

/** A dotted blank: two «…» or more, or one with dots beside it, or four dots or more. */
const LEADER = /[….]*…[….]*…[….]*|…\.{2,}|\.{2,}…|(?<![\d.])\.{4,}/gu;

export function withoutDottedBlanks(text: string): string {
  if (!text.includes("…") && !text.includes("....")) return text;
  return text.replace(LEADER, (dots, at: number) => {
    // «94,74……%»: the dots between a figure and its sign stay, the sign is the figure's.
    if (/\d/.test(text[at - 1] ?? "") && text[at + dots.length] === "%") return dots;
    return " ".repeat(dots.length);
  });
}
