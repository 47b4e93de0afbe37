/**
 * Recognition measured against the corpus's ground truths (tests/fixtures/corpus/README.md): per document, the
 * figures it states that were bound right, bound wrong (a different value, or a field the document does not state),
 * left unclear for the clerk, or not found.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { textFromDocx } from "../../src/domain/import/docx/docxText";
import { parseField } from "../../src/domain/fieldValues";
import { recognizeFigures } from "../../src/domain/import/recognize";
import type { ReportDefinition } from "../../src/domain/report";
import type { FieldId } from "../../src/domain/types";

export const CORPUS = join(__dirname, "../fixtures/corpus");

export interface Truth {
  document: string;
  figures: Record<FieldId, string>;
  absent: FieldId[];
}

export interface Measure {
  document: string;
  present: number;
  right: number;
  wrong: string[];
  unclear: string[];
  missing: string[];
  ms: number;
}

export function truthFiles(folder: string): string[] {
  return readdirSync(join(CORPUS, folder))
    .filter((f) => f.endsWith(".truth.json"))
    .map((f) => join(folder, f));
}

export async function documentText(path: string): Promise<string> {
  return path.endsWith(".docx") ? textFromDocx(readFileSync(path)) : readFileSync(path, "utf8").replace(/\r\n?/g, "\n");
}

/**
 * A place named with or without its level word and the district or province it was in («xã Trà Leng, huyện Nam Trà
 * My», «Trà Leng») is one place: writers of truths wrote both, and the document's own phrase is what is bound.
 */
const PLACE_LEVEL = "(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh)";
/** Only a place above a commune qualifies one: «xã A, xã B» names two places. */
const ABOVE = "(?:huyện|quận|thị xã|thành phố|tỉnh)";
const placeName = (text: string) =>
  text
    .normalize("NFC")
    .replace(new RegExp(`,\\s*(?:trước đây\\s+)?(?:thuộc\\s+)?${ABOVE}\\s+[^,;]+$`, "u"), "")
    .replace(new RegExp(`^${PLACE_LEVEL}\\s+`, "iu"), "")
    .trim();

function same(report: ReportDefinition, id: FieldId, got: string, want: string): boolean {
  const field = report.byId.get(id);
  if (!field) return false;
  if (field.kind === "text" && got !== want && placeName(got) === placeName(want) && placeName(want) !== "") return true;
  const a = parseField(field, got);
  const b = parseField(field, want.replace(/\s*%$/, ""));
  return a.ok && b.ok && JSON.stringify(a.value) === JSON.stringify(b.value);
}

export function readTruth(truthPath: string): Truth {
  return JSON.parse(readFileSync(join(CORPUS, truthPath), "utf8")) as Truth;
}

export async function measure(truthPath: string, report: ReportDefinition): Promise<Measure> {
  const truth = readTruth(truthPath);
  return measureText(truth, await documentText(join(CORPUS, truthPath, "..", truth.document)), report);
}

/** The document's text given (as read, or rewritten by tests/support/metamorphic) against its truth. */
export function measureText(truth: Truth, text: string, report: ReportDefinition): Measure {
  const started = performance.now();
  const recognitions = recognizeFigures(text, report);
  const ms = performance.now() - started;
  const result: Measure = { document: truth.document, present: 0, right: 0, wrong: [], unclear: [], missing: [], ms };
  for (const [id, want] of Object.entries(truth.figures)) {
    const field = report.byId.get(id);
    if (!field || field.formula?.op === "period") continue;
    result.present++;
    const r = recognitions.get(id);
    if (r?.state === "bound") {
      const bad = r.occurrences.find((o) => !same(report, id, o.input, want));
      if (bad) result.wrong.push(`${id}: ${bad.text} (dòng ${bad.line}), đúng là ${want}`);
      else result.right++;
    } else if (r?.state === "ambiguous") result.unclear.push(`${id} = ${want}: ${r.candidates.map((o) => o.text).join(" | ")}`);
    else result.missing.push(`${id} = ${want}`);
  }
  for (const id of truth.absent) {
    const r = recognitions.get(id);
    if (r?.state === "bound") result.wrong.push(`${id}: ${r.occurrences.map((o) => `${o.text} (dòng ${o.line})`).join(", ")}, văn bản không nêu`);
  }
  return result;
}
