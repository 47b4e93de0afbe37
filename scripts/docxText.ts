/**
 * The text of a .docx, one line per paragraph, the way Word shows it: runs joined, tabs and line breaks kept,
 * text inside content controls (w:sdt) and insertions counted, deleted text (w:delText) and field codes left out.
 */
import { DOMParser, onErrorStopParsing } from "@xmldom/xmldom";
import { documentXmlTooLarge } from "../src/domain/limits";
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
    if (cause instanceof ZipError) throw new ZipError(`không phải tệp .docx đọc được: ${cause.message}`, { cause });
    throw cause;
  }
  if (!xml) throw new ZipError("tệp .docx không có word/document.xml");
  return paragraphsFromDocumentXml(new TextDecoder().decode(xml)).join("\n");
}

export function paragraphsFromDocumentXml(xml: string): string[] {
  let document: XmlNode;
  try {
    document = new DOMParser({ onError: onErrorStopParsing }).parseFromString(xml, "text/xml") as unknown as XmlNode;
  } catch (cause) {
    throw new Error(`word/document.xml không đọc được: ${(cause as Error).message}`, { cause });
  }
  const paragraphs: string[] = [];
  walk(document, paragraphs, null);
  return paragraphs;
}

/** A node still to visit, or the end of a paragraph (its text collected in `own`, pushed once its children are done). */
type Step = { node: XmlNode; current: string[] | null } | { close: string[] };

/**
 * Depth first, in document order, with an explicit stack: a hostile document nested 100,000 deep must not overflow
 * the call stack. `current` collects the paragraph being read; a paragraph nested in a text box gets its own line.
 */
function walk(root: XmlNode, paragraphs: string[], first: string[] | null): void {
  const stack: Step[] = [{ node: root, current: first }];
  const pushChildren = (node: XmlNode, current: string[] | null) => {
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push({ node: node.childNodes[i]!, current });
  };
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ("close" in step) {
      paragraphs.push(step.close.join(""));
      continue;
    }
    const { node, current } = step;
    const inW = node.namespaceURI === W;
    const name = node.localName ?? "";
    if (node.namespaceURI === MC && name === "Fallback") continue; // the same text again, for older Word
    if (inW && SKIPPED.has(name)) continue;
    if (inW && name === "p") {
      const own: string[] = [];
      stack.push({ close: own });
      pushChildren(node, own);
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
    pushChildren(node, current);
  }
}
