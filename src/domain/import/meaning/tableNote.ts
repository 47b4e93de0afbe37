/**
 * A table's figures are often said whose they are only under it, in the sentence that follows the table: «Hồ sơ
 * TTHC nêu trên là hồ sơ tại Bộ phận Một cửa của Ban đặt tại Trung tâm …», «Số liệu trên đây là của …», «Các số liệu
 * tại Biểu 01 …». Such a sentence refers back to the table by words of «above» or by the table's name; it names the
 * organisation of every cell of the table, as a heading above it would. Only that sentence: the line right after the
 * table, past the table's own notes («(*) …», «Ghi chú: …»), its first sentence, brackets left out (as in a number's
 * scope, vetoPlace.ts). A table is a run of lines with tabs; a number outside one has no such note.
 */

/** Words that point back to what stands above: «nêu trên», «trên đây», «ở trên», «tại Biểu 01», «của bảng trên». */
const BACK = /(?<![\p{L}])(?:nêu trên|trên đây|ở trên|kể trên|tại biểu|trong biểu|tại bảng|trong bảng|của biểu|của bảng)(?![\p{L}])/u;
/** A table's own note under it: «(*) …», «* …», «Ghi chú: …», «Nguồn: …». */
const OWN_NOTE = /^\s*(?:\(\*+\)|\*+|\(\d\)|ghi chú|nguồn)/iu;
/** How many of the table's own notes may stand between it and the sentence. */
const NOTES = 3;

/** The sentence under the number's table that says whose its figures are (lower case), or "" when there is none. */
export function tableNoteAfter(text: string, start: number): string {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const end = text.indexOf("\n", start);
  if (end === -1) return "";
  if (!text.slice(lineStart, end).includes("\t")) return "";
  // Past the table's rows, then its own notes.
  let line = nextLine(text, end);
  while (line !== null && line.text.includes("\t")) line = nextLine(text, line.end);
  for (let n = 0; line !== null && n < NOTES && OWN_NOTE.test(line.text); n++) line = nextLine(text, line.end);
  if (line === null) return "";
  const first = /^[^.;\n]*/u.exec(line.text.normalize("NFC").toLowerCase())![0];
  return BACK.test(first) ? first.replace(/\([^()\n]*\)/g, " ") : "";
}

/** The line after the newline at `newline`, skipping empty lines; null at the text's end. */
function nextLine(text: string, newline: number): { text: string; end: number } | null {
  let from = newline + 1;
  while (from < text.length) {
    let end = text.indexOf("\n", from);
    if (end === -1) end = text.length;
    const line = text.slice(from, end);
    if (line.trim() !== "") return { text: line, end };
    from = end + 1;
  }
  return null;
}
