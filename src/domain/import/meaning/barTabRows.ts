/**
 * A table typed by hand with «|» between its cells and tabs to line the bars up: «Kỳ⇥⇥| Tiến sĩ⇥| Thạc sĩ» over
 * «Quý II/2025⇥| 01⇥| 19». Its cells are what the bars part; the tabs are only padding, and a wider label pads with
 * two («Kỳ⇥⇥|») where a longer one pads with one. Read by its tabs, such a table has a cell too many in its header and
 * figures «| 01» that are no numbers alone, so no column's header reaches its figures. Read back as tabs between the
 * bars' cells (tableGrid.ts's rows), each figure stands under its own column.
 *
 * Only a block of two or more lines, each with both tabs and bars and the same number of bars, every bar with white
 * space before it: a table's lines are written alike. A tab row whose cell holds a bar in its words («A|B»), or a
 * line alone, is left as written. The text keeps its length (a tab becomes a space, a bar a tab), so every offset
 * found in it is the document's.
 */

/** A bar that parts cells: at the line's start, or after white space (the padding before it). */
const BAR = /(?:^|(?<=[ \t]))\|/gu;

function bars(line: string): number | null {
  if (!line.includes("\t") || !line.includes("|")) return null;
  const parting = line.match(BAR)?.length ?? 0;
  // Every bar parts cells, or the line is no such row.
  return parting === line.split("|").length - 1 ? parting : null;
}

export function barTabRows(text: string): string {
  if (!/\t/.test(text) || !text.includes("|")) return text;
  const lines = text.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const count = bars(lines[i]!);
    let j = i + 1;
    if (count !== null) while (j < lines.length && bars(lines[j]!) === count) j++;
    if (count === null || j - i < 2) {
      out.push(...lines.slice(i, j));
      i = j;
      continue;
    }
    for (let k = i; k < j; k++) out.push(lines[k]!.replace(/\t/g, " ").replace(/\|/g, "\t"));
    i = j;
  }
  return out.join("\n");
}
