/**
 * A spreadsheet runs a cell starting with =, +, -, @ (and, in some, a tab or carriage return) as a formula: such
 * text gets a leading apostrophe, which Excel and LibreOffice show as text (OWASP "CSV injection").
 */
export function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
