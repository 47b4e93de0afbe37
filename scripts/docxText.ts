/**
 * The text of a .docx, one line per paragraph, the way Word shows it: runs joined, tabs and line breaks kept,
 * text inside content controls (w:sdt) and insertions counted, deleted text (w:delText) and field codes left out.
 * A table row is one line with its cells separated by tabs.
 */
import { DOMParser, onErrorStopParsing } from "@xmldom/xmldom";
import JSZip from "jszip";
import { readNumbering, type Numbering } from "./docxNumbering";

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

export async function textFromDocx(data: Uint8Array): Promise<string> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch (cause) {
    throw new Error(`không phải tệp .docx (không giải nén được: ${(cause as Error).message})`, { cause });
  }
  const entry = zip.file("word/document.xml");
  if (!entry) throw new Error("tệp .docx không có word/document.xml");
  const numberingXml = await zip.file("word/numbering.xml")?.async("string");
  const numbering = numberingXml ? readNumbering(numberingXml) : undefined;
  return paragraphsFromDocumentXml(await entry.async("string"), numbering).join("\n");
}

/** `numbering`: the labels of Word's automatic numbering, written before the paragraphs that carry w:numPr. */
export function paragraphsFromDocumentXml(xml: string, numbering?: Numbering): string[] {
  let document: XmlNode;
  try {
    document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, "text/xml") as unknown as XmlNode;
  } catch (cause) {
    throw new Error(`word/document.xml không đọc được: ${(cause as Error).message}`, { cause });
  }
  const paragraphs: string[] = [];
  labels = numbering ?? null;
  try {
    walk(document, paragraphs, null);
  } finally {
    labels = null;
  }
  return paragraphs;
}

/** The numbering of the document being read (one read at a time: the walk is synchronous). */
let labels: Numbering | null = null;

function numberLabel(p: XmlNode): string {
  if (!labels) return "";
  const pPr = Array.from(p.childNodes).find((c) => c.namespaceURI === W && c.localName === "pPr");
  const numPr = pPr && Array.from(pPr.childNodes).find((c) => c.namespaceURI === W && c.localName === "numPr");
  if (!numPr) return "";
  const value = (name: string) => {
    const el = Array.from(numPr.childNodes).find((c) => c.namespaceURI === W && c.localName === name) as unknown as
      | { getAttributeNS(ns: string, n: string): string | null }
      | undefined;
    return el?.getAttributeNS(W, "val") ?? null;
  };
  const numId = value("numId");
  // numId 0 removes numbering (§17.9.18).
  if (numId === null || numId === "0") return "";
  const label = labels.label(numId, Number(value("ilvl") ?? 0));
  return label ? `${label} ` : "";
}

/** `current` collects the text of the paragraph being read; a paragraph nested in a text box gets its own line. */
function walk(node: XmlNode, paragraphs: string[], current: string[] | null): void {
  const inW = node.namespaceURI === W;
  const name = node.localName ?? "";
  if (node.namespaceURI === MC && name === "Fallback") return; // the same text again, for older Word
  if (inW && SKIPPED.has(name)) return;
  // A table row is one line, its cells split by tabs: "Tiếp nhận⇥96⇥" reads like the sentence it stands for, and
  // recognition finds the row label and the column header of each figure (src/domain/import/meaning/candidates.ts).
  if (inW && name === "tr" && !current) {
    const cells: string[] = [];
    for (const child of Array.from(node.childNodes)) {
      if (child.namespaceURI !== W || child.localName !== "tc") continue;
      const inside: string[] = [];
      walk(child, inside, null);
      cells.push(inside.map((line) => line.replace(/\t/g, " ")).join(" ").trim());
    }
    paragraphs.push(cells.join("\t"));
    return;
  }
  if (inW && name === "p") {
    const own: string[] = [numberLabel(node)];
    for (const child of Array.from(node.childNodes)) walk(child, paragraphs, own);
    paragraphs.push(own.join(""));
    return;
  }
  if (current && inW) {
    if (name === "t") return void current.push(node.textContent ?? "");
    if (name === "tab" || name === "ptab") return void current.push("\t");
    if (name === "br" || name === "cr") return void current.push("\n");
    if (name === "noBreakHyphen") return void current.push("-");
  }
  for (const child of Array.from(node.childNodes)) walk(child, paragraphs, current);
}
