import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDocx } from "../fixtures/buildDocx";
import { CORRECTED_TEXT } from "../fixtures/correctedReference";
import { REFERENCE_TEXT, REFERENCE_TXT_PATH } from "../fixtures/referenceText";

/** `npm run check` as a child process: exit codes and some of what it prints. */
const ROOT = join(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

function run(...args: string[]) {
  const result = spawnSync(TSX, ["scripts/check-report.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("npm run check", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "check-report-"));
    const tagged = [{ figure: "55", tag: "bcdc:bienChe.congChucGiao" }];
    writeFileSync(join(dir, "reference.docx"), await buildDocx(REFERENCE_TEXT.split("\n"), tagged));
    writeFileSync(join(dir, "corrected.txt"), CORRECTED_TEXT);
    writeFileSync(join(dir, "corrected.docx"), await buildDocx(CORRECTED_TEXT.split("\n")));
    writeFileSync(join(dir, "broken.docx"), "không phải zip");
    writeFileSync(join(dir, "empty.txt"), "");
    writeFileSync(join(dir, "utf16.txt"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CORRECTED_TEXT, "utf16le")]));
    writeFileSync(join(dir, "cp1258.txt"), Buffer.from([0x56, 0xe3, 0x6e, 0x20, 0x70, 0x68, 0xf2, 0x6e, 0x67]));
    // The Centre's overdue dossiers left out: the sum of the Centre cannot be checked.
    writeFileSync(join(dir, "partial.txt"), CORRECTED_TEXT.replace(/130 hồ sơ trễ và quá hạn, chiếm 1,67%, /, ""));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 1 on the reference .txt and prints its figures and problems in Vietnamese", () => {
    const { code, out } = run(REFERENCE_TXT_PATH);
    expect(code).toBe(1);
    const lines = out.split("\n");
    expect(lines).toContain("Số liệu nhận ra: 62/62 ô nhập liệu.");
    expect(lines).toContain("  Biên chế công chức được giao: 55 (dòng 15, mục I); 55 (dòng 67, mục III.1.a)");
    expect(lines).toContain("Vấn đề: 9 lỗi, 5 cảnh báo.");
    expect(out).toContain("[LỖI] (trích dẫn, dòng 157) Nghị định số 45/2020/NĐ-CP ngày 08/4/2021: năm trong ký hiệu (2020)");
    expect(out).toContain("[LỖI] (bố cục, dòng 61) Đề mục «II. THỰC HIỆN DÂN CHỦ");
  });

  it("reads a .docx (runs, content controls) to the same result", () => {
    const { code, out } = run(join(dir, "reference.docx"));
    expect(code).toBe(1);
    expect(out).toContain("Số liệu nhận ra: 62/62 ô nhập liệu.");
    expect(out).toContain("  Biên chế công chức được giao: 55 (dòng 15, mục I); 55 (dòng 67, mục III.1.a)");
    expect(out).toContain("Vấn đề: 9 lỗi, 5 cảnh báo.");
  });

  it("exits 0 on corrected reports and gives machine output with --json", () => {
    const { code, out } = run(join(dir, "corrected.txt"), join(dir, "corrected.docx"), "--json");
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as { files: Array<{ ok: boolean; check: { errors: number; warnings: number; period: unknown } }> };
    expect(parsed.files.map((f) => [f.ok, f.check.errors, f.check.warnings])).toEqual([[true, 0, 0], [true, 0, 0]]);
    expect(parsed.files[0]!.check.period).toEqual({ quarter: 1, year: 2026 });
  });

  it("exits 2 with a clear message on unreadable input", () => {
    const missing = run(join(dir, "khong-co.txt"));
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("khong-co.txt: không tìm thấy tệp");
    const broken = run(join(dir, "broken.docx"));
    expect(broken.code).toBe(2);
    expect(broken.err).toContain("tệp không có cấu trúc của một tệp .docx (Word 2007 trở lên)");
    const pdf = run("bao-cao.pdf");
    expect([pdf.code, pdf.err.trim()]).toEqual([2, "Không đọc được bao-cao.pdf: chỉ đọc được tệp .docx hoặc .txt (đây là tệp .pdf): hãy lấy bản Word của báo cáo (.docx)"]);
  });

  it("exits 3, not 0, on a report read only partly, and says what was not checked", () => {
    const { code, out } = run(join(dir, "partial.txt"));
    expect(code).toBe(3);
    expect(out).toContain("Số liệu nhận ra: 61/62 ô nhập liệu.");
    expect(out).toContain("[CHƯA KIỂM TRA] Không kiểm tra được tổng «Hồ sơ tiếp nhận (Trung tâm PVHCC)»");
    expect(out).not.toContain("Không phát hiện vấn đề nào.");
    const both = run(join(dir, "partial.txt"), join(dir, "corrected.txt"));
    expect(both.code).toBe(3);
  });

  it("reads UTF-16 with a BOM; says an empty file is empty; refuses a legacy code page by name", () => {
    const utf16 = run(join(dir, "utf16.txt"));
    expect([utf16.code, utf16.out]).toEqual([0, expect.stringContaining("Không phát hiện vấn đề nào.")]);
    const empty = run(join(dir, "empty.txt"));
    expect([empty.code, empty.err.trim()]).toEqual([2, `Không đọc được ${join(dir, "empty.txt")}: tệp rỗng (0 byte), không có nội dung để kiểm tra`]);
    const legacy = run(join(dir, "cp1258.txt"));
    expect(legacy.code).toBe(2);
    expect(legacy.err).toContain("không phải UTF-8 (có thể là bảng mã cũ");
  });

  it("is wired as the npm script", () => {
    const result = spawnSync("npm", ["run", "-s", "check", "--", REFERENCE_TXT_PATH, "--json"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(1);
    expect((JSON.parse(result.stdout) as { files: Array<{ check: { errors: number } }> }).files[0]!.check.errors).toBe(9);
  });

  it("exits 2 on wrong arguments and accepts --ky", () => {
    expect(run().code).toBe(2);
    expect(run("--ky", "V/2026", "a.txt").err).toContain("--ky cần dạng kỳ/năm");
    const { code, out } = run(join(dir, "corrected.txt"), "--ky", "II/2026");
    expect(code).toBe(1);
    expect(out).toContain("quý II năm 2026 (theo tham số --ky)");
  });
});
