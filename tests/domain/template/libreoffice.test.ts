/**
 * Renders the reference report with LibreOffice and reads the PDF back: proof that a real word processor opens the
 * package and lays out every heading and figure. Needs `soffice` and `pdftotext` (apt: libreoffice-writer-nogui,
 * poppler-utils; fonts-liberation2 gives Times New Roman's metrics with Vietnamese glyphs). Without them this test
 * fails on purpose: CI must not pass without having rendered anything.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPORT } from "../../support/forms";
import { writeReportDocx } from "../../../src/domain/template/docx";
import { skeletonToParagraphs } from "../../../src/domain/template/paragraphs";
import { REFERENCE_OFFICE } from "../../../src/domain/template/settings";
import { validateFigures } from "../../../src/domain/validate";
import { REFERENCE_FIGURES, REFERENCE_PERIOD } from "../../fixtures/referenceReport";

const INSTALL = "apt-get install -y libreoffice-writer-nogui poppler-utils fonts-liberation2";

function requireTool(command: string, args: string[]): void {
  const probe = spawnSync(command, args, { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(`${command} is not available (${probe.error?.message ?? `exit ${probe.status}`}). Install it with: ${INSTALL}`);
  }
}

/* Collapses line breaks and justification spaces so a heading that wraps still matches. */
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("the reference report rendered by LibreOffice", () => {
  const values = validateFigures(REPORT, REFERENCE_FIGURES, REFERENCE_PERIOD).values;
  const dating = { period: REFERENCE_PERIOD };
  let dir = "";
  let pdf = "";

  beforeAll(async () => {
    requireTool("soffice", ["--version"]);
    requireTool("pdftotext", ["-v"]);
    dir = mkdtempSync(join(tmpdir(), "bcdc-lo-"));
    const docx = join(dir, "bao-cao.docx");
    writeFileSync(docx, await writeReportDocx(REPORT, REFERENCE_OFFICE, values, dating));
    // A profile per run: two LibreOffice processes sharing one profile lock each other out.
    const profile = `-env:UserInstallation=file://${join(dir, "profile")}`;
    execFileSync("soffice", [profile, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], { stdio: "pipe", timeout: 110_000 });
    pdf = join(dir, "bao-cao.pdf");
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const text = (...pages: string[]) => execFileSync("pdftotext", [...pages, pdf, "-"], { encoding: "utf8" });

  it("shows every section heading, numbered I to VI with their subsections", () => {
    const headings = skeletonToParagraphs(REPORT, REFERENCE_OFFICE, values, dating)
      .filter((p) => p.role.startsWith("heading"))
      .map((p) => flat(p.runs.map((r) => r.text).join("")));
    expect(headings).toHaveLength(26);
    const all = flat(text());
    expect(headings.filter((heading) => !all.includes(heading))).toEqual([]);
  });

  it("shows the figures in the official format", () => {
    const all = flat(text());
    for (const figure of ["9.780", "7.766", "95,06%", "79,41%", "9,82%", "05 cá nhân", "15/12/2025", "14/3/2026"]) {
      expect(all).toContain(figure);
    }
  });

  it("puts the header, the document's name and the period on page 1, without a page number", () => {
    const first = flat(text("-f", "1", "-l", "1"));
    for (const line of ["UBND TỈNH SƠN LA", "VĂN PHÒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO"]) {
      expect(first).toContain(line);
    }
    expect(first).toContain("Kết quả thực hiện công tác dân chủ quý I năm 2026; nhiệm vụ trọng tâm quý II năm 2026");
    expect(first.trim()).not.toMatch(/^1\b/);
  });

  it("numbers the second page at its top", () => {
    expect(text("-f", "2", "-l", "2").trim()).toMatch(/^2\s/);
  });

  it("ends with the recipients and the signer", () => {
    const all = flat(text());
    expect(all).toContain("Nơi nhận:");
    expect(all).toContain("CHÁNH VĂN PHÒNG");
    expect(all).toContain("Trần Bình Minh");
  });
});
