/**
 * A table laid out with spaces (a plain-text export, a report typed in a fixed-width font): «Hồ sơ tiếp nhận
 * 24.918      27.355      52.273» under «Chỉ tiêu      Quý I/2026      Quý II/2026». Its columns are read as a tab
 * table's (tableGrid.ts) once each gap of three spaces or more between cells starts with a tab; so a cell under «Quý
 * I/2026» is known to be another period's, not the first number after the row's words. Only blocks of at least
 * three consecutive lines with two such gaps or more each, and short cells after the row's label, are taken as a
 * table: prose has no wide gaps between words, and one odd line is no table.
 *
 * One character for one (the gap's first space becomes a tab): every offset stays the document's. Runs after
 * spaceAligned.ts, on the blocks its stricter shape (cells under headers) leaves as written.
 */

/**
 * Three spaces or more between two cells (not the line's indent): a page copied from the web doubles spaces between
 * words («Văn phòng được giao  71  biên chế»), an aligned table pads its columns wider.
 */
const GAP = /(?<=\S) {3,}(?=\S)/g;
const MIN_GAPS = 2;
const MIN_ROWS = 3;
/** The cells after a row's label are figures or short headers, never a sentence. */
const MAX_CELL = 24;

function isRow(line: string): boolean {
  if (/\t|\|/.test(line) || (line.match(GAP)?.length ?? 0) < MIN_GAPS) return false;
  return line.trim().split(GAP).slice(1).every((cell) => cell.trim().length <= MAX_CELL);
}

export function wideGapTables(text: string): string {
  if (!text.includes("  ")) return text;
  const lines = text.split("\n");
  const rows = lines.map(isRow);
  let changed = false;
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && rows[j]) j++;
    if (j - i >= MIN_ROWS) {
      for (let k = i; k < j; k++) lines[k] = lines[k]!.replace(GAP, (gap) => `\t${gap.slice(1)}`);
      changed = true;
    }
    i = j === i ? i + 1 : j;
  }
  return changed ? lines.join("\n") : text;
}
