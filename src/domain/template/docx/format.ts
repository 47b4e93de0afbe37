/**
 * Nghị định 30/2020/NĐ-CP formatting for each paragraph role, in WordprocessingML units:
 * sizes in half-points, spacing and indents in twentieths of a point (twips; 1 cm = 567).
 */
import type { Role } from "../types";
import { el, val } from "./xml";

export interface Format {
  /** Font size in points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
  align: "center" | "both" | "left";
  /** First-line indent in twips. */
  firstLine?: number;
  before?: number;
  after?: number;
}

const pt = (points: number) => points * 20;
/* 1,27 cm: the first-line indent of body text. */
const INDENT = 720;
const BODY: Format = { size: 14, align: "both", firstLine: INDENT, after: pt(6) };
const HEADING: Format = { ...BODY, bold: true };

export const FORMATS: Readonly<Record<Role, Format>> = {
  governingBody: { size: 13, align: "center" },
  officeName: { size: 13, bold: true, align: "center" },
  symbol: { size: 13, align: "center", before: pt(6) },
  // 12 pt with a 13 pt Tiêu ngữ, as most offices set them; 13 pt fits too but fills the column edge to edge.
  nationalName: { size: 12, bold: true, align: "center" },
  motto: { size: 13, bold: true, align: "center" },
  placeDate: { size: 14, italic: true, align: "center", before: pt(6) },
  docType: { size: 14, bold: true, align: "center", before: pt(18) },
  summary: { size: 14, bold: true, align: "center" },
  heading1: HEADING,
  heading2: HEADING,
  heading3: HEADING,
  body: BODY,
  // A blank line's worth of space between the last paragraph and the closing block.
  recipientsTitle: { size: 12, bold: true, italic: true, align: "left", before: pt(12) },
  recipient: { size: 11, align: "left" },
  signerTitle: { size: 14, bold: true, align: "center", before: pt(12) },
  // Room above the name for the signature and the seal.
  signerName: { size: 14, bold: true, align: "center", before: pt(72) },
};

/** The paragraph style of a role: a named style Word shows in its gallery, carrying all of the role's formatting. */
export const styleId = (role: Role): string => `Bcdc${role[0]!.toUpperCase()}${role.slice(1)}`;

const HEADINGS: ReadonlySet<Role> = new Set(["heading1", "heading2", "heading3"]);

const FONT = "Times New Roman";

function runProps(format: Format): string {
  return el(
    "w:rPr",
    {},
    // Repeated from the document defaults: inserted into an open document (body.insertOoxml), a style keeps only
    // what it states itself and takes the rest from that document's Normal style (Aptos or Calibri, English).
    el("w:rFonts", { "w:ascii": FONT, "w:hAnsi": FONT, "w:cs": FONT, "w:eastAsia": FONT }),
    format.bold ? el("w:b") : "",
    format.italic ? el("w:i") : "",
    val("w:sz", format.size * 2),
    val("w:szCs", format.size * 2),
    el("w:lang", { "w:val": "vi-VN", "w:eastAsia": "vi-VN" }),
  );
}

function paragraphProps(role: Role, format: Format): string {
  return el(
    "w:pPr",
    {},
    // A heading stays on the page of the paragraph it introduces.
    HEADINGS.has(role) ? el("w:keepNext") : "",
    // Single line spacing stated here too, for the same reason as the fonts (Word's Normal has 1,08 lines).
    el("w:spacing", { "w:before": format.before ?? 0, "w:after": format.after ?? 0, "w:line": 240, "w:lineRule": "auto" }),
    format.firstLine ? el("w:ind", { "w:firstLine": format.firstLine }) : "",
    val("w:jc", format.align),
  );
}

/*
 * Formatting lives in styles rather than on each run: Word users can restyle a whole role at once, and LibreOffice
 * renders a plain-text control's text with the paragraph style's font, ignoring the run's own bold.
 */
export function roleStyles(): string {
  return (Object.entries(FORMATS) as [Role, Format][])
    .map(([role, format]) =>
      el(
        "w:style",
        { "w:type": "paragraph", "w:customStyle": 1, "w:styleId": styleId(role) },
        val("w:name", `BCDC ${role}`),
        val("w:basedOn", "Normal"),
        el("w:qFormat"),
        paragraphProps(role, format),
        runProps(format),
      ),
    )
    .join("");
}
