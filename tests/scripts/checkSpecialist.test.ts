/**
 * `npm run check` as the receiving office's specialist meets it (a walk on documents written for it,
 * tests/fixtures/specialist/): files named for what they are, a partly read report with problems says it was read
 * only in part (exit 3 when no error), a report with errors exits 1 and still says so.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const FIXTURES = join(ROOT, "tests/fixtures/specialist");

function run(...args: string[]) {
  const result = spawnSync(TSX, ["scripts/check-report.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("npm run check on files as they arrive at the receiving office", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "check-specialist-"));
    writeFileSync(join(dir, "bao-cao.txt"), "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <</Type /Catalog>> endobj\n", "latin1");
    writeFileSync(join(dir, "rtf.txt"), "{\\rtf1\\ansi\\ansicpg1258 B\\u193?O C\\u193?O qu\\u253? II n\\u259?m 2026\\par}");
    const docx = readFileSync(join(FIXTURES, "yen-bai-tu-dong-danh-so.docx"));
    writeFileSync(join(dir, "doi-duoi.txt"), docx);
    writeFileSync(join(dir, "cat-do.docx"), docx.subarray(0, 1500));
    writeFileSync(join(dir, "cu.docx"), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    copyFileSync(join(FIXTURES, "hoa-binh-phan-thu-nhat.txt"), join(dir, "bao-cao.doc"));
    mkdirSync(join(dir, "thu-muc.txt"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("names a PDF, an RTF, a .docx renamed .txt, a truncated .docx, a Word 97 .doc, a .doc and a folder by what they are (exit 2)", () => {
    const names = ["bao-cao.txt", "rtf.txt", "doi-duoi.txt", "cat-do.docx", "cu.docx", "bao-cao.doc", "thu-muc.txt"];
    const { code, out, err } = run(...names.map((n) => join(dir, n)));
    expect(code).toBe(2);
    expect(out).toBe("");
    const reasons = err.trim().split("\n").map((line) => line.replace(`Không đọc được ${dir}/`, ""));
    expect(reasons).toEqual([
      "bao-cao.txt: tệp là PDF, không phải văn bản .txt hay .docx: hãy lấy bản Word của báo cáo (hoặc chuyển PDF sang Word) rồi kiểm tra tệp .docx",
      "rtf.txt: tệp là RTF (Rich Text Format), không phải văn bản thuần: hãy mở bằng Word và lưu thành Word Document (.docx) hoặc Plain Text (.txt) mã Unicode UTF-8",
      "doi-duoi.txt: tệp là tệp nén (zip), có thể là một tệp .docx bị đổi đuôi thành .txt: hãy đổi lại đuôi .docx rồi kiểm tra",
      "cat-do.docx: tệp bị cắt dở: có phần đầu của một tệp .docx nhưng thiếu phần cuối (tải về hoặc sao chép chưa xong?); hãy lấy lại tệp gốc",
      "cu.docx: tệp là văn bản Word 97–2003 (.doc) hoặc tệp Office đời cũ, không phải .docx: hãy mở bằng Word, chọn Lưu thành › Word Document (.docx) rồi kiểm tra tệp mới",
      "bao-cao.doc: chỉ đọc được tệp .docx hoặc .txt (đây là tệp .doc): tệp Word 97–2003, hãy mở bằng Word và lưu thành Word Document (.docx)",
      // Node's own words were printed here («EISDIR: illegal operation on a directory, read»).
      "thu-muc.txt: đây là một thư mục, không phải tệp (hãy ghi tên tệp .docx hoặc .txt trong thư mục)",
    ]);
  });

  it("a report read in part with warnings only: the warnings, then that it was read in part, exit 3", () => {
    const { code, out } = run(join(FIXTURES, "hoa-binh-phan-thu-nhat.txt"));
    expect(code).toBe(3);
    expect(out).toMatch(/^Vấn đề: 0 lỗi, \d+ cảnh báo\. Chưa đọc hết văn bản \(\d+ số liệu chưa đọc được, \d+ kiểm tra không chạy được\): phần chưa đọc chưa được kiểm tra\.$/m);
    expect(out).not.toContain("Không phát hiện vấn đề nào");
    expect(out).toContain("nêu tổng 14, nhưng 6 + 7 = 13 (chênh 01).");
  });

  it("the Word-numbered .docx: its table's total row is checked, no numbering error (exit 3)", () => {
    const { code, out } = run(join(FIXTURES, "yen-bai-tu-dong-danh-so.docx"));
    expect(code).toBe(3);
    expect(out).toContain("  [CẢNH BÁO] (phép cộng, dòng 21, 24) Bảng: hàng «Tổng cộng», cột «Đang giải quyết» ghi 185, nhưng các hàng ở trên cộng lại 150 + 30 + 15 = 195 (chênh 10).");
    expect(out).not.toContain("(bố cục");
    expect(out).toContain("  Hồ sơ tiếp nhận (một cửa Văn phòng): 64 (dòng 17, mục II.2.a)");
  });
});
