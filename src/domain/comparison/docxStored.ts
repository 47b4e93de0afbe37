/**
 * The figures a .docx made by the add-in keeps in its Custom XML Part (customXml/itemN.xml in the zip), read with the
 * same strict schema as the open document's part (storedReport.ts). An earlier report written with the add-in is
 * then taken at its own figures, as the clerk typed them, instead of being recognised from its wording. Each item is
 * inflated with the stored part's byte budget (limits.ts, zipEntry.ts): a stored part can be a zip bomb too.
 */
import { LimitError, storedPartTooLarge } from "../limits";
import type { ReportDefinition } from "../report";
import { readStoredReport, STORED_NAMESPACE_PREFIX, type StoredReport } from "../storedReport";
import { entryNames, inflateEntry, ZipError } from "../zipEntry";

/** A Word document has a handful of custom XML items; a file with hundreds is not a report. */
const MAX_ITEMS = 64;

export type DocxStored =
  /** The add-in's part, of this form. */
  | { kind: "stored"; report: StoredReport }
  /** The add-in's part, of another form (its id): the file is another form's report. */
  | { kind: "otherForm"; formId: string }
  /** No part of ours that can be read: the file is read by recognition. */
  | { kind: "none"; reason?: string };

/** The form a stored part names, from its JSON text (null when it carries none or the text is not JSON). */
function formIdOf(stored: StoredReport): string | null {
  if (!stored.form) return null;
  try {
    const form = JSON.parse(stored.form.text) as { id?: unknown };
    return typeof form.id === "string" ? form.id : null;
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
}

export function docxStoredReport(data: Uint8Array, report: ReportDefinition): DocxStored {
  let names: string[];
  try {
    names = entryNames(data).filter((name) => /^customXml\/item\d+\.xml$/.test(name));
  } catch (error) {
    if (error instanceof ZipError) return { kind: "none", reason: error.message };
    throw error;
  }
  for (const name of names.slice(0, MAX_ITEMS)) {
    let xml: string;
    try {
      xml = new TextDecoder().decode(inflateEntry(data, name, storedPartTooLarge) ?? new Uint8Array());
    } catch (error) {
      if (error instanceof ZipError || error instanceof LimitError) return { kind: "none", reason: error.message };
      throw error;
    }
    if (!xml.includes(STORED_NAMESPACE_PREFIX)) continue;
    // A part of another form names fields this form does not have: its form decides, before the fields are checked.
    const loose = readStoredReport(xml);
    if (loose.kind !== "report") continue;
    const formId = formIdOf(loose.report);
    if (formId !== null && formId !== report.id) return { kind: "otherForm", formId };
    const read = readStoredReport(xml, { isField: (id) => report.byId.has(id) });
    if (read.kind === "report") return { kind: "stored", report: read.report };
  }
  return { kind: "none" };
}
