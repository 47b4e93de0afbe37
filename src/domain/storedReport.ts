/**
 * The figures, what the add-in last wrote, and the history of changes, kept inside the document as a Custom XML
 * Part so they travel with the file. Built and read with an XML DOM, so no user text is ever spliced into markup.
 */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { PeriodFigures } from "./comparison/periods";
import { countMarkup, MAX_STORED_CHARS, MAX_STORED_ELEMENTS } from "./limits";
import { checkAttribute, periodFromRoot, rootAttributes, STORED_ELEMENTS, type SchemaContext, type StoredElement } from "./storedSchema";
import type { FieldId, Period } from "./types";

/** Parts of every version share this prefix and end with the version: ":1" is this one's (the gateway's too). */
export const STORED_NAMESPACE_PREFIX = "urn:bcdc:bao-cao-dan-chu:";
export const STORED_VERSION = 1;
export const STORED_NAMESPACE = `${STORED_NAMESPACE_PREFIX}${STORED_VERSION}`;

/** Said by the pane, and by the gateway refusing to write, when the document's part is a newer version's. */
export const NEWER_VERSION_MESSAGE =
  "Văn bản này được tạo bằng phiên bản mới hơn của tiện ích: phiên bản này không ghi gì vào văn bản để không làm hỏng dữ liệu. Hãy cập nhật tiện ích.";

/** The version of one of our parts' namespace (a positive decimal integer), or null for anyone else's. */
export function storedVersionOf(namespace: string): number | null {
  if (!namespace.startsWith(STORED_NAMESPACE_PREFIX)) return null;
  const version = namespace.slice(STORED_NAMESPACE_PREFIX.length);
  return /^[1-9]\d{0,5}$/.test(version) ? Number(version) : null;
}

export interface HistoryEntry {
  field: FieldId;
  from: string;
  to: string;
  /** ISO time of the write. */
  at: string;
  by: string;
  /** The period the value belongs to (absent in entries saved before it was recorded; a quarter alone before walk44). */
  period?: Period;
  /**
   * A leader's review of the tracked change from → to; absent for the add-in's own writes. `kept`: the clerk's answer
   * to a total that does not add up (unconfirmedTotals.ts): the document's `from` stays, where the parts give `to`.
   */
  decision?: "accepted" | "rejected" | "kept";
}

/** A number bound by the clerk's own choice (StoredReport.chosen). */
export interface ChosenFigure {
  text: string;
  before?: string;
  place?: string;
}

export interface StoredReport {
  period: Period;
  /** What the clerk typed, as typed. */
  figures: Record<FieldId, string>;
  /** The text the add-in last wrote into the field's controls. */
  written: Record<FieldId, string>;
  history: HistoryEntry[];
  /**
   * Figures carried over by "Chuyển sang quý sau" that the clerk has not yet entered or confirmed for the new
   * quarter. Absent when there are none (and in reports saved before roll-over existed).
   */
  unconfirmed?: FieldId[];
  /**
   * Figures whose own style in the document («9 780», «8») the clerk chose to keep rather than rewrite in the official
   * style: not asked again. Absent when there are none.
   */
  keptStyles?: FieldId[];
  /**
   * Figures recognition left unclear that the clerk said the document does not state («Văn bản không nêu số này»):
   * not offered again. Absent when there are none.
   */
  notStated?: FieldId[];
  /**
   * Figures the last recognition left unclear that the clerk has neither chosen nor said the document does not state:
   * a pane opened again names them (its list of candidates is gone with the pane). Stored as `chuaRo` with the field's
   * id, written by recognition's own write; absent when there are none, and in parts saved before it was kept.
   */
  unclear?: FieldId[];
  /**
   * Numbers the clerk bound herself through the chooser («Gắn vào»): the number bound, what the form held before the
   * choice (absent: nothing), and the candidate's place. Kept so that a reopened pane still lists each choice with
   * its «Bỏ gắn» (walk52, 4). Stored as `daChon` (id, so, and truoc, cho when known); absent when there are none.
   */
  chosen?: Record<FieldId, ChosenFigure>;
  /**
   * The report form the figures belong to, as JSON text, with the version of the form format it is written in
   * (`<mauBaoCao phienBan="1">`): the document keeps its own form when the add-in's built-in one changes.
   */
  form?: { formatVersion: number; text: string };
  /** The clerk's choice to write figures as tracked changes, kept with the document; absent when never made. */
  trackChanges?: boolean;
  /**
   * Earlier periods' figures (kept at roll-over or read from an earlier report), for the comparison. Stored as one
   * flat `soLieuKy` element per figure (quy, nam, id attributes, and loaiKy, thang for other kinds than the quarter,
   * as on the root; the typed text as content). Absent when none.
   */
  periods?: PeriodFigures[];
  /**
   * The period the clerk chose in the pane and has not yet written into the document (a decision kept across closing
   * the pane, like the figures typed). Stored as `kyDangChon` with the root's period attributes. Absent when the pane
   * shows the document's own period.
   */
  chosenPeriod?: Period;
  /**
   * The sections the clerk had open in the pane's «Số liệu» tab (top-level section ids, in the order opened), so the
   * pane reopens as it was left, like the figures typed. Stored as `mucDangMo` with the ids in `cacMuc`, separated by
   * spaces (a form's section ids have none); empty when every section was closed; absent when never saved.
   */
  openSections?: string[];
  /**
   * The box the clerk was typing in when a pause in typing saved her figures (pane45): a pane closed then reopens with
   * her in it, where a pane she had left reopens at its top. Stored as `oDangNhap` with the field's id in `id`; absent
   * once she left the box.
   */
  typingIn?: string;
  /**
   * Rows this version does not know but another version of the add-in wrote (an element of our namespace not in the
   * schema, or a known one with an attribute it does not know): not read, since their meaning is not known here
   * (a month's figure read as its quarter's), and written back as they came, so a leader's decision recorded by a
   * newer version is not lost by an older one saving the document. Absent when there are none.
   */
  keptRows?: KeptRow[];
}

/** A row kept unread: its local name, its attributes (no namespace declarations) in document order, and its text. */
export interface KeptRow {
  name: string;
  attributes: [string, string][];
  text: string;
}

export function emptyStoredReport(period: Period): StoredReport {
  return { period, figures: {}, written: {}, history: [] };
}

/*
 * Characters XML 1.0 cannot hold, even as references: C0 controls other than tab, newline and return, U+FFFE/U+FFFF,
 * and halves of surrogate pairs. A serializer writes them as they are, and Word then refuses the part as not well
 * formed, failing the whole update. Word's manual line break (U+000B) comes along when text is copied from a document.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NOT_XML = /[\0-\x08\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The text as XML can store it and read it back unchanged: Word's line break and carriage returns become newlines
 * (an XML parser turns a raw CR into LF anyway), other impossible characters U+FFFD.
 */
export function xmlSafe(text: string): string {
  return text.replace(/\r\n?|\v/g, "\n").replace(NOT_XML, "\ufffd");
}

export function storedReportToXml(report: StoredReport): string {
  const doc = new DOMParser().parseFromString(`<baoCao xmlns="${STORED_NAMESPACE}"/>`, "text/xml");
  const root = doc.documentElement!;
  for (const [name, value] of Object.entries(rootAttributes(report.period))) root.setAttribute(name, value);
  // Only what the schema knows is written, and another version's rows as they came: what a read ignored is not in the
  // report, so it is never saved back.
  for (const element of STORED_ELEMENTS) {
    for (const { attributes, text } of element.write(report)) {
      const el = doc.createElementNS(STORED_NAMESPACE, element.name);
      for (const name of Object.keys(element.attributes)) el.setAttribute(name, xmlSafe(attributes[name] ?? ""));
      for (const name of Object.keys(element.optional ?? {})) if (attributes[name] !== undefined) el.setAttribute(name, xmlSafe(attributes[name]));
      if (element.text) el.appendChild(doc.createTextNode(xmlSafe(text ?? "")));
      root.appendChild(el);
    }
  }
  for (const row of report.keptRows ?? []) {
    const el = doc.createElementNS(STORED_NAMESPACE, row.name);
    for (const [name, value] of row.attributes) el.setAttribute(name, xmlSafe(value));
    if (row.text !== "") el.appendChild(doc.createTextNode(xmlSafe(row.text)));
    root.appendChild(el);
  }
  return new XMLSerializer().serializeToString(doc);
}

export type StoredRead =
  /**
   * Read; `ignored` says, in Vietnamese, what did not fit the schema and was left out; `kept`, the rows of another
   * version kept unread and written back (report.keptRows).
   */
  | { kind: "report"; report: StoredReport; ignored: string[]; kept: string[] }
  /** Written by a newer version of the add-in: not read, and never written over. */
  | { kind: "newer"; version: number }
  /** Past MAX_STORED_CHARS (or MAX_STORED_ELEMENTS, then `elements` says so): not read, and never written over. */
  | { kind: "tooLarge"; chars: number; elements?: number }
  /** Not ours, damaged, or without a valid period: the pane starts from the document's controls. */
  | { kind: "unreadable"; reason: string };

/** The reason given for a part that is someone else's (not a damaged one of ours). */
export const NOT_OURS = "không phải dữ liệu của tiện ích";

/** Without a form to ask, any id of the form's shape is accepted (tests, tools). */
const ANY_FIELD: SchemaContext = { isField: () => true };

/** Reads the stored part against the schema (storedSchema.ts); never throws. */
export function readStoredReport(xml: string, context: SchemaContext = ANY_FIELD): StoredRead {
  if (xml.length > MAX_STORED_CHARS) return { kind: "tooLarge", chars: xml.length };
  const markup = countMarkup(xml, MAX_STORED_ELEMENTS);
  if (markup > MAX_STORED_ELEMENTS) return { kind: "tooLarge", chars: xml.length, elements: markup };
  let doc: ReturnType<DOMParser["parseFromString"]>;
  try {
    doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml");
  } catch (cause) {
    // A damaged part must not stop the pane from opening: the document's controls still hold the figures.
    return { kind: "unreadable", reason: `XML hỏng (${(cause as Error).message})` };
  }
  // The browser's parser (the production build's, see xml/nativeXmlDom.ts) reports damage this way instead of
  // throwing; Chromium keeps the part parsed before the damage under the root, which must not be read as complete.
  if (doc.getElementsByTagName("parsererror").length > 0) return { kind: "unreadable", reason: "XML hỏng" };
  const root = doc.documentElement;
  const version = root ? storedVersionOf(root.namespaceURI ?? "") : null;
  if (!root || version === null || root.localName !== "baoCao") return { kind: "unreadable", reason: NOT_OURS };
  if (version > STORED_VERSION) return { kind: "newer", version };
  if (version < STORED_VERSION) return { kind: "unreadable", reason: `phiên bản dữ liệu ${version} không còn đọc được` };

  const ignored: string[] = [];
  const kept: string[] = [];
  const period = periodFromRoot((name) => root.getAttribute(name), context, ignored);
  if (typeof period === "string") return { kind: "unreadable", reason: period };
  const report = emptyStoredReport(period);
  const byName = new Map(STORED_ELEMENTS.map((element) => [element.name, element]));
  // Direct children only, one at a time: nesting 100,000 deep costs no recursion here.
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.nodeValue ?? "").trim() === "") continue; // indentation
    if (node.nodeType === 7 || node.nodeType === 8) continue; // processing instructions, comments
    const el = node as unknown as Element;
    const element = node.nodeType === 1 && el.namespaceURI === STORED_NAMESPACE ? byName.get(el.localName) : undefined;
    const another = node.nodeType === 1 && el.namespaceURI === STORED_NAMESPACE ? keptRow(el, element) : null;
    if (another) {
      (report.keptRows ??= []).push(another);
      kept.push(`«${el.localName}»`);
      continue;
    }
    if (!element) {
      ignored.push(`phần tử lạ «${node.nodeType === 1 ? el.tagName : (node.nodeValue ?? "").trim().slice(0, 30)}»`);
      continue;
    }
    const problem = readElement(element, el, report, context);
    if (problem) ignored.push(`«${element.name}»: ${problem}`);
  }
  return { kind: "report", report, ignored, kept };
}

/**
 * The row as another version of the add-in would have written it, when it is one this version must keep unread: an
 * element of our namespace it does not know, or a known one with an attribute it does not know, holding text or
 * nothing (as every row of the schema does), its attributes unprefixed. Null for a row to read, or to drop (nested
 * elements, prefixed attributes: not ours in any version, and a deep nest would be written back recursively).
 */
function keptRow(el: Element, element: StoredElement | undefined): KeptRow | null {
  const attributes: [string, string][] = [];
  let unknown = element === undefined;
  for (let i = 0; i < el.attributes.length; i++) {
    const { name, value } = el.attributes.item(i)!;
    if (name === "xmlns" || name.startsWith("xmlns:")) continue;
    if (name.includes(":")) return null;
    if (element && !Object.hasOwn(element.attributes, name) && !(element.optional && Object.hasOwn(element.optional, name))) unknown = true;
    attributes.push([name, value]);
  }
  if (!unknown) return null;
  let text = "";
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 3 && child.nodeType !== 4) return null;
    text += child.nodeValue ?? "";
  }
  return { name: el.localName, attributes, text };
}

function readElement(element: (typeof STORED_ELEMENTS)[number], el: Element, report: StoredReport, context: SchemaContext): string | null {
  const attributes: Record<string, string> = {};
  for (const [name, type] of Object.entries(element.attributes)) {
    const value = el.getAttribute(name);
    if (value === null) return `thiếu thuộc tính ${name}`;
    const problem = checkAttribute(type, value, context);
    if (problem) return problem;
    attributes[name] = value;
  }
  for (let i = 0; i < el.attributes.length; i++) {
    const name = el.attributes.item(i)!.name;
    // A serializer may repeat the namespace declaration on a child: that is not data.
    if (name === "xmlns" || name.startsWith("xmlns:")) continue;
    if (Object.hasOwn(element.attributes, name)) continue;
    const optional = element.optional && Object.hasOwn(element.optional, name) ? element.optional[name]! : null;
    if (!optional) return `thuộc tính lạ ${name}`;
    const problem = checkAttribute(optional, el.attributes.item(i)!.value, context);
    if (problem) return problem;
    attributes[name] = el.attributes.item(i)!.value;
  }
  let text = "";
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 3 && child.nodeType !== 4) return "chứa phần tử con";
    if (!element.text) return "không được chứa chữ";
    text += child.nodeValue ?? "";
  }
  return element.read(report, { attributes, text });
}

/** The stored report, or null when there is none to use (see readStoredReport for why). */
export function storedReportFromXml(xml: string, context?: SchemaContext): StoredReport | null {
  const read = readStoredReport(xml, context);
  return read.kind === "report" ? read.report : null;
}

