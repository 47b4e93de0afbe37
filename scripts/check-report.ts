/**
 * npm run check -- FILE... [--json] [--ky I/2026]
 *
 * Checks quarterly reports (.docx or .txt) with the same engine as the task pane and prints, per file, the figures
 * recognised and every problem. Exit code: 0 no errors (warnings allowed), 1 a report has errors, 2 a file could
 * not be read or the arguments are wrong. This file only does I/O; the checking is src/domain/import/checkReport.ts.
 */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { checkReport, renderCheck, type ReportCheck } from "../src/domain/import";
import { docxFileTooLarge, textFileTooLarge } from "../src/domain/limits";
import type { Period } from "../src/domain/types";
import { textFromDocx } from "./docxText";

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
  // Sizes from the file system before reading: a hostile file must not be loaded whole to be refused.
  const tooLarge = (extension === ".docx" ? docxFileTooLarge : textFileTooLarge)((await stat(file)).size);
  if (tooLarge) throw new Error(tooLarge);
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
