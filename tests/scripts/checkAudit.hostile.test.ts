/**
 * `npm run check` on hostile .docx and text files of the issue-14 audit (tests/fixtures/hostile/generate.ts makes
 * them; none is committed). Each was a finding: a stored part parsed before its size was checked (20 MB nested 2.9
 * million deep: killed past 3.7 GB), XML nested 500,000 deep in a paragraph (813 MB), a numbering start of two
 * billion in roman numerals, 200,000 lines refused only after 36 s of recognition, two entries of the same name,
 * English parser messages quoting the file's bytes. The process's peak RSS stays under the README's bound.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostileFiles } from "../fixtures/hostile/generate";

const ROOT = join(__dirname, "../..");
const RSS_BOUND_MB = 1000;
// eslint-disable-next-line no-control-regex -- a NUL quoted from the file is one of the things looked for
const RAW_ERROR = /RangeError|TypeError|Error:|Maximum call stack|at .*\.ts:\d+|Lỗi không mong đợi|Unexpected|EOF|\u0000/;

function check(file: string) {
  const args = ["--import", "tsx", "--require", join(ROOT, "tests/support/reportMaxRss.cjs"), "scripts/check-report.ts", file];
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const rssMb = Number(/maxRssKb=(\d+)/.exec(result.stderr)?.[1]) / 1024;
  if (process.env["HOSTILE_RSS"]) process.stdout.write(`${file}: exit ${result.status}, peak RSS ${rssMb.toFixed(0)} MB\n`);
  return { code: result.status, out: result.stdout, err: result.stderr.replace(/\s*maxRssKb=\d+\s*$/, ""), rssMb };
}

describe("npm run check on the audit's hostile files", () => {
  let dir: string;
  const files = hostileFiles();
  const write = (name: string) => {
    const file = join(dir, name);
    writeFileSync(file, files[name]!());
    return file;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "audit-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ["customxml-deep-20MB.docx", "dữ liệu lưu trong tệp (customXml) dài 20.300.071 ký tự, quá giới hạn 8.000.000"],
    ["customxml-flat-8M-chars-elements.docx", "dữ liệu lưu trong tệp (customXml) có hơn 200.000 phần tử, quá giới hạn"],
    ["document-deep-text-in-t.docx", "nội dung văn bản (word/document.xml) có hơn 300.000 phần tử XML, quá giới hạn"],
    ["lines-200k.txt", "Văn bản có hơn 100.000 dòng (đoạn), quá giới hạn"],
    ["duplicate-names.docx", "mục lục zip có hai mục cùng tên word/document.xml"],
    ["corrupt-deflate.docx", "nội dung nén hỏng hoặc bị cắt dở"],
    ["not-xml-document.docx", "word/document.xml không phải XML hợp lệ"],
    ["bomb-numbering-1GB.docx", "phần đánh số tự động (word/numbering.xml) giải nén ra hơn 8 MB"],
  ])("refuses %s with exit 2 and a Vietnamese reason", (name, reason) => {
    const { code, err, rssMb } = check(write(name));
    expect(err).toContain(reason);
    expect(err).not.toMatch(RAW_ERROR);
    expect(code).toBe(2);
    expect(rssMb).toBeLessThan(RSS_BOUND_MB);
  });

  it("checks a line holding a run of a million digits in linear time (each wording pattern once per run)", () => {
    const { code, out, err, rssMb } = check(write("one-run-1M-digits.txt"));
    expect(err).not.toMatch(RAW_ERROR);
    expect(code).toBe(3);
    expect(out).toContain("Số liệu nhận ra: 0/");
    expect(rssMb).toBeLessThan(RSS_BOUND_MB);
  });

  it("reads a document whose numbering starts at two billion in roman numerals, with labels of bounded length", () => {
    const { code, out, err, rssMb } = check(write("numbering-roman-bomb.docx"));
    expect(err).not.toMatch(RAW_ERROR);
    expect(code).toBe(3); // read, none of the form's figures in it
    expect(out).toContain("Số liệu nhận ra: 0/");
    expect(rssMb).toBeLessThan(RSS_BOUND_MB);
  });
});
