/** `npm run check -- --compare PREVIOUS THIS [--json]`: the comparison table and the `comparison` array. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { storedReportToXml } from "../../src/domain/storedReport";
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

  it("needs exactly two files, and refuses them the wrong way round (exit 2)", () => {
    const { code, err } = run("--compare", REFERENCE_TXT_PATH);
    expect(code).toBe(2);
    expect(err).toContain("--compare cần đúng hai tệp");
    const reversed = run("--compare", REFERENCE_TXT_PATH, join(dir, "quy-IV-2025.docx"));
    expect(reversed.code).toBe(2);
    expect(reversed.err).toContain("không phải báo cáo của kỳ trước quý IV/2025");
  });
});

const SECOND = join(ROOT, "tests/fixtures/corpus/second-form");
const REWORDED = join(ROOT, "tests/fixtures/corpus/reworded");
type Entry = { id: string; label: string; section: string; previous: number | null; current: number | null; change: number | null; changePercent: number | null };

describe("npm run check -- --compare on pairs written for other purposes", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "check-compare-more-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("compares two consecutive months of the monthly form, by month, in the issue's JSON shape", () => {
    const { code, out } = run("--compare", join(SECOND, "daknong-tcd-2020-05.txt"), join(SECOND, "daknong-tcd-2020-06.txt"), "--json");
    expect(code).toBe(3); // both read only in part (the checks say which figures); the comparison is made
    const json = JSON.parse(out) as { files: Array<{ form: { id: string } }>; comparison: Entry[] };
    expect(json.files.map((f) => f.form.id)).toEqual(["tiep-cong-dan-thang", "tiep-cong-dan-thang"]);
    const byLabel = new Map(json.comparison.map((c) => [c.label, c]));
    // As the corpus's truth files give them (May: 26 and 3; June: 38 and 3; June states no «định kỳ» total).
    expect(byLabel.get("Lượt tiếp về đất đai")).toMatchObject({ previous: 26, current: 38, change: 12, changePercent: 46.15 });
    expect(byLabel.get("Lượt tiếp về lĩnh vực khác")).toMatchObject({ previous: 3, current: 3, change: 0, changePercent: 0 });
    expect(byLabel.get("Lượt tiếp định kỳ")).toMatchObject({ previous: 27, current: null, change: null, changePercent: null });
    for (const entry of json.comparison) {
      expect(Object.keys(entry)).toEqual(["id", "label", "section", "previous", "current", "change", "changePercent"]);
      for (const key of ["previous", "current", "change", "changePercent"] as const) expect(["number", "object"]).toContain(typeof entry[key]);
      if (entry.previous === 0 || entry.previous === null) expect(entry.changePercent).toBeNull();
    }
  });

  it("compares two rewordings of the reference report once the first is last quarter's", () => {
    const before = readFileSync(join(REWORDED, "01-ngan-gon.txt"), "utf8").replace("quý I năm 2026; nhiệm vụ trọng tâm quý II", "quý IV năm 2025; nhiệm vụ trọng tâm quý I");
    writeFileSync(join(dir, "ngan-gon-quy-IV.txt"), before);
    const { out } = run("--compare", join(dir, "ngan-gon-quy-IV.txt"), join(REWORDED, "05-kieu-so.txt"));
    expect(out).toMatch(/^So sánh Quý I\/2026 \(.*05-kieu-so\.txt\) với Quý IV\/2025 \(.*ngan-gon-quy-IV\.txt\)$/m);
    expect(out).toContain("  Hồ sơ tiếp nhận (Trung tâm PVHCC): 9.780 → 9.780  không đổi");
  });

  it("refuses, exit 2 and a clear message, a previous file of another form, of the same period, or not a report", () => {
    const other = run("--compare", join(SECOND, "daknong-tcd-2020-05.txt"), REFERENCE_TXT_PATH);
    expect(other.code).toBe(2);
    expect(other.err).toContain("là báo cáo theo mẫu khác («Báo cáo tình hình, kết quả công tác tiếp công dân (hằng tháng)»)");
    const same = run("--compare", join(REWORDED, "01-ngan-gon.txt"), REFERENCE_TXT_PATH, "--json");
    expect(same.code).toBe(2);
    expect(same.err).toContain("cùng kỳ với báo cáo so sánh (quý I/2026)");
    expect(JSON.parse(same.out)).not.toHaveProperty("comparison");
    writeFileSync(join(dir, "thu-moi.txt"), "Kính mời các đồng chí dự họp giao ban lúc 8 giờ sáng thứ Hai tại phòng họp số 2.\n");
    const note = run("--compare", join(dir, "thu-moi.txt"), REFERENCE_TXT_PATH);
    expect(note.code).toBe(2);
    expect(note.err).toMatch(/không giống một báo cáo của mẫu/);
  });

  it("reads a previous .docx made by the add-in at the figures it keeps, not its wording", async () => {
    const part = storedReportToXml({
      period: { quarter: 4, year: 2025 },
      figures: { "bcdc:hcc.tiepNhan": "9.650" },
      written: {},
      history: [],
      form: { formatVersion: 1, text: readFileSync(join(ROOT, "src/forms/bao-cao-dan-chu-quy.form.json"), "utf8") },
    });
    // Its text says quý I/2026 and 9.780: the stored part (quý IV/2025, 9.650) is what the add-in wrote for it.
    writeFileSync(join(dir, "tu-tien-ich.docx"), await buildDocx(REFERENCE_TEXT.split("\n"), [], { "customXml/item1.xml": part }));
    const { out } = run("--compare", join(dir, "tu-tien-ich.docx"), REFERENCE_TXT_PATH, "--json");
    const json = JSON.parse(out) as { comparison: Entry[] };
    expect(json.comparison.find((c) => c.id === "bcdc:hcc.tiepNhan")).toMatchObject({ previous: 9650, current: 9780, change: 130, changePercent: 1.35 });
    expect(json.comparison.find((c) => c.id === "bcdc:bienChe.congChucGiao")).toMatchObject({ previous: null, current: 55 });
  });
});
