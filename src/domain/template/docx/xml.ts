/**
 * The smallest XML writer that cannot produce a broken document: every text and attribute goes through `escapeXml`,
 * which also drops characters XML 1.0 forbids (escaping cannot make them legal, and Word refuses the file).
 */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export type Attrs = Readonly<Record<string, string | number>>;

/** `<name a="1">children</name>`, or self-closing without children. Children are already XML. */
export function el(name: string, attrs: Attrs = {}, ...children: string[]): string {
  const attrText = Object.entries(attrs)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
  const inner = children.join("");
  return inner === "" ? `<${name}${attrText}/>` : `<${name}${attrText}>${inner}</${name}>`;
}

/** A WordprocessingML element whose only attribute is w:val, the most common shape. */
export const val = (name: string, value: string | number): string => el(name, { "w:val": value });

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export const NS = {
  w: "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
