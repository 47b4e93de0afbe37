/**
 * A line ending with «:» right above a table is that table's caption, and a date in it dates the table's figures:
 * «Biên chế công chức … theo từng phòng, đơn vị (số liệu đến ngày 31/5/2026):» above the staff table is no end date
 * of the centre's figures, while «Kết quả tiếp nhận, giải quyết hồ sơ TTHC từ ngày 15/3/2026 đến ngày 14/6/2026:»
 * above a table with a «Trung tâm Phục vụ hành chính công tỉnh» column is (750). Whose figures the table holds is
 * read from the caption and the table's first two rows, its header.
 */

/** The caption line holding `at` and the header rows of the table under it, lower case; null when it is no caption. */
export function tableUnderCaption(text: string, at: number): string | null {
  const lineEnd = text.indexOf("\n", at);
  if (lineEnd === -1) return null;
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (!/:[ \t]*$/u.test(text.slice(lineStart, lineEnd))) return null;
  const rows: string[] = [];
  let from = lineEnd + 1;
  while (rows.length < 2 && from < text.length) {
    const end = text.indexOf("\n", from);
    const line = text.slice(from, end === -1 ? text.length : end);
    if (!/[\t|]/u.test(line)) break;
    rows.push(line);
    if (end === -1) break;
    from = end + 1;
  }
  return rows.length > 0 ? [text.slice(lineStart, lineEnd), ...rows].join(" ; ").normalize("NFC").toLowerCase() : null;
}
