/**
 * A row whose label names its cells in order: «Biên chế công chức (giao / hiện có)⇥52⇥47⇥90,38» under «Kế hoạch⇥Thực
 * hiện⇥Tỷ lệ (%)». The bracket's names, one per figure, say what each cell is more nearly than the column's header:
 * the first is the quota «giao» (the plan column holds it, as the clerk's own note says), the second what is «hiện
 * có». A cell so named is labelled by the row's words with its own name, and the column's header says nothing of it
 * (tableGrid.ts tableCell).
 */

/** «(giao / hiện có)», «(được giao/có mặt)» at the label's end: two to four names of one to four words. */
const NAMES = /^(?<base>[^()]*\p{L}[^()]*?)\s*\(\s*(?<names>[^()/\d]{1,30}(?:\/[^()/\d]{1,30}){1,3})\s*\)\s*$/u;
const NAME = /^\p{L}+(?:\s+\p{L}+){0,3}$/u;
const FIGURE = /^\s*\d[\d.,\s\u00a0]*\s*$/;

/**
 * The label of the cell at `column` when its row's label names its cells: the label's words before the bracket and
 * the cell's own name. `percentColumn(c)` tells a share's column, which no name counts. Null when the names and the
 * row's figures do not pair one for one, in order, right after the label.
 */
export function cellNamedByRow(cells: readonly string[], labelColumn: number, column: number, percentColumn: (c: number) => boolean): string | null {
  const m = NAMES.exec(cells[labelColumn]?.trim() ?? "");
  if (!m) return null;
  const names = m.groups!["names"]!.split("/").map((n) => n.trim());
  if (!names.every((n) => NAME.test(n))) return null;
  const figures: number[] = [];
  for (let c = labelColumn + 1; c < cells.length; c++) {
    const cell = cells[c]!.trim();
    if (cell === "") continue;
    if (!FIGURE.test(cell)) return null;
    if (!percentColumn(c)) figures.push(c);
  }
  if (figures.length !== names.length) return null;
  const at = figures.indexOf(column);
  return at === -1 ? null : `${m.groups!["base"]!.trim()} ${names[at]!}`;
}
