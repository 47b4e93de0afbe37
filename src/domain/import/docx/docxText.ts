/**
 * The text of a .docx, one line per paragraph, the way Word shows it: runs joined, tabs and line breaks kept,
 * text inside content controls (w:sdt) and insertions counted, deleted text (w:delText) and field codes left out.
 * A table row is one line with its cells separated by tabs; Word's automatic numbering is written as Word shows it.
 * Footnotes and endnotes (word/footnotes.xml, word/endnotes.xml) come after the body, each on a line opening with
 * its mark, and the mark stands glued where the reference is, as a clerk types notes at a report's end
 * (meaning/endNotes.ts reads a note's figures where its mark is). The pane (comparison with an earlier .docx) and
 * `npm run check` read a .docx with this one reader.
 */
import { DOMParser, onErrorStopParsing } from "@xmldom/xmldom";
import { countMarkup, documentXmlTooLarge, documentXmlTooManyElements, LimitError, MAX_DOCUMENT_XML_ELEMENTS } from "../../limits";
import { inflateEntry, ZipError } from "../../zipEntry";
import { readNumbering, type Numbering } from "./docxNumbering";
import { NoteMarks, readNotes, type Notes } from "./docxNotes";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

/* Properties hold no text but do hold w:tab (tab stops); deleted text and field codes are not what the reader sees. */
const SKIPPED = new Set(["pPr", "rPr", "sdtPr", "delText", "instrText"]);

export interface XmlNode {
  nodeType: number;
  namespaceURI?: string | null;
  localName?: string | null;
  textContent?: string | null;
  childNodes: ArrayLike<XmlNode>;
}

/** A part of the .docx that is not well-formed XML (the message is Vietnamese; the parser's own is the cause). */
export class DocxXmlError extends Error {
  override readonly name = "DocxXmlError";
}

/** Refused (ZipError, LimitError, DocxXmlError; Vietnamese) when a part is past its limits or is not XML. */
export function textFromDocx(data: Uint8Array): string {
  let xml: Uint8Array | null;
  try {
    xml = inflateEntry(data, "word/document.xml", documentXmlTooLarge);
  } catch (cause) {
    // A message that names the file's state already («tệp bị cắt dở…») stands alone; the zip's inner faults get the context.
    if (cause instanceof ZipError) throw new ZipError(/^tệp /.test(cause.message) ? cause.message : `không phải tệp .docx đọc được: ${cause.message}`, { cause });
    throw cause;
  }
  if (!xml) throw new ZipError("tệp .docx không có word/document.xml");
  const numberingXml = optionalPart(data, "word/numbering.xml", "phần đánh số tự động (word/numbering.xml)");
  const numbering = numberingXml === null ? undefined : readNumbering(numberingXml);
  const footnotes = optionalPart(data, "word/footnotes.xml", "phần chú thích cuối trang (word/footnotes.xml)");
  const endnotes = optionalPart(data, "word/endnotes.xml", "phần chú thích cuối văn bản (word/endnotes.xml)");
  const notes: Notes = {
    footnotes: footnotes === null ? new Map() : readNotes(parse(footnotes, "word/footnotes.xml"), "footnote", (note, out) => walk(note, out, null, null, null)),
    endnotes: endnotes === null ? new Map() : readNotes(parse(endnotes, "word/endnotes.xml"), "endnote", (note, out) => walk(note, out, null, null, null)),
  };
  const marks = new NoteMarks(notes);
  const body = paragraphsFromDocument(parse(withinElements(new TextDecoder().decode(xml)), "word/document.xml"), numbering, marks);
  return [...body, ...marks.lines()].join("\n");
}

/** A part the document may lack, inflated within the same limits as word/document.xml and counted for elements. */
function optionalPart(data: Uint8Array, name: string, part: string): string | null {
  const bytes = inflateEntry(data, name, (size, declared) => documentXmlTooLarge(size, declared, part));
  return bytes === null ? null : withinElements(new TextDecoder().decode(bytes), part);
}

/** The XML, once its elements are counted (limits.ts: the XML DOM's memory grows with them, not with bytes). */
function withinElements(xml: string, part?: string): string {
  const refusal = documentXmlTooManyElements(countMarkup(xml, MAX_DOCUMENT_XML_ELEMENTS), part);
  if (refusal) throw new LimitError(refusal);
  return xml;
}

/** `numbering`: the labels of Word's automatic numbering, written before the paragraphs that carry w:numPr. */
export function paragraphsFromDocumentXml(xml: string, numbering?: Numbering): string[] {
  return paragraphsFromDocument(parse(xml, "word/document.xml"), numbering, null);
}

function parse(xml: string, part: string): XmlNode {
  const refused = () => `${part} không phải XML hợp lệ (tệp hỏng hoặc không phải .docx của Word)`;
  let document: XmlNode;
  try {
    document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, "text/xml") as unknown as XmlNode;
  } catch (cause) {
    // The parser's reason is English and may quote the file's bytes (NULs included); the cause keeps it.
    throw new DocxXmlError(refused(), { cause });
  }
  // The browser's parser (the pane's build, src/domain/xml/nativeXmlDom.ts) returns a <parsererror> instead of throwing.
  const found = document as unknown as { getElementsByTagName?: (name: string) => ArrayLike<unknown> };
  if ((found.getElementsByTagName?.("parsererror").length ?? 0) > 0) throw new DocxXmlError(refused());
  return document;
}

function paragraphsFromDocument(document: XmlNode, numbering: Numbering | undefined, marks: NoteMarks | null): string[] {
  const paragraphs: string[] = [];
  walk(document, paragraphs, null, numbering ?? null, marks);
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
function walk(root: XmlNode, paragraphs: string[], first: string[] | null, numbering: Numbering | null, marks: NoteMarks | null): void {
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
      // A layout row: a cell holding a table of its own (two tables set side by side in a layout table) is no row of
      // figures. Each cell's paragraphs and table rows are read in turn as lines of their own, as Word shows them.
      if (cells.some((c) => element(c, "tbl") !== undefined)) {
        for (let i = cells.length - 1; i >= 0; i--) stack.push({ node: cells[i]!, current: null, out });
        continue;
      }
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
      if (name === "footnoteReference" || name === "endnoteReference") {
        current.push(marks?.reference(node, name === "footnoteReference" ? "footnote" : "endnote") ?? "");
        continue;
      }
    }
    pushChildren(node, current, out);
  }
}
