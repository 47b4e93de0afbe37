/**
 * A table row is one line, its cells apart by tabs (docx/docxText.ts, and the tables read as rows in recognize.ts). A
 * wording's space matches any white space, so «{N} hồ sơ trễ và quá hạn» would read the last cell of one row
 * («- Rút, trả lại		244») with the label that opens the next («Hồ sơ trễ và quá hạn		61»): the next row's words
 * describe the next row's figure, never the number that ends the row above.
 */

/** The wording matched on past the line `valueEnd` ends, and that line is a table's row. */
export function wordingPastRowEnd(text: string, valueEnd: number, matchEnd: number): boolean {
  if (matchEnd <= valueEnd) return false;
  const rest = /^[ \t\u00a0]*\n/.exec(text.slice(valueEnd, Math.min(matchEnd, valueEnd + 200)));
  if (!rest) return false;
  const lineStart = text.lastIndexOf("\n", valueEnd - 1) + 1;
  return text.slice(lineStart, valueEnd).includes("\t");
}
