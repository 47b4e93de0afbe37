/** Opens a .docx the way a test needs it: each XML part parsed strictly, plus helpers to read WordprocessingML. */
import JSZip from "jszip";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export async function openPart(docx: Uint8Array, path: string): Promise<Document> {
  const zip = await JSZip.loadAsync(docx);
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is missing from the package`);
  return parseXml(await file.async("string"));
}

/** Parses XML and throws on any well-formedness error (DOMParser reports them as a parsererror element). */
export function parseXml(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`Malformed XML: ${error.textContent}`);
  return doc;
}

export const all = (node: Document | Element, local: string): Element[] => Array.from(node.getElementsByTagNameNS(W, local));
export const wAttr = (node: Element | undefined, name: string): string | null => node?.getAttributeNS(W, name) ?? null;
export const child = (node: Element, local: string): Element | undefined => all(node, local)[0];

/** The text of a paragraph or control, as Word shows it. */
export const textOf = (node: Element): string => all(node, "t").map((t) => t.textContent).join("");

/** The content controls of the document, as tag → texts and the aliases they carry. */
export function controls(doc: Document): { tag: string; alias: string | null; text: string; id: string | null; plainText: boolean }[] {
  return all(doc, "sdt").map((sdt) => ({
    tag: wAttr(child(sdt, "tag"), "val") ?? "",
    alias: wAttr(child(sdt, "alias"), "val"),
    id: wAttr(child(sdt, "id"), "val"),
    plainText: child(sdt, "text") !== undefined,
    text: textOf(child(sdt, "sdtContent")!),
  }));
}
