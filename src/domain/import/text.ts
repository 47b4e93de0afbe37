/** Plain-text helpers shared by the recognisers: line numbers and short quotes. */

/** Start offset of every line, so that many offsets can be turned into line numbers cheaply. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line of an offset, by binary search over lineStarts. */
export function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** Collapses the line breaks and runs of spaces a figure may span (a list broken across paragraphs). */
export function squashSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A quote short enough for a message. */
export function quote(text: string, max = 60): string {
  const flat = squashSpaces(text);
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

export function uniqueSorted(numbers: Iterable<number>): number[] {
  return [...new Set(numbers)].sort((a, b) => a - b);
}

/** Text to match literally inside a RegExp built from a form's or a document's words. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
