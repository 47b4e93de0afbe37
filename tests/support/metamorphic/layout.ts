/**
 * Layouts the same report arrives in: other bullet marks (or none), headings in capitals, lines hard-wrapped at about
 * 70 columns as text copied from a PDF, paragraphs of a section in another order. Table rows (tab or «|» cells) are
 * kept whole and in place: a table's shape is not a clerk's wording.
 */
import { bodyStart, isBullet, isHeading, isTableRow, type Rewrite } from "./text";

/** Every bullet mark replaced by its image under `marks` (levels stay apart: «-» and «+» never become one mark). */
export const bulletsAs =
  (marks: Readonly<Record<string, string>>): Rewrite =>
  (text) =>
    text.replace(/^(\s*)([-+•–▪*·])(\s)/gmu, (m: string, indent: string, mark: string, space: string) =>
      mark in marks ? (marks[mark] === "" ? indent : `${indent}${marks[mark]}${space}`) : m,
    );

export const bulletsSwapped = bulletsAs({ "-": "+", "+": "-" });
export const bulletsTypographic = bulletsAs({ "-": "•", "+": "▪", "•": "–" });
export const bulletsEnDash = bulletsAs({ "-": "–", "+": "-" });
export const bulletsNone = bulletsAs({ "-": "", "+": "", "•": "", "–": "", "▪": "", "*": "", "·": "" });

/** A heading without figures after its mark, in capitals (as many offices set them). */
export const headingsCapitals: Rewrite = (text) =>
  text
    .split("\n")
    .map((line) => (isHeading(line) && !isTableRow(line) && line.length <= 100 && !/\d/.test(line.replace(/^\s*[\d.]+/, "")) ? line.toUpperCase() : line))
    .join("\n");

/** Long lines broken at the last space before ~70 columns, never inside a number written «9 780». */
export const hardWrapped: Rewrite = (text) => text.split("\n").map((line) => (isTableRow(line) ? line : wrap(line, 70))).join("\n");

function wrap(line: string, width: number): string {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    let at = -1;
    for (let i = Math.min(width, rest.length - 1); i > width / 2; i--) {
      if (rest[i] === " " && !(/\d/.test(rest[i - 1] ?? "") && /\d/.test(rest[i + 1] ?? ""))) {
        at = i;
        break;
      }
    }
    if (at < 0) break;
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out.join("\n");
}

/**
 * Paragraphs of each section in another (seeded) order. A block is a paragraph with what hangs from it: a lead ending
 * in «:» with its list or table, and lines that continue it («Trong đó», «Riêng», a lower-case start, a «+» under «-»).
 */
export const paragraphsReordered: Rewrite = (text, random) => {
  const lines = text.split("\n");
  const start = bodyStart(lines);
  const out = lines.slice(0, start);
  let section: string[][] = [];
  const flush = () => {
    for (let i = section.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const a = section[i] ?? [];
      section[i] = section[j] ?? [];
      section[j] = a;
    }
    for (const block of section) out.push(...block);
    section = [];
  };
  for (const line of lines.slice(start)) {
    if (isHeading(line) && !isTableRow(line)) {
      flush();
      out.push(line);
      continue;
    }
    const block = section[section.length - 1];
    if (block && hangs(line, block)) block.push(line);
    else section.push([line]);
  }
  flush();
  return out.join("\n");
};

/** About the shortest line a PDF's page width leaves before a wrap. */
const WRAPPED_WIDTH = 55;

function hangs(line: string, block: readonly string[]): boolean {
  if (line.trim() === "") return true;
  const filled = block.filter((l) => l.trim() !== "");
  const last = filled[filled.length - 1] ?? "";
  const lead = filled[0] ?? "";
  if (/[:：]\s*$/.test(last) || isTableRow(line) || isTableRow(last)) return true;
  // A line of a page's width that ends without a stop was wrapped (a report copied from a PDF): the next line is the
  // rest of its paragraph, whatever its first letter.
  if (last.length >= WRAPPED_WIDTH && !/[.!?;:。…]["”»)]*\s*$/.test(last)) return true;
  if (/^\s*\+/.test(line) && !/^\s*\+/.test(lead)) return true;
  if (isBullet(line) && /[:：]\s*$/.test(lead)) return true;
  return /^\s*(?:\p{Ll}|\(|Trong đó|Trong số|Riêng|Còn lại|Cụ thể|Bao gồm|Gồm|Số còn lại|Ngoài ra|Bên cạnh đó|Đồng thời|Như vậy|Theo đó|Tổng cộng|Cộng)/u.test(line);
}
