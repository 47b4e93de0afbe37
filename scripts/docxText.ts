/**
 * The text of a .docx, one line per paragraph, the way Word shows it: runs joined, tabs and line breaks kept,
 * text inside content controls (w:sdt) and insertions counted, deleted text (w:delText) and field codes left out.
 * A table row is one line with its cells separated by tabs; Word's automatic numbering is written as Word shows it.
 */
import { DOMParser, onErrorStopParsing } from "@xmldom/xmldom";
import { countMarkup, documentXmlTooLarge, documentXmlTooManyElements, LimitError, MAX_DOCUMENT_XML_ELEMENTS } from "../src/domain/limits";
import { readNumbering, type Numbering } from "./docxNumbering";
import { inflateEntry, ZipError } from "./docxZip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/* Properties hold no text but do hold w:tab (tab stops); deleted text and field codes are not what the reader sees. */
const SKIPPED = new Set(["pPr", "rPr", "sdtPr", "delText", "instrText"]);

interface XmlNode {
  nodeType: number;
  namespaceURI?: string | null;
  localName?: string | null;
  textContent?: string | null;
  childNodes: ArrayLike<XmlNode>;
}

/** Refused (ZipError, Vietnamese) when word/document.xml is declared or inflates past MAX_DOCUMENT_XML_BYTES. */
export async function textFromDocx(data: Uint8Array): Promise<string> {
  let xml: Uint8Array | null;
  try {
    xml = inflateEntry(data, "word/document.xml", documentXmlTooLarge);
  } catch (cause) {
    // A message that names the file's state already («tệp bị cắt dở…») stands alone; the zip's inner faults get the context.
    if (cause instanceof ZipError) throw new ZipError(/^tệp /.test(cause.message) ? cause.message : `không phải tệp .docx đọc được: ${cause.message}`, { cause });
    throw cause;
  }
  if (!xml) throw new ZipError("tệp .docx không có word/document.xml");
  const NUMBERING = "phần đánh số tự động (word/numbering.xml)";
  const numberingXml = inflateEntry(data, "word/numbering.xml", (bytes, declared) => documentXmlTooLarge(bytes, declared, NUMBERING));
  const numbering = numberingXml ? readNumbering(withinElements(new TextDecoder().decode(numberingXml), NUMBERING)) : undefined;
  return paragraphsFromDocumentXml(withinElements(new TextDecoder().decode(xml)), numbering).join("\n");
}

/** The XML, once its elements are counted (limits.ts: the XML DOM's memory grows with them, not with bytes). */
function withinElements(xml: string, part?: string): string {
  const refusal = documentXmlTooManyElements(countMarkup(xml, MAX_DOCUMENT_XML_ELEMENTS), part);
  if (refusal) throw new LimitError(refusal);
  return xml;
}

/** `numbering`: the labels of Word's automatic numbering, written before the paragraphs that carry w:numPr. */
export function paragraphsFromDocumentXml(xml: string, numbering?: Numbering): string[] {
  let document: XmlNode;
  try {
    document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, "text/xml") as unknown as XmlNode;
  } catch (cause) {
    // The parser's reason is English and may quote the file's bytes (NULs included); the cause keeps it.
    throw new Error("word/document.xml không phải XML hợp lệ (tệp hỏng hoặc không phải .docx của Word)", { cause });
  }
  const paragraphs: string[] = [];
  walk(document, paragraphs, null, numbering ?? null);
  return paragraphs;
}

/**
 * A node still to visit (its paragraphs go to `out`), the end of a paragraph (its text collected in `own`, pushed to
 * `out` once its children are done), or the end of a table row (each cell's paragraphs, joined into one line).
 */
type Step =
  | { node: XmlNode; current: string[] | null; out: string[] }
  | { close: string[]; out: string[] }
  | { row: string[][]; spans: number[]; out: string[] };

const element = (node: XmlNode, name: string): XmlNode | undefined =>
  Array.from(node.childNodes).find((c) => c.namespaceURI === W && c.localName === name);

/** How many grid columns a cell covers (w:tcPr/w:gridSpan, ECMA-376 §17.4.17); 1 when absent or unreadable. */
function gridSpan(tc: XmlNode): number {
  const span = element(element(tc, "tcPr") ?? tc, "gridSpan") as unknown as { getAttributeNS(ns: string, n: string): string | null } | undefined;
  const value = Number(span?.getAttributeNS(W, "val") ?? 1);
  // A grid has at most 63 columns in Word; a larger span is a damaged file, read as one column.
  return Number.isInteger(value) && value >= 1 && value <= 63 ? value : 1;
}

/** The label Word shows before a paragraph with w:numPr ("II. ", "a) ", "- "), counting it; "" otherwise. */
function numberLabel(p: XmlNode, numbering: Numbering | null): string {
  const numPr = numbering && element(element(p, "pPr") ?? p, "numPr");
  if (!numbering || !numPr) return "";
  const value = (name: string) =>
    (element(numPr, name) as unknown as { getAttributeNS(ns: string, n: string): string | null } | undefined)?.getAttributeNS(W, "val") ?? null;
  const numId = value("numId");
  // numId 0 removes numbering (ECMA-376 §17.9.18).
  if (numId === null || numId === "0") return "";
  const label = numbering.label(numId, Number(value("ilvl") ?? 0));
  return label ? `${label} ` : "";
}

/**
 * Depth first, in document order, with an explicit stack: a hostile document nested 100,000 deep must not overflow
 * the call stack. `current` collects the paragraph being read; a paragraph nested in a text box gets its own line.
 */
function walk(root: XmlNode, paragraphs: string[], first: string[] | null, numbering: Numbering | null): void {
  const stack: Step[] = [{ node: root, current: first, out: paragraphs }];
  const pushChildren = (node: XmlNode, current: string[] | null, out: string[]) => {
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]!, current, out });
  };
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ("close" in step) {
      step.out.push(step.close.join(""));
      continue;
    }
    if ("row" in step) {
      // A cell spanning columns (w:gridSpan) is followed by an empty cell per extra column, so each line has a cell
      // per grid column and a figure lines up with the header above it (meaning/tableGrid.ts reads the spans back).
      const cells = step.row.map((cell) => cell.map((line) => line.replace(/\t/g, " ")).join(" ").trim());
      step.out.push(cells.map((text, i) => text + "\t".repeat(step.spans[i]! - 1)).join("\t"));
      continue;
    }
    const { node, current, out } = step;
    const inW = node.namespaceURI === W;
    const name = node.localName ?? "";
    if (node.namespaceURI === MC && name === "Fallback") continue; // the same text again, for older Word
    if (inW && SKIPPED.has(name)) continue;
    // A table row is one line, its cells split by tabs: "Tiếp nhận⇥96⇥" reads like the sentence it stands for, and
    // recognition finds the row label and the column header of each figure (src/domain/import/meaning/candidates.ts).
    if (inW && name === "tr" && !current) {
      const cells = Array.from(node.childNodes).filter((c) => c.namespaceURI === W && c.localName === "tc");
      const row = cells.map((): string[] => []);
      stack.push({ row, spans: cells.map(gridSpan), out });
      for (let i = cells.length - 1; i >= 0; i--) stack.push({ node: cells[i]!, current: null, out: row[i]! });
      continue;
    }
    if (inW && name === "p") {
      const own: string[] = [numberLabel(node, numbering)];
      stack.push({ close: own, out });
      pushChildren(node, own, out);
      continue;
    }
    if (current && inW) {
      if (name === "t") {
        current.push(node.textContent ?? "");
        continue;
      }
      if (name === "tab" || name === "ptab") {
        current.push("\t");
        continue;
      }
      if (name === "br" || name === "cr") {
        current.push("\n");
        continue;
      }
      if (name === "noBreakHyphen") {
        current.push("-");
        continue;
      }
    }
    pushChildren(node, current, out);
  }
}
