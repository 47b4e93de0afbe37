/**
 * A list a wording captured, written one name a line with no bullet: «Văn phòng có 06 tổ chức trực thuộc, gồm:» over
 * «Phòng Tổng hợp», «Phòng Kinh tế», … each a paragraph of its own, then «và 02 đơn vị sự nghiệp:» and its names down
 * to an empty line. The lines a page's width broke are joined before recognition (meaning/hardWraps.ts), so a line
 * break left inside a list is the clerk's own: it ends an item, whatever separator the form's sentence uses. Without
 * this the names were joined into one item with spaces, and a list closed by its heading's «II.» took the heading in.
 */

/**
 * A line that is one name: a capital first (after an item's number «1.», «a)»), short, no sentence in it; at most a
 * «;», «,» or «.» closing it. A list written in prose over two lines has separators inside its lines, or a line
 * going on in lower case, and is no such run.
 */
const NAME_LINE = /^[ \t]*(?:(?:\d{1,2}|\p{Ll})[.)][ \t]+)?\p{Lu}[^\n:;.!?]{0,119}?[ \t]*[;,.]?[ \t]*$/u;

/** A name line holding a separator inside it is an enumeration wrapped over lines, not one name. */
const INNER_SEPARATOR = /[,;][ \t]*\S/u;

function isNameLine(line: string): boolean {
  return NAME_LINE.test(line) && !INNER_SEPARATOR.test(line);
}

/** The lines of `text`, when it is two names or more one a line (empty lines around them aside); null otherwise. */
export function nameLines(text: string): string[] | null {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  return lines.length > 1 && lines.every(isNameLine) ? lines : null;
}

/**
 * Where a run of two name lines or more ends, when an empty line follows it: what comes after is the next part
 * («Nhà khách UBND tỉnh» then an empty line then «II. KẾT QUẢ …», whose «II.» a wording ending «{L}.» would take for
 * the list's full stop). The text's length otherwise: without the empty line the run is left as the wording found it.
 */
export function nameLinesEnd(text: string): number {
  const lines = text.split("\n");
  const first = lines[0]!.trim() === "" ? 1 : 0;
  let end = first === 1 ? lines[0]!.length + 1 : 0;
  let names = 0;
  for (const line of lines.slice(first)) {
    if (!isNameLine(line)) return names >= 2 && line.trim() === "" ? end - 1 : text.length;
    end += line.length + 1;
    names++;
  }
  return text.length;
}
