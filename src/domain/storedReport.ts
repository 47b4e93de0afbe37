/**
 * The figures, what the add-in last wrote, and the history of changes, kept inside the document as a Custom XML
 * Part so they travel with the file. Built and read with an XML DOM, so no user text is ever spliced into markup.
 */
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import type { FieldId, Period } from "./types";

export const STORED_NAMESPACE = "urn:bcdc:bao-cao-dan-chu:1";

export interface HistoryEntry {
  field: FieldId;
  from: string;
  to: string;
  /** ISO time of the write. */
  at: string;
  by: string;
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
   * The report form the figures belong to, as JSON text, with the version of the form format it is written in
   * (`<mauBaoCao phienBan="1">`): the document keeps its own form when the add-in's built-in one changes.
   */
  form?: { formatVersion: number; text: string };
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
  root.setAttribute("quy", String(report.period.quarter));
  root.setAttribute("nam", String(report.period.year));
  const add = (name: string, attrs: Record<string, string>, text?: string) => {
    const el = doc.createElementNS(STORED_NAMESPACE, name);
    for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, xmlSafe(value));
    if (text !== undefined) el.appendChild(doc.createTextNode(xmlSafe(text)));
    root.appendChild(el);
  };
  // Other kinds than the quarter, in an element of their own; `quy` above is the quarter the period ends in (see Period).
  if (report.period.kind && report.period.kind !== "quarter") {
    add("loaiKy", report.period.month !== undefined ? { loai: report.period.kind, thang: String(report.period.month) } : { loai: report.period.kind });
  }
  for (const [id, text] of Object.entries(report.figures)) add("soLieu", { id }, text);
  for (const [id, text] of Object.entries(report.written)) add("daGhi", { id }, text);
  for (const id of report.unconfirmed ?? []) add("chuaCapNhat", { id });
  for (const entry of report.history) {
    add("thayDoi", { id: entry.field, cu: entry.from, moi: entry.to, luc: entry.at, nguoi: entry.by });
  }
  if (report.form) add("mauBaoCao", { phienBan: String(report.form.formatVersion) }, report.form.text);
  return new XMLSerializer().serializeToString(doc);
}

/** Reads the stored report; null when the XML is not ours or is damaged (the pane then starts from the document). */
export function storedReportFromXml(xml: string): StoredReport | null {
  let doc: ReturnType<DOMParser["parseFromString"]>;
  try {
    doc = new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml");
  } catch {
    return null; // a damaged part must not stop the pane from opening: the document's controls still hold the figures
  }
  // The browser's parser (the production build's, see xml/nativeXmlDom.ts) reports damage this way instead of
  // throwing; Chromium keeps the part parsed before the damage under the root, which must not be read as complete.
  if (doc.getElementsByTagName("parsererror").length > 0) return null;
  const root = doc.documentElement;
  if (!root || root.namespaceURI !== STORED_NAMESPACE || root.localName !== "baoCao") return null;
  const quarter = Number(root.getAttribute("quy"));
  const year = Number(root.getAttribute("nam"));
  if (![1, 2, 3, 4].includes(quarter) || !Number.isInteger(year)) return null;
  const children = Array.from(root.getElementsByTagNameNS(STORED_NAMESPACE, "*"));
  const kind = children.find((el) => el.localName === "loaiKy");
  const report = emptyStoredReport(storedPeriod(quarter as Period["quarter"], year, kind?.getAttribute("loai") ?? null, kind?.getAttribute("thang") ?? null));
  for (const el of children) {
    const id = el.getAttribute("id") ?? "";
    if (el.localName === "soLieu") report.figures[id] = el.textContent ?? "";
    if (el.localName === "daGhi") report.written[id] = el.textContent ?? "";
    if (el.localName === "chuaCapNhat") report.unconfirmed = [...(report.unconfirmed ?? []), id];
    if (el.localName === "mauBaoCao") report.form = { formatVersion: Number(el.getAttribute("phienBan")) || 0, text: el.textContent ?? "" };
    if (el.localName === "thayDoi") {
      const attr = (name: string) => el.getAttribute(name) ?? "";
      report.history.push({ field: id, from: attr("cu"), to: attr("moi"), at: attr("luc"), by: attr("nguoi") });
    }
  }
  return report;
}

const KINDS: readonly string[] = ["month", "halfYear", "year"];

/** The stored period: a quarter unless `<loaiKy loai="…">` names another kind (a month also needs a valid `thang`). */
function storedPeriod(quarter: Period["quarter"], year: number, kind: string | null, month: string | null): Period {
  if (kind === null || !KINDS.includes(kind)) return { quarter, year };
  if (kind === "month") {
    const m = Number(month);
    return Number.isInteger(m) && m >= 1 && m <= 12 ? { kind, quarter: Math.ceil(m / 3) as Period["quarter"], year, month: m } : { quarter, year };
  }
  return { kind: kind as Period["kind"], quarter, year };
}
