/** `npm run check -- --compare PREVIOUS THIS [--json]`: the comparison table and the `comparison` array. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDocx } from "../fixtures/buildDocx";
import { REFERENCE_TEXT, REFERENCE_TXT_PATH } from "../fixtures/referenceText";

const ROOT = join(__dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");

function run(...args: string[]) {
  const result = spawnSync(TSX, ["scripts/check-report.ts", ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** Last quarter's report: quý IV/2025, fewer dossiers received, no figure for the staff count. */
const PREVIOUS = REFERENCE_TEXT.replace("công tác dân chủ quý I;\nNhiệm vụ trọng tâm quý II năm 2026", "công tác dân chủ quý IV năm 2025;\nNhiệm vụ trọng tâm quý I năm 2026")
  .replace("9.780", "9.650")
  .replace("Công chức được giao là 55", "Công chức được giao là")
  .replace("Văn phòng được giao: 55 biên chế", "Văn phòng được giao: biên chế");

describe("npm run check -- --compare", () => {
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "check-compare-"));
    writeFileSync(join(dir, "quy-IV-2025.docx"), await buildDocx(PREVIOUS.split("\n")));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the comparison table after the checks: changes, unchanged and unknown in words", () => {
    const { out, err } = run("--compare", join(dir, "quy-IV-2025.docx"), REFERENCE_TXT_PATH);
    expect(err).toBe("");
    const lines = out.split("\n");
    expect(lines.find((l) => l.startsWith("So sánh "))).toMatch(/^So sánh Quý I\/2026 \(.*\) với Quý IV\/2025 \(.*quy-IV-2025\.docx\)$/);
    expect(lines).toContain("  Hồ sơ tiếp nhận (Trung tâm PVHCC): 9.650 → 9.780  +130 (+1,35%)");
    expect(lines).toContain("  Tỷ lệ đã giải quyết: 80,48% → 79,41%  -1,07 điểm (-1,33%)");
    expect(lines).toContain("  Biên chế sự nghiệp được giao: 15 → 15  không đổi");
    expect(lines).toContain("  Biên chế công chức được giao: — → 55  chưa so được");
  });

  it("adds a comparison array with --json: numbers as numbers, null where unknown or previous is 0", () => {
    const { out } = run("--compare", join(dir, "quy-IV-2025.docx"), REFERENCE_TXT_PATH, "--json");
    const json = JSON.parse(out) as { files: unknown[]; comparison: Array<Record<string, unknown>> };
    expect(json.files).toHaveLength(2);
    const byId = new Map(json.comparison.map((c) => [c.id, c]));
    expect(byId.get("bcdc:hcc.tiepNhan")).toEqual({
      id: "bcdc:hcc.tiepNhan",
      label: "Hồ sơ tiếp nhận (Trung tâm PVHCC)",
      section: "III.2.c Trung tâm Phục vụ hành chính công tỉnh",
      previous: 9650,
      current: 9780,
      change: 130,
      changePercent: 1.35,
    });
    expect(byId.get("bcdc:bienChe.congChucGiao")).toMatchObject({ previous: null, current: 55, change: null, changePercent: null });
    const fromZero = json.comparison.find((c) => c.previous === 0);
    expect(fromZero).toMatchObject({ changePercent: null });
    expect(typeof fromZero?.change).toBe("number");
    // One object per figure read in either file, every key present.
    for (const entry of json.comparison) {
      expect(Object.keys(entry)).toEqual(["id", "label", "section", "previous", "current", "change", "changePercent"]);
      expect(entry.previous !== null || entry.current !== null).toBe(true);
    }
  });

  it("needs exactly two files, and says which way round", () => {
    const { code, err } = run("--compare", REFERENCE_TXT_PATH);
    expect(code).toBe(2);
    expect(err).toContain("--compare cần đúng hai tệp");
    expect(run("--compare", REFERENCE_TXT_PATH, join(dir, "quy-IV-2025.docx")).err).toContain("không phải báo cáo của kỳ trước");
  });
});
