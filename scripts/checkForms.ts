/**
 * Which form `npm run check` reads a file with: --definition FILE.json for every file; otherwise the form a .docx
 * carries in its stored part; otherwise the built-in form whose wording finds the most figures in the text.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { summarize } from "../src/domain/form/problems";
import { parseFormText } from "../src/domain/form/parseForm";
import { definitionFromForm } from "../src/domain/form/toDefinition";
import { FORM_FORMAT_VERSION, type ReportForm } from "../src/domain/form/types";
import { recognizeFigures } from "../src/domain/import";
import type { ReportDefinition } from "../src/domain/report";
import { LimitError, storedPartTooLarge, storedReadTooLarge } from "../src/domain/limits";
import { NOT_OURS, readStoredReport, STORED_NAMESPACE } from "../src/domain/storedReport";
import { entryNames, inflateEntry } from "./docxZip";
import { FORM_CATALOG } from "../src/forms/builtIn";

const FORMS_DIR = join(__dirname, "../src/forms");

export class FormError extends Error {}

/** A form file given with --definition: every problem by place, or the definition. */
export async function definitionFromFile(file: string): Promise<ReportDefinition> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === "ENOENT" ? "không tìm thấy tệp" : (cause as Error).message;
    throw new FormError(`Không đọc được mẫu ${file}: ${reason}`);
  }
  const result = parseFormText(text);
  if (!result.ok) throw new FormError(`Mẫu ${file} có lỗi, không dùng được:\n  ${summarize(result.problems).join("\n  ")}`);
  return result.definition;
}

let builtIns: ReportDefinition[] | null = null;

/** The built-in forms (checked by the tests, so read here without the schema). */
export async function builtInDefinitions(): Promise<ReportDefinition[]> {
  builtIns ??= await Promise.all(
    FORM_CATALOG.map(async (entry) => definitionFromForm(JSON.parse(await readFile(join(FORMS_DIR, `${entry.id}.form.json`), "utf8")) as ReportForm)),
  );
  return builtIns;
}

/** The form a .docx carries in its stored part, checked like any other; null when it carries none. */
export async function carriedDefinition(data: Uint8Array, file: string): Promise<ReportDefinition | null> {
  // Inflated with a byte budget like word/document.xml (docxZip.ts): a stored part can be a zip bomb too.
  for (const name of entryNames(data).filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
    const xml = new TextDecoder().decode(inflateEntry(data, name, storedPartTooLarge)!);
    if (!xml.includes(STORED_NAMESPACE)) continue;
    // readStoredReport checks the size and the amount of markup before parsing (a 20 MB part nested 2.9 million
    // deep took the command past 2 GB when parsed first), then whether the part is ours.
    const read = readStoredReport(xml);
    if (read.kind === "tooLarge") throw new LimitError(storedReadTooLarge(read.chars, read.elements));
    // Another's part, or a newer version's (whose form this tool could not read): look further; ours damaged: none.
    if (read.kind === "newer" || (read.kind === "unreadable" && read.reason === NOT_OURS)) continue;
    if (read.kind !== "report") return null;
    const stored = read.report;
    if (!stored.form) return null;
    if (stored.form.formatVersion > FORM_FORMAT_VERSION) {
      throw new FormError(
        `${file} mang mẫu báo cáo ở định dạng phiên bản ${stored.form.formatVersion}, mới hơn phiên bản công cụ này đọc được (${FORM_FORMAT_VERSION}): hãy cập nhật phần bổ trợ.`,
      );
    }
    const result = parseFormText(stored.form.text);
    if (result.ok) return result.definition;
    const newer = result.newerVersion ? ` (định dạng phiên bản ${result.newerVersion})` : "";
    throw new FormError(`Mẫu báo cáo lưu trong ${file}${newer} không dùng được:\n  ${summarize(result.problems).join("\n  ")}`);
  }
  return null;
}

/** The built-in form that recognises the most typed figures in the text (ties: the first in the catalog). */
export async function bestBuiltIn(text: string): Promise<ReportDefinition> {
  let best: { report: ReportDefinition; found: number } | null = null;
  for (const report of await builtInDefinitions()) {
    const recognitions = recognizeFigures(text, report);
    const found = report.fields.filter((f) => !f.formula && recognitions.get(f.id)?.state === "bound").length;
    if (!best || found > best.found) best = { report, found };
  }
  return best!.report;
}
