/**
 * npm run check -- [--definition MẪU.json] FILE... [--json] [--ky I/2026]
 * npm run check -- --compare PREVIOUS THIS [--json]
 *
 * Checks reports (.docx or .txt) with the same engine as the task pane and prints, per file, the figures
 * recognised, every check that could not run and why, and every problem. The form: --definition's for every file;
 * else the one a .docx carries; else the built-in form that finds the most figures (scripts/checkForms.ts).
 * Exit code (docs/import-and-check.md):
 *   0  every report read in full, every check ran, no error (warnings allowed); optional («không bắt buộc») figures
 *      left out, and checks needing only them (said as not applicable), do not count against it;
 *   1  some report has errors;
 *   2  a file could not be read (missing, empty, not UTF-8/UTF-16, not a .docx…) or the arguments are wrong; with
 *      --compare, also when the first file is not an earlier report of the same form (docs/comparison.md);
 *   3  no error found, but some report was read only partly (figures it owes not read, checks that could not run).
 * The highest-priority code wins in that order: 2, 1, 3, 0. This file only does I/O; the checking is
 * src/domain/import/checkReport.ts.
 */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { checkReport, renderCheck, type ReportCheck } from "../src/domain/import";
import {
  compareReadReports,
  comparisonEntries,
  comparisonProblem,
  renderComparison,
  reportFromStored,
  reportFromText,
  type ComparedReport,
} from "../src/domain/comparison/compareReports";
import { docxStoredReport } from "../src/domain/comparison/docxStored";
import { parsePeriodArg } from "../src/domain/import/periodTitle";
import { unsupportedExtension } from "../src/domain/fileSignature";
import { docxFileTooLarge, textFileTooLarge } from "../src/domain/limits";
import { reportFileText } from "../src/domain/reportFile";
import type { ReportDefinition } from "../src/domain/report";
import { failureMessage } from "./checkFailure";
import { bestBuiltIn, carriedDefinition, definitionFromFile } from "./checkForms";

type FileResult =
  | { file: string; ok: true; form: { id: string; title: string }; check: ReportCheck }
  | { file: string; ok: false; error: string };

const USAGE =
  "Cách dùng: npm run check -- [--definition MẪU.json] TỆP.docx|TỆP.txt ... [--json] [--ky I/2026]\n" +
  "           npm run check -- --compare KỲ_TRƯỚC KỲ_NÀY [--json]   (so sánh số liệu hai báo cáo)";

interface Args {
  files: string[];
  json: boolean;
  /** As written: read against each file's form kind (I/2026, 3/2026, 1/2026, 2026). */
  ky?: string;
  definition?: string;
  /** --compare: the two files are the previous period's report and this one's. */
  compare?: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = { files: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") args.json = true;
    else if (arg === "--compare") args.compare = true;
    else if (arg === "--ky") {
      const value = argv[++i] ?? "";
      if (!/^((IV|III|II|I|\d{1,2})\/)?\d{4}$/.test(value)) return `--ky cần dạng kỳ/năm, ví dụ I/2026 (quý), 3/2026 (tháng), 1/2026 (6 tháng đầu năm) hoặc 2026 (năm).\n${USAGE}`;
      args.ky = value;
    } else if (arg === "--definition") {
      const value = argv[++i];
      if (!value || value.startsWith("--")) return `--definition cần tên tệp mẫu .json.\n${USAGE}`;
      args.definition = value;
    } else if (arg.startsWith("--")) return `Không hiểu tham số ${arg}.\n${USAGE}`;
    else args.files.push(arg);
  }
  if (args.files.length === 0) return USAGE;
  if (args.compare && args.files.length !== 2) return `--compare cần đúng hai tệp: báo cáo kỳ trước rồi báo cáo kỳ này.\n${USAGE}`;
  return args;
}

async function readText(file: string): Promise<{ text: string; carried: ReportDefinition | null; docx?: Uint8Array }> {
  const extension = extname(file).toLowerCase();
  if (extension !== ".docx" && extension !== ".txt") throw new Error(unsupportedExtension(extension));
  // Sizes from the file system before reading: a hostile file must not be loaded whole to be refused.
  const tooLarge = (extension === ".docx" ? docxFileTooLarge : textFileTooLarge)((await stat(file)).size);
  if (tooLarge) throw new Error(tooLarge);
  const data = await readFile(file);
  // Held to the limits before any pass: choosing the built-in form already recognises the text once per form
  // (200,000 lines took 36 s and 558 MB to be refused after that).
  const text = reportFileText(data, extension);
  if (extension === ".txt") return { text, carried: null };
  return { text, carried: await carriedDefinition(data, file), docx: data };
}

async function checkFile(file: string, args: Args, given: ReportDefinition | null): Promise<FileResult> {
  try {
    const { text, carried } = await readText(file);
    const report = given ?? carried ?? (await bestBuiltIn(text));
    const period = args.ky === undefined ? undefined : parsePeriodArg(args.ky, report.periodKind);
    if (args.ky !== undefined && !period) throw new Error(`--ky ${args.ky} không phải một kỳ của mẫu «${report.title}»`);
    const check = checkReport(text, period ? { period, report } : { report });
    return { file, ok: true, form: { id: report.id, title: report.title }, check };
  } catch (cause) {
    return { file, ok: false, error: failureMessage(file, cause) };
  }
}

/** A report as the comparison reads it: a .docx made by the add-in at its stored figures, any other by its wording. */
function comparedReport(report: ReportDefinition, read: { text: string; docx?: Uint8Array }, file: string): ComparedReport | string {
  const stored = read.docx ? docxStoredReport(read.docx, report) : { kind: "none" as const };
  if (stored.kind === "otherForm") return `${file} là báo cáo của mẫu khác («${stored.formId}»), không phải mẫu «${report.title}».`;
  return stored.kind === "stored" ? reportFromStored(report, stored.report) : reportFromText(report, read.text);
}

/**
 * Both reports read against this period's form (given, carried by the file, or the built-in one it fits best); a
 * previous file that is not last period's report of this form is refused with the reason (exit 2).
 */
async function compareFiles(previous: string, current: string, given: ReportDefinition | null) {
  const now = await readText(current);
  const report = given ?? now.carried ?? (await bestBuiltIn(now.text));
  const earlier = await readText(previous);
  // Of another form: the one it carries, or (given no form) the built-in one that finds the most of its figures.
  const theirs = given ? null : (earlier.carried ?? (await bestBuiltIn(earlier.text)));
  if (theirs && theirs.id !== report.id) return `${previous} là báo cáo theo mẫu khác («${theirs.title}»), không phải mẫu «${report.title}».`;
  const before = comparedReport(report, earlier, previous);
  const after = comparedReport(report, now, current);
  if (typeof before === "string") return before;
  if (typeof after === "string") return after;
  return comparisonProblem(report, before, after, previous) ?? compareReadReports(report, before, after);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  let given: ReportDefinition | null = null;
  if (args.definition) {
    try {
      given = await definitionFromFile(args.definition);
    } catch (cause) {
      process.stderr.write(`${(cause as Error).message}\n`);
      return 2;
    }
  }
  const results = await Promise.all(args.files.map((file) => checkFile(file, args, given)));
  const compared = args.compare && results.every((r) => r.ok) ? await compareFiles(args.files[0]!, args.files[1]!, given) : null;
  const comparison = typeof compared === "string" ? null : compared;
  if (args.json) {
    const extra = comparison ? { comparison: comparisonEntries(comparison.rows) } : {};
    process.stdout.write(`${JSON.stringify({ files: results, ...extra }, null, 2)}\n`);
  }
  for (const result of results) {
    if (!result.ok) process.stderr.write(`${result.error}\n`);
    else if (!args.json) process.stdout.write(`${renderCheck(result.file, result.check, result.form.title)}\n\n`);
  }
  if (comparison && !args.json) {
    process.stdout.write(`${renderComparison(comparison, { previous: args.files[0]!, current: args.files[1]! })}\n`);
  }
  if (typeof compared === "string") process.stderr.write(`Không so sánh được: ${compared}\n`);
  if (results.some((r) => !r.ok) || typeof compared === "string") return 2;
  if (results.some((r) => r.ok && r.check.errors > 0)) return 1;
  return results.some((r) => r.ok && !r.check.complete) ? 3 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (cause: unknown) => {
    process.stderr.write(`Lỗi không mong đợi: ${(cause as Error).stack ?? String(cause)}\n`);
    process.exitCode = 2;
  },
);
