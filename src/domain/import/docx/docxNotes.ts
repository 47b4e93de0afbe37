/**
 * Word's footnotes and endnotes. The body holds only a reference (w:footnoteReference / w:endnoteReference with the
 * note's w:id); the note's text is in word/footnotes.xml or word/endnotes.xml (ECMA-376 Part 1, §17.11 "Footnotes and
 * Endnotes"). Word numbers the references in the order they stand, footnotes and endnotes apart (§17.11.17 numFmt,
 * §17.11.19 numStart); the separators Word keeps as notes of their own (w:type="separator", "continuationSeparator",
 * "continuationNotice") are no notes. A reference with w:customMarkFollows shows the clerk's own symbol, typed in the
 * run after it, and gets no number.
 * The marks are written «[1]» for footnotes and «(1)» for endnotes (Word shows endnotes as i, ii, … by default): the
 * reader needs the two kinds apart and in the forms clerks type at a report's end, not their exact glyphs. Word's
 * other numbering settings (restart per page or section, other formats) are not followed.
 */
import type { XmlNode } from "./docxText";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export type NoteKind = "footnote" | "endnote";

export interface Notes {
  /** The note's text by its w:id, paragraphs joined by a space; separators left out. */
  footnotes: Map<string, string>;
  endnotes: Map<string, string>;
}

interface Attributed {
  getAttributeNS(ns: string, name: string): string | null;
}

const attribute = (node: XmlNode, name: string): string | null => (node as unknown as Attributed).getAttributeNS?.(W, name) ?? null;

/** Each w:footnote (w:endnote) of the part with its text; `paragraphsOf` reads a note's paragraphs as the body's. */
export function readNotes(part: XmlNode, kind: NoteKind, paragraphsOf: (note: XmlNode, out: string[]) => void): Map<string, string> {
  const notes = new Map<string, string>();
  const stack: XmlNode[] = [part];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.namespaceURI === W && node.localName === kind) {
      const id = attribute(node, "id");
      if (id === null || attribute(node, "type") !== null) continue;
      const paragraphs: string[] = [];
      paragraphsOf(node, paragraphs);
      const text = paragraphs.map((p) => p.replace(/\s+/g, " ").trim()).filter((p) => p !== "").join(" ");
      if (text !== "") notes.set(id, text);
      continue;
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return notes;
}

const ON = new Set(["1", "true", "on"]);

/** Numbers the references in document order and gives, once the body is read, the notes' lines. */
export class NoteMarks {
  private readonly referenced: Array<{ kind: NoteKind; label: string; text: string }> = [];
  private readonly counts: Record<NoteKind, number> = { footnote: 0, endnote: 0 };
  private readonly seen = new Set<string>();

  constructor(private readonly notes: Notes) {}

  /** The mark Word shows for this reference, as written in the text («[2]», «(1)»); "" for a note not in the file. */
  reference(node: XmlNode, kind: NoteKind): string {
    const id = attribute(node, "id");
    const text = id === null ? undefined : (kind === "footnote" ? this.notes.footnotes : this.notes.endnotes).get(id);
    if (id === null || text === undefined || this.seen.has(`${kind}:${id}`)) return "";
    this.seen.add(`${kind}:${id}`);
    if (ON.has(attribute(node, "customMarkFollows") ?? "")) {
      // The clerk's own symbol follows in the text; the note keeps its place in the list without a mark of ours.
      this.referenced.push({ kind, label: "", text });
      return "";
    }
    const n = ++this.counts[kind];
    const label = kind === "footnote" ? `[${n}]` : `(${n})`;
    this.referenced.push({ kind, label, text });
    return label;
  }

  /** One line per referenced note in the order of its reference: the footnotes, then the endnotes (the document's end). */
  lines(): string[] {
    const ordered = [...this.referenced.filter((n) => n.kind === "footnote"), ...this.referenced.filter((n) => n.kind === "endnote")];
    return ordered.map(({ label, text }) => (label === "" ? text : `${label} ${text}`));
  }
}
