/**
 * npm run check -- FILE... [--json] [--ky I/2026]
 *
 * Checks quarterly reports (.docx or .txt) with the same engine as the task pane and prints, per file, the figures
 * recognised, every check that could not run and why, and every problem. Exit code (docs/import-and-check.md):
 *   0  every report read in full, every check ran, no error (warnings allowed);
 *   1  some report has errors;
 *   2  a file could not be read (missing, empty, not UTF-8/UTF-16, not a .docx…) or the arguments are wrong;
 *   3  no error found, but some report was read only partly (figures not read, checks that could not run).
 * The highest-priority code wins in that order: 2, 1, 3, 0. This file only does I/O; the checking is
 * src/domain/import/checkReport.ts.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { checkReport, renderCheck, type ReportCheck } from "../src/domain/import";
import type { Period } from "../src/domain/types";
import { textFromDocx } from "./docxText";
import { decodeText, TextFileError } from "./textFile";

type FileResult = { file: string; ok: true; check: ReportCheck } | { file: string; ok: false; error: string };

const USAGE = "Cách dùng: npm run check -- TỆP.docx|TỆP.txt ... [--json] [--ky I/2026]";

function parseArgs(argv: string[]): { files: string[]; json: boolean; period?: Period } | string {
  const files: string[] = [];
  let json = false;
  let period: Period | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--ky") {
      const match = /^(IV|III|II|I)\/(\d{4})$/.exec(argv[++i] ?? "");
      if (!match) return `--ky cần dạng quý/năm, ví dụ I/2026.\n${USAGE}`;
      period = { quarter: (["I", "II", "III", "IV"].indexOf(match[1]!) + 1) as Period["quarter"], year: Number(match[2]) };
    } else if (arg.startsWith("--")) return `Không hiểu tham số ${arg}.\n${USAGE}`;
    else files.push(arg);
  }
  if (files.length === 0) return USAGE;
  return period ? { files, json, period } : { files, json };
}

async function readText(file: string): Promise<string> {
  const extension = extname(file).toLowerCase();
  if (extension !== ".docx" && extension !== ".txt") throw new Error("chỉ đọc được tệp .docx hoặc .txt");
  const data = await readFile(file);
  if (data.length === 0) throw new TextFileError("tệp rỗng (0 byte), không có nội dung để kiểm tra");
  return extension === ".docx" ? textFromDocx(data) : decodeText(data);
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

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === "string") {
    process.stderr.write(`${args}\n`);
    return 2;
  }
  const results = await Promise.all(args.files.map((file) => checkFile(file, args.period)));
  if (args.json) process.stdout.write(`${JSON.stringify({ files: results }, null, 2)}\n`);
  for (const result of results) {
    if (!result.ok) process.stderr.write(`${result.error}\n`);
    else if (!args.json) process.stdout.write(`${renderCheck(result.file, result.check)}\n\n`);
  }
  if (results.some((r) => !r.ok)) return 2;
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
