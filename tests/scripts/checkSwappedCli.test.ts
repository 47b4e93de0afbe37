/**
 * `npm run check` on held-out 1190 (fix44A): late dossiers inside the resolved ones, withdrawn ones apart. Every
 * figure adds up that way: no error about the centre's sums, and one warning saying the report counts the two the other
 * way round, not a second one from the sentence's own arithmetic.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { CORPUS } from "../support/corpusMeasure";

const ROOT = join(__dirname, "../..");
const DOCX = join(CORPUS, "heldout/1190-vp-phu-tho-phu-luc-bieu-so-lieu-chi-tiet-word-quy1-2026.docx");

interface Printed {
  files: Array<{ check: { errors: number; problems: Array<{ source: string; severity: string; message: string; lines: number[] }> } }>;
}

it("says 1190's centre counts late and withdrawn dossiers the other way, once, and finds no error in its sums", () => {
  const result = spawnSync(join(ROOT, "node_modules/.bin/tsx"), ["scripts/check-report.ts", DOCX, "--json"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  const { check } = (JSON.parse(result.stdout) as Printed).files[0]!;
  expect(check.errors).toBe(0);
  const centre = check.problems.filter((p) => /46\.318|43\.927/.test(p.message));
  expect(centre.map((p) => [p.source, p.severity])).toEqual([["figures", "warning"]]);
  expect(centre[0]!.message).toMatch(/^Văn bản tính «Hồ sơ trễ và quá hạn» và «Hồ sơ rút và trả lại» đổi chỗ cho nhau so với biểu mẫu: .* Các số khớp theo cách tính này, không cần sửa\.$/);
});
