/**
 * npm run check -- FILE... [--json] [--ky I/2026]
 * npm run check -- --compare PREVIOUS THIS [--json]
 *
 * Checks quarterly reports (.docx or .txt) with the same engine as the task pane and prints, per file, the figures
 * recognised and every problem. Exit code: 0 no errors (warnings allowed), 1 a report has errors, 2 a file could
 * not be read or the arguments are wrong. This file only does I/O; the checking is src/domain/import/checkReport.ts.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { compareReportTexts, comparisonEntries, renderComparison } from "../src/domain/comparison/compareReports";
import { checkReport, renderCheck, type ReportCheck } from "../src/domain/import";
import { REPORT } from "../src/domain/report";
import type { Period } from "../src/domain/types";
import { textFromDocx } from "./docxText";

type FileResult = { file: string; ok: true; check: ReportCheck } | { file: string; ok: false; error: string };

const USAGE =
  "Cách dùng: npm run check -- TỆP.docx|TỆP.txt ... [--json] [--ky I/2026]\n" +
  "           npm run check -- --compare KỲ_TRƯỚC KỲ_NÀY [--json]   (so sánh số liệu hai báo cáo)";

interface Args {
  files: string[];
  json: boolean;
  period?: Period;
  /** --compare: the two files are the previous period's report and this one's. */
  compare: boolean;
}

function parseArgs(argv: string[]): Args | string {
  const files: string[] = [];
  let json = false;
  let compare = false;
  let period: Period | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--compare") compare = true;
    else if (arg === "--ky") {
      const match = /^(IV|III|II|I)\/(\d{4})$/.exec(argv[++i] ?? "");
      if (!match) return `--ky cần dạng quý/năm, ví dụ I/2026.\n${USAGE}`;
      period = { quarter: (["I", "II", "III", "IV"].indexOf(match[1]!) + 1) as Period["quarter"], year: Number(match[2]) };
    } else if (arg.startsWith("--")) return `Không hiểu tham số ${arg}.\n${USAGE}`;
    else files.push(arg);
  }
  if (files.length === 0) return USAGE;
  if (compare && files.length !== 2) return `--compare cần đúng hai tệp: báo cáo kỳ trước rồi báo cáo kỳ này.\n${USAGE}`;
  return period ? { files, json, period, compare } : { files, json, compare };
}

async function readText(file: string): Promise<string> {
  const extension = extname(file).toLowerCase();
  if (extension !== ".docx" && extension !== ".txt") throw new Error("chỉ đọc được tệp .docx hoặc .txt");
  const data = await readFile(file);
  return extension === ".docx" ? textFromDocx(data) : data.toString("utf8").replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

async function checkFile(file: string, period: Period | undefined): Promise<FileResult> {
  try {
    const text = await readText(file);
    return { file, ok: true, check: checkReport(text, period ? { period } : {}) };
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === "ENOENT" ? "không tìm thấy tệp" : (cause as Error).message;
    return { file, ok: false, error: `Không đọc được ${file}: ${reason}` };
  }
}

async function compareFiles(previous: string, current: string) {
  const comparison = compareReportTexts(REPORT, await readText(previous), await readText(current));
  const [before, now] = [comparison.previousPeriod, comparison.currentPeriod];
  if (before && now && before.year * 4 + before.quarter >= now.year * 4 + now.quarter) {
    process.stderr.write(`Lưu ý: ${previous} không phải báo cáo của kỳ trước ${current}.\n`);
  }
  return comparison;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  const results = await Promise.all(args.files.map((file) => checkFile(file, args.period)));
  const comparison = args.compare && results.every((r) => r.ok) ? await compareFiles(args.files[0]!, args.files[1]!) : null;
  if (args.json) {
    const extra = comparison ? { comparison: comparisonEntries(comparison.rows) } : {};
    process.stdout.write(`${JSON.stringify({ files: results, ...extra }, null, 2)}\n`);
  }
  for (const result of results) {
    if (!result.ok) process.stderr.write(`${result.error}\n`);
    else if (!args.json) process.stdout.write(`${renderCheck(result.file, result.check)}\n\n`);
  }
  if (comparison && !args.json) {
    process.stdout.write(`${renderComparison(comparison, { previous: args.files[0]!, current: args.files[1]! })}\n`);
  }
  if (results.some((r) => !r.ok)) return 2;
  return results.some((r) => r.ok && r.check.errors > 0) ? 1 : 0;
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
