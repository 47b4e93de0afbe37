/**
 * `npm run template`: writes the empty Q1 2026 template and the reference report with its figures to dist/,
 * so the layout can be opened in Word or LibreOffice and compared with the real report.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { withComputed } from "../src/domain/compute";
import { REPORT } from "../tests/support/forms";
import { writeReportDocx } from "../src/domain/template/docx";
import { REFERENCE_OFFICE } from "../src/domain/template/settings";
import { validateFigures } from "../src/domain/validate";
import { REFERENCE_FIGURES, REFERENCE_PERIOD } from "../tests/fixtures/referenceReport";

async function main(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const dating = { period: REFERENCE_PERIOD };

  const empty = withComputed(REPORT, new Map(), REFERENCE_PERIOD);
  const template = await writeReportDocx(REPORT, REFERENCE_OFFICE, empty, dating);
  writeFileSync(join(outDir, "bao-cao-mau.docx"), template);

  // validateFigures parses what the clerk typed and fills the computed fields with withComputed.
  const review = validateFigures(REPORT, REFERENCE_FIGURES, REFERENCE_PERIOD);
  const filled = await writeReportDocx(REPORT, REFERENCE_OFFICE, review.values, dating);
  writeFileSync(join(outDir, "bao-cao-quy-I-2026.docx"), filled);

  console.log(`Wrote ${outDir}/bao-cao-mau.docx and ${outDir}/bao-cao-quy-I-2026.docx`);
  // The reference's own arithmetic errors are expected; list them so nobody mistakes them for a build fault.
  for (const problem of review.problems) console.log(`  (${problem.severity}) ${problem.message}`);
}

main(process.argv[2] ?? "dist").catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
