/**
 * npm run form -- MẪU.json ... | --schema
 *
 * Checks report form files as the add-in does (the schema in src/forms/report-form.schema.json, then what the schema
 * cannot say) and lists every problem in Vietnamese with its place; --schema prints the published schema. Exit code:
 * 0 every form is usable, 1 a form has problems, 2 a file could not be read or the arguments are wrong.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { problemText } from "../src/domain/form/problems";
import { parseFormText } from "../src/domain/form/parseForm";

const USAGE = "Cách dùng: npm run form -- MẪU.json ... | --schema";

function main(argv: string[]): number {
  if (argv.includes("--schema")) {
    process.stdout.write(readFileSync(join(__dirname, "../src/forms/report-form.schema.json"), "utf8"));
    return 0;
  }
  if (argv.length === 0 || argv.some((arg) => arg.startsWith("--"))) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let worst = 0;
  for (const file of argv) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (cause) {
      const reason = (cause as NodeJS.ErrnoException).code === "ENOENT" ? "không tìm thấy tệp" : (cause as Error).message;
      process.stderr.write(`Không đọc được ${file}: ${reason}\n`);
      worst = 2;
      continue;
    }
    const result = parseFormText(text);
    if (result.ok) {
      const { title, fields, rules, periodKind } = result.definition;
      process.stdout.write(`${file}: dùng được — «${title}», ${fields.length} số liệu, ${rules.length} quy tắc, kỳ ${periodKind}.\n`);
    } else {
      process.stdout.write(`${file}: ${result.problems.length} lỗi\n${result.problems.map((p) => `  ${problemText(p)}`).join("\n")}\n`);
      worst = Math.max(worst, 1);
    }
  }
  return worst;
}

process.exitCode = main(process.argv.slice(2));
