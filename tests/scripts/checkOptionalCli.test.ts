/**
 * `npm run check`'s exit code with «không bắt buộc» figures: 0 when a report leaves an optional group out (Đắk Nông's
 * reports, which never state the reception board's regular figures), 3 when it states half of one.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { tinyForm } from "../support/forms";

const ROOT = join(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const SECOND = join(ROOT, "tests/fixtures/corpus/second-form");

function run(...args: string[]) {
  const result = spawnSync(TSX, ["scripts/check-report.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe("npm run check with optional figures", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "check-optional-"));
    const form = tinyForm(
      [
        { id: "luot", label: "Lượt lãnh đạo tiếp", kind: "count", section: "I", wording: ["lãnh đạo tiếp {N} lượt"] },
        { id: "txLuot", label: "Lượt tiếp thường xuyên", kind: "count", section: "I", optional: true, wording: ["Trụ sở tiếp thường xuyên {N} lượt"] },
        { id: "txNguoi", label: "Người được tiếp thường xuyên", kind: "count", section: "I", optional: true, wording: ["thường xuyên {n} lượt với {N} người"] },
      ],
      [],
      { formatVersion: 2 },
    );
    writeFileSync(join(dir, "mau.json"), JSON.stringify(form));
    // The same two figures as one optional section: stated whole or not at all.
    const section = {
      ...form,
      fields: form.fields.map((f) => (f.optional ? { ...f, optional: undefined, section: "II" } : f)),
      sections: [...form.sections, { id: "II", number: "II", title: "Tiếp thường xuyên", optional: true, subsections: [{ id: "II", number: "II", title: "Tiếp thường xuyên" }] }],
    };
    writeFileSync(join(dir, "mau-muc.json"), JSON.stringify(section));
    writeFileSync(join(dir, "nua.txt"), "BÁO CÁO quý I năm 2026\nLãnh đạo tiếp 05 lượt. Trụ sở tiếp thường xuyên 12 lượt.\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("exits 0 on Đắk Nông's November 2020 issue, naming the optional figures it leaves out", () => {
    const { code, out } = run(join(SECOND, "daknong-tcd-2020-11-viet-lai.txt"));
    expect(code).toBe(0);
    expect(out).toContain("Số liệu nhận ra: 19/21 ô nhập liệu, 2 ô không bắt buộc văn bản không nêu.");
    expect(out).toContain("Không bắt buộc, văn bản không nêu: Lượt tiếp thường xuyên tại Trụ sở Tiếp công dân; Số người được tiếp thường xuyên tại Trụ sở Tiếp công dân.");
    expect(out).toContain("Không phát hiện vấn đề nào.");
  });

  it("still prints Hà Tĩnh's regular reception figures", () => {
    const { out } = run(join(SECOND, "38-ha-tinh-tcd-2025-04-tin-cong-thong-tin.txt"));
    expect(out).toMatch(/\n {2}Lượt tiếp thường xuyên tại Trụ sở Tiếp công dân: 38 \(dòng 19/);
    expect(out).toMatch(/\n {2}Số người được tiếp thường xuyên tại Trụ sở Tiếp công dân: 45 \(dòng 19/);
  });

  it("exits 0 when figures marked one by one are stated one without the other", () => {
    const { code, out } = run("--definition", join(dir, "mau.json"), join(dir, "nua.txt"));
    expect(out).toContain("Không bắt buộc, văn bản không nêu: Người được tiếp thường xuyên.");
    expect(code).toBe(0);
  });

  it("exits 3 when a report states half of an optional section: the rest is owed", () => {
    const { code, out } = run("--definition", join(dir, "mau-muc.json"), join(dir, "nua.txt"));
    expect(out).toContain("Không tìm thấy: Người được tiếp thường xuyên.");
    expect(out).toContain("Chưa đọc hết văn bản (1 số liệu chưa đọc được)");
    expect(code).toBe(3);
  });
});
