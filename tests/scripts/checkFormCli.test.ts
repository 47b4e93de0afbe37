/** `npm run check` with forms: --definition, the form a .docx carries, and the built-in form that fits a text. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { emptyStoredReport, storedReportToXml } from "../../src/domain/storedReport";
import { plainParagraphs } from "../../src/preview/seedDocument";
import { buildDocx } from "../fixtures/buildDocx";
import { REFERENCE_TEXT } from "../fixtures/referenceText";
import { builtInDefinition, builtInSample, FORMS_DIR, formText } from "../support/forms";

const ROOT = join(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const MONTHLY_TITLE = "Mẫu: Báo cáo tình hình, kết quả công tác tiếp công dân (hằng tháng)";

function run(...args: string[]) {
  const result = spawnSync(TSX, ["scripts/check-report.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

async function carrying(lines: readonly string[], form: { formatVersion: number; text: string }): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await buildDocx(lines));
  zip.file("customXml/item1.xml", storedReportToXml({ ...emptyStoredReport({ quarter: 1, year: 2026 }), form }));
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("npm run check with report forms", () => {
  let dir: string;
  const monthlyText = plainParagraphs(builtInDefinition("tiep-cong-dan-thang"), builtInSample("tiep-cong-dan-thang"))
    .map((p) => p.runs.join(""))
    .join("\n");
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "check-form-"));
    writeFileSync(join(dir, "thang.txt"), monthlyText);
    writeFileSync(join(dir, "hong.json"), formText("tiep-cong-dan-thang").replace('"kind": "sum", "total": "tong.luot"', '"kind": "sum", "total": "khongCo"'));
    writeFileSync(join(dir, "mang-mau.docx"), await carrying(monthlyText.split("\n"), { formatVersion: 1, text: formText("tiep-cong-dan-thang") }));
    writeFileSync(join(dir, "mau-moi.docx"), await carrying(REFERENCE_TEXT.split("\n"), { formatVersion: 7, text: "{}" }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("picks the built-in form that recognises a monthly report, and finds every figure", () => {
    const { code, out } = run(join(dir, "thang.txt"));
    expect(code).toBe(0);
    expect(out).toContain("== " + join(dir, "thang.txt") + " — tháng 11 năm 2020 (theo tiêu đề)");
    expect(out).toContain(MONTHLY_TITLE);
    expect(out).toContain("Số liệu nhận ra: 21/21 ô nhập liệu.");
  });

  it("takes --definition for every file, and reads --ky in the form's own kind", () => {
    const { code, out } = run("--definition", join(FORMS_DIR, "tiep-cong-dan-thang.form.json"), join(dir, "thang.txt"), "--ky", "10/2020");
    expect(out).toContain("tháng 10 năm 2020 (theo tham số --ky)");
    expect(out).toContain(MONTHLY_TITLE);
    expect(code).toBe(0);
  });

  it("refuses a broken --definition by place, with exit code 2 and nothing checked", () => {
    const { code, out, err } = run("--definition", join(dir, "hong.json"), join(dir, "thang.txt"));
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain("rules[0].total: không có số liệu «khongCo» trong \"fields\"");
  });

  it("checks a .docx with the form it carries, and refuses one carrying a newer format", () => {
    const carried = run(join(dir, "mang-mau.docx"));
    expect(carried.out).toContain(MONTHLY_TITLE);
    expect(carried.code).toBe(0);
    const newer = run(join(dir, "mau-moi.docx"));
    expect(newer.code).toBe(2);
    expect(newer.err).toContain("định dạng phiên bản 7");
  });
});
