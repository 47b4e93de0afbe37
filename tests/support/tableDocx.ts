/**
 * Word tables built as .docx (w:gridSpan for a cell spanning columns, w:vMerge for one merged down) and read as
 * `npm run check` reads them, for recognition tests of table shapes the corpus lacks.
 */
import JSZip from "jszip";
import { textFromDocx } from "../../src/domain/import/docx/docxText";
import { recognizeFigures } from "../../src/domain/import/recognize";
import { escapeXml, W_NS } from "../fixtures/corpus/tools/docxPackage";
import { REPORT } from "./forms";

export type Cell = string | { text: string; span?: number; merge?: "restart" | "continue" };

const para = (text: string) => `<w:p>${text ? `<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : ""}</w:p>`;
const cell = (c: Cell) => {
  const { text, span, merge } = typeof c === "string" ? { text: c, span: undefined, merge: undefined } : c;
  const props = (span ? `<w:gridSpan w:val="${span}"/>` : "") + (merge ? `<w:vMerge${merge === "restart" ? ' w:val="restart"' : ""}/>` : "");
  return `<w:tc><w:tcPr>${props}</w:tcPr>${para(text)}</w:tc>`;
};
const table = (rows: Cell[][]) => `<w:tbl><w:tblPr/>${rows.map((r) => `<w:tr>${r.map(cell).join("")}</w:tr>`).join("")}</w:tbl>`;

/** A .docx of paragraphs (strings) and tables (rows of cells), in order. */
export async function docx(blocks: Array<string | Cell[][]>): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const body = blocks.map((b) => (typeof b === "string" ? para(b) : table(b))).join("");
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array" });
}

/** The first cell of a vertical merge, with its text; `under` is each cell it covers below. */
export const top = (text: string): Cell => ({ text, merge: "restart" });
export const under: Cell = { text: "", merge: "continue" };

/** The document's text as recognition reads it, and each field's bound texts (or its state when not bound). */
export async function recognise(blocks: Array<string | Cell[][]>) {
  const text = textFromDocx(await docx(blocks));
  const result = recognizeFigures(text, REPORT);
  return { text, value: (id: string) => { const r = result.get(id); return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state; } };
}

