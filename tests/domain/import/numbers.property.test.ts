/**
 * Never a wrong value: a figure written in any style clerks use is read back whole, with its value, both by the
 * number reader and by recognition; nothing is cut at a separator.
 */
import fc from "fast-check";
import { parseField } from "../../../src/domain/fieldValues";
import { findNumbers, inputOf } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const SEPARATORS = [".", " ", "\u00a0", "\u202f"];

/** A count in one of the styles clerks write: 9780, 9.780, 9 780 (space, NBSP, narrow NBSP), 08. */
function countStyles(value: number): string[] {
  const digits = String(value);
  const grouped = (sep: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  const styles = [digits, ...SEPARATORS.map(grouped)];
  if (value < 10) styles.push(`0${value}`);
  return styles;
}

/** A percentage with two decimals: 95,06% 95,06 % 95.06% 95.06 % (and non-breaking spaces before %). */
function percentStyles(cents: number): string[] {
  const whole = Math.floor(cents / 100);
  const frac = String(cents % 100).padStart(2, "0");
  return [",", "."].flatMap((mark) => ["", " ", "\u00a0", "\u202f"].map((gap) => `${whole}${mark}${frac}${gap}%`));
}

const count = fc.integer({ min: 0, max: 9_999_999 });
const styleIndex = fc.nat({ max: 5 });

describe("reading numbers as clerks write them", () => {
  it("reads a count in every style whole, with its value", () => {
    fc.assert(
      fc.property(count, styleIndex, (value, i) => {
        const styles = countStyles(value);
        const written = styles[i % styles.length]!;
        const text = `Đã tiếp nhận ${written} hồ sơ; có 12 người.`;
        const tokens = findNumbers(text).filter((t) => t.kind === "count");
        expect(tokens[0]).toMatchObject({ start: 13, text: written, value });
        expect(tokens[1]).toMatchObject({ text: "12", value: 12 });
      }),
      { numRuns: 1500 },
    );
  });

  it("reads a percentage in every style whole, with its value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.nat({ max: 7 }), (cents, i) => {
        const written = percentStyles(cents)[i]!;
        const tokens = findNumbers(`đã giải quyết 77 hồ sơ, chiếm ${written}; còn lại`);
        expect(tokens.map((t) => t.kind)).toEqual(["count", "percent"]);
        expect(tokens[1]!.text).toBe(written);
        expect(tokens[1]!.value).toBeCloseTo(cents / 100, 10);
        expect(parseField({ id: "x", label: "x", kind: "percent", section: "s" }, inputOf(tokens[1]!))).toEqual({
          ok: true,
          value: { kind: "number", value: Number((cents / 100).toFixed(2)) },
        });
      }),
      { numRuns: 800 },
    );
  });

  it("reads a percentage with its sign in words («92,4 phần trăm», «95 phần trăm») whole, with its value", () => {
    const words = ["phần trăm", "Phần trăm", "phần\u00a0trăm"];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.nat({ max: 2 }), fc.nat({ max: 2 }), fc.boolean(), (cents, decimals, w, nbsp) => {
        const value = Math.round(cents / 10 ** decimals) / 10 ** (2 - decimals);
        const digits = value.toFixed(2 - decimals).replace(".", ",");
        const written = `${digits}${nbsp ? "\u00a0" : " "}${words[w]!}`;
        const tokens = findNumbers(`đã giải quyết 77 hồ sơ, đạt ${written}; còn lại`);
        expect(tokens.map((t) => t.kind)).toEqual(["count", "percent"]);
        expect(tokens[1]!.text).toBe(written);
        expect(inputOf(tokens[1]!)).toBe(digits);
        expect(parseField({ id: "x", label: "x", kind: "percent", section: "s" }, inputOf(tokens[1]!))).toEqual({ ok: true, value: { kind: "number", value } });
      }),
      { numRuns: 600 },
    );
  });

  it("reads «phần trăm điểm» (a change in points) as no share and no count, and «phần trămx» as no sign", () => {
    expect(findNumbers("tăng 2 phần trăm điểm so với quý trước").map((t) => [t.text, t.kind])).toEqual([["2", "other"]]);
    expect(findNumbers("tăng 1,5 phần trăm điểm").map((t) => [t.text, t.kind])).toEqual([["1,5", "other"]]);
    expect(findNumbers("cao hơn 1,20 điểm phần trăm").map((t) => t.kind)).toEqual(["other"]);
    expect(findNumbers("đạt 95 phần trămx").map((t) => [t.text, t.kind])).toEqual([["95", "count"]]);
    expect(findNumbers("đạt 100 phần trăm kế hoạch").map((t) => [t.text, t.kind, t.value])).toEqual([["100 phần trăm", "percent", 100]]);
  });

  it("recognition binds a share written «phần trăm» as the share, and nothing for «phần trăm điểm»", () => {
    const field = "bcdc:motCuaVp.tyLeDaGiaiQuyet";
    const lead = "Bộ phận một cửa Văn phòng: Tiếp nhận 81 hồ sơ, đã giải quyết, trả kết quả 77 hồ sơ,";
    const share = recognizeFigures(`${lead} đạt 95,06 phần trăm.`, REPORT).get(field);
    expect(share?.state === "bound" ? share.occurrences.map((o) => [o.text, o.input]) : share).toEqual([["95,06 phần trăm", "95,06"]]);
    expect(recognizeFigures(`${lead} tăng 2 phần trăm điểm.`, REPORT).get(field)?.state).toBe("notFound");
  });

  it("never cuts a number: every figure of a run of figures is one token", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(count, styleIndex), { minLength: 1, maxLength: 6 }), (figures) => {
        const parts = figures.map(([value, i]) => {
          const styles = countStyles(value).filter((s) => !/^0\d/.test(s) || value < 10);
          return { value, written: styles[i % styles.length]! };
        });
        const text = parts.map((p, k) => `mục ${k === 0 ? "đầu" : "sau"}: ${p.written} hồ sơ`).join(", ");
        const tokens = findNumbers(text).filter((t) => t.kind === "count");
        expect(tokens.map((t) => t.value)).toEqual(parts.map((p) => p.value));
      }),
      { numRuns: 800 },
    );
  });

  it("recognition binds the same value whatever the style, or nothing", () => {
    const field = "bcdc:motCuaVp.tiepNhan";
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), styleIndex, (value, i) => {
        const styles = countStyles(value);
        const written = styles[i % styles.length]!;
        const text = `Bộ phận một cửa Văn phòng: Tiếp nhận ${written} hồ sơ, đã giải quyết, trả kết quả 77 hồ sơ.`;
        const recognition = recognizeFigures(text, REPORT).get(field)!;
        expect(recognition.state).toBe("bound");
        if (recognition.state !== "bound") return;
        const parsed = parseField(REPORT.byId.get(field)!, recognition.occurrences[0]!.input);
        expect(parsed).toEqual({ ok: true, value: { kind: "number", value } });
      }),
      { numRuns: 300 },
    );
  });

  it("does not take numbers of symbols, dates, ranges or decimals as figures", () => {
    const text = "Nghị định 59/2023/NĐ-CP ngày 15/12/2025; Quy định 429-QĐi; giai đoạn 2026-2030; tháng 3/2026; H.01b; 9.78 điểm";
    const figures = findNumbers(text).filter((t) => t.kind === "count" || t.kind === "percent");
    expect(figures).toEqual([]);
    expect(findNumbers(text).filter((t) => t.kind === "date").map((t) => t.text)).toEqual(["15/12/2025"]);
  });

  it("reads 05 100 as two numbers (a leading zero does not start a grouped number)", () => {
    expect(findNumbers("05 100").map((t) => t.value)).toEqual([5, 100]);
    expect(findNumbers("7 642 hồ sơ").map((t) => t.value)).toEqual([7642]);
  });
});
