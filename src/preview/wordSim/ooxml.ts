/**
 * Reads the Flat OPC package that `body.insertOoxml` receives into simulated paragraphs: every `w:p` becomes a
 * paragraph (table cells row by row, left to right, as Word's paragraph order has them), its runs become text and
 * every run-level `w:sdt` becomes a control with its `w:tag` and `w:alias`. A paragraph in a table cell keeps its
 * place: which table, the row (`w:tr`) and the cell in it (`w:tc`), and the nesting level, as Word.TableCell's
 * rowIndex/cellIndex and Paragraph.tableNestingLevel report them (WordApi 1.3; tables counted in document order,
 * a cell spanning columns (`w:gridSpan`) counted once, as one `w:tc`). Formatting, styles and list numbering
 * (`w:numPr`, which needs numbering.xml) are not modelled; the simulation keeps what the gateway reads back, and for
 * the preview's drawing each paragraph's style id and its cell's merges (`w:gridSpan`, `w:vMerge`).
 */
import { DOMParser } from "@xmldom/xmldom";
import { SimError } from "./simError";
import type { SimControlType, SimParagraph, SimRun, SimTableCell } from "./types";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const PKG = "http://schemas.microsoft.com/office/2006/xmlPackage";

type XmlElement = ReturnType<DOMParser["parseFromString"]>["documentElement"] & object;

const elements = (node: XmlElement): XmlElement[] =>
  Array.from(node.childNodes).filter((n): n is XmlElement => n.nodeType === 1);
const isW = (node: XmlElement, local: string) => node.namespaceURI === W && node.localName === local;
const firstW = (node: XmlElement, local: string) => elements(node).find((n) => isW(n, local));
const wVal = (node: XmlElement | undefined) => node?.getAttributeNS(W, "val") ?? "";

function invalid(message: string): SimError {
  return new SimError("InvalidArgument", message, "Body.insertOoxml");
}

/** The `w:body` of the package's main document part; Word rejects a package it cannot read. */
function documentBody(ooxml: string): XmlElement {
  let root: XmlElement | null;
  try {
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw invalid(`Malformed OOXML: ${message}`);
      },
    });
    root = parser.parseFromString(ooxml, "text/xml").documentElement;
  } catch (error) {
    throw error instanceof SimError ? error : invalid(`Malformed OOXML: ${String(error)}`);
  }
  if (!root || root.namespaceURI !== PKG || root.localName !== "package") throw invalid("Not a Flat OPC package.");
  const main = elements(root).find((part) => part.getAttributeNS(PKG, "name") === "/word/document.xml");
  const xmlData = main && elements(main).find((n) => n.namespaceURI === PKG && n.localName === "xmlData");
  const document = xmlData && elements(xmlData)[0];
  const body = document && isW(document, "document") ? firstW(document, "body") : undefined;
  if (!body) throw invalid("The package has no /word/document.xml with a w:body.");
  return body;
}

function textOf(node: XmlElement): string {
  if (isW(node, "t")) return node.textContent ?? "";
  if (isW(node, "tab")) return "\t";
  if (isW(node, "br") || isW(node, "cr")) return "\n";
  if (isW(node, "del") || isW(node, "rPr") || isW(node, "pPr") || isW(node, "sdtPr")) return "";
  return elements(node).map(textOf).join("");
}

function control(sdt: XmlElement): SimRun {
  const props = firstW(sdt, "sdtPr");
  const content = firstW(sdt, "sdtContent");
  const type: SimControlType = props && firstW(props, "text") ? "PlainText" : "RichText";
  return {
    tag: wVal(props && firstW(props, "tag")),
    title: wVal(props && firstW(props, "alias")),
    text: content ? textOf(content) : "",
    type,
  };
}

/** The runs of a paragraph; containers Word allows around runs (hyperlinks, insertions…) are read through. */
function runsOf(node: XmlElement, runs: SimRun[]): SimRun[] {
  for (const child of elements(node)) {
    if (isW(child, "pPr") || isW(child, "del")) continue;
    if (isW(child, "sdt")) runs.push(control(child));
    else if (isW(child, "r")) appendText(runs, textOf(child));
    else runsOf(child, runs);
  }
  return runs;
}

function appendText(runs: SimRun[], text: string): void {
  if (text === "") return;
  const last = runs[runs.length - 1];
  if (typeof last === "string") runs[runs.length - 1] = last + text;
  else runs.push(text);
}

function paragraph(p: XmlElement): SimParagraph {
  const props = firstW(p, "pPr");
  const style = wVal(props && firstW(props, "pStyle"));
  return style ? { runs: runsOf(p, []), style } : { runs: runsOf(p, []) };
}

/** How a cell joins its neighbours, as its `w:tcPr` says; a span past Word's 63 columns is drawn as one column. */
function merges(tc: XmlElement): Pick<SimTableCell, "span" | "merge"> {
  const props = firstW(tc, "tcPr");
  const spanOf = Number(wVal(props && firstW(props, "gridSpan")));
  const vMerge = props && firstW(props, "vMerge");
  return {
    ...(Number.isInteger(spanOf) && spanOf > 1 && spanOf <= 63 ? { span: spanOf } : {}),
    // An absent w:val means "continue" (ISO/IEC 29500-1 §17.4.85).
    ...(vMerge ? { merge: wVal(vMerge) === "restart" ? ("restart" as const) : ("continue" as const) } : {}),
  };
}

/** Block-level content in reading order: paragraphs, and the paragraphs of tables and block-level controls. */
function blocks(node: XmlElement, out: SimParagraph[], tables: { next: number }, cell: SimTableCell | null): SimParagraph[] {
  for (const child of elements(node)) {
    if (isW(child, "p")) out.push(cell ? { ...paragraph(child), table: cell } : paragraph(child));
    else if (isW(child, "tbl")) {
      const table = tables.next++;
      const level = (cell?.level ?? 0) + 1;
      elements(child)
        .filter((n) => isW(n, "tr"))
        .forEach((tr, row) =>
          elements(tr)
            .filter((n) => isW(n, "tc"))
            .forEach((tc, index) => blocks(tc, out, tables, { table, row, cell: index, level, ...merges(tc) })),
        );
    } else if (isW(child, "sdtContent")) blocks(child, out, tables, cell);
    else if (isW(child, "sdt")) {
      const content = firstW(child, "sdtContent");
      if (content) blocks(content, out, tables, cell);
    }
  }
  return out;
}

export function parseFlatOpc(ooxml: string): SimParagraph[] {
  return blocks(documentBody(ooxml), [], { next: 0 }, null);
}
