/**
 * A column headed only as the column of values — «Kết quả», «Kết quả thực hiện quý I/2025», «Số liệu», «Thực hiện
 * trong quý» — says what the column holds (this period's results, the answers to an outline), not what any number in
 * it is: its words are no description of a number (candidates.ts), and «kết quả», «thực hiện» in it do not make the
 * column another figure's (vetoTrailing.ts), though the form uses them in other figures' labels («trả kết quả»,
 * «đang thực hiện»). Whether the period it names is the report's is read apart (periodScope.ts).
 */
const PERIOD = /(?<![\p{L}])(?:trong\s+)?(?:quý|tháng|năm|kỳ(?:\s+báo\s+cáo)?)(?:\s+(?:[IVX]+|\d{1,2}(?!\d)))?(?:\s*(?:\/|năm)\s*\d{4})?(?![\p{L}])|(?<!\d)\d{4}(?!\d)/giu;
const VALUES = /^(?:kết quả(?: thực hiện| đạt được)?|thực hiện(?: được)?|số liệu|số lượng|giá trị)$/u;

/** Whether the header names nothing but the column's values and a period. */
export function valuesOnly(header: string): boolean {
  const rest = header.toLowerCase().replace(/\([^)]*\)/g, " ").replace(PERIOD, " ").replace(/[:.,/-]/g, " ").replace(/\s+/g, " ").trim();
  return VALUES.test(rest);
}
