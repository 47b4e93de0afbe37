/**
 * Figures left unclear settled by the form's sums solved together (meaning/sumsSettle.ts): the values every choice
 * that makes the sums hold agrees on are bound; what the sums cannot tell apart (two parts offered both ways), what a
 * veto refuses, a figure stated twice, small totals and groups too large to try stay the clerk's.
 */
import { MAX_COMBINATIONS, settleBySums } from "../../../src/domain/import/meaning/sumsSettle";
import type { Occurrence, Recognition } from "../../../src/domain/import/types";
import type { FieldId } from "../../../src/domain/types";
import { builtInDefinition, REPORT } from "../../support/forms";

const id = (suffix: string): FieldId => REPORT.fields.find((f) => f.id.endsWith(suffix))!.id;

let offset = 0;
const places = new Map<string, Occurrence>();
/** One place in the text per written number: the same number offered to two figures is one place. */
const at = (text: string): Occurrence => {
  let o = places.get(text);
  if (!o) places.set(text, (o = { start: (offset += 10), end: offset + text.length, text, input: text, line: 1, where: "" }));
  return o;
};
const bound = (text: string): Recognition => ({ state: "bound", occurrences: [at(text)] });
const unclear = (...texts: string[]): Recognition => ({ state: "ambiguous", candidates: texts.map(at) });

function settle(entries: Array<[string, Recognition]>, vetoed: (o: Occurrence) => boolean = () => false, doubted: string[] = []) {
  const result = new Map(entries.map(([suffix, r]) => [id(suffix), r]));
  settleBySums(REPORT, result, (_f, o) => vetoed(o), new Set(doubted.map(id)));
  return (suffix: string) => {
    const r = result.get(id(suffix))!;
    return r.state === "bound" ? r.occurrences.map((o) => o.text) : r.state;
  };
}

beforeEach(() => places.clear());

describe("unclear figures the sums settle together", () => {
  // «quầy nhận 214 hồ sơ (toàn tỉnh 31.902) … xong 207 … sớm hạn 66, đúng hạn 141 … đang giải quyết 07»
  const desk = (): Array<[string, Recognition]> => [
    ["motCuaVp.tiepNhan", unclear("31.902", "214")],
    ["motCuaVp.daGiaiQuyet", unclear("207")],
    ["motCuaVp.traSom", unclear("66", "141")],
    ["motCuaVp.dungHan", unclear("141", "66")],
    ["motCuaVp.dangGiaiQuyet", unclear("07")],
  ];

  it("binds what every choice agrees on and leaves two parts the sums cannot tell apart", () => {
    const shown = settle(desk());
    expect(shown("motCuaVp.tiepNhan")).toEqual(["214"]);
    expect(shown("motCuaVp.daGiaiQuyet")).toEqual(["207"]);
    expect(shown("motCuaVp.dangGiaiQuyet")).toEqual(["07"]);
    expect(shown("motCuaVp.traSom")).toBe("ambiguous");
    expect(shown("motCuaVp.dungHan")).toBe("ambiguous");
  });

  it("takes the one offered number a bound account needs", () => {
    const shown = settle([
      ["hcc.tiepNhan", unclear("5.120", "12.618")],
      ["hcc.daGiaiQuyet", bound("11.415")],
      ["hcc.treHan", bound("0")],
      ["hcc.dangGiaiQuyet", bound("1.203")],
    ]);
    expect(shown("hcc.tiepNhan")).toEqual(["12.618"]);
  });

  it("never takes a number a veto refuses, nor settles a figure stated twice", () => {
    expect(settle(desk(), (o) => o.text === "214")("motCuaVp.tiepNhan")).toBe("ambiguous");
    expect(settle(desk(), () => false, ["motCuaVp.tiepNhan"])("motCuaVp.tiepNhan")).toBe("ambiguous");
  });

  it("leaves a figure no offered number fits, and small totals where a fit is chance", () => {
    const shown = settle([
      ["motCuaVp.tiepNhan", unclear("215", "31.902")],
      ["motCuaVp.daGiaiQuyet", bound("207")],
      ["motCuaVp.dangGiaiQuyet", bound("07")],
    ]);
    expect(shown("motCuaVp.tiepNhan")).toBe("ambiguous");
    const small = settle([
      ["motCuaVp.tiepNhan", unclear("8", "6")],
      ["motCuaVp.daGiaiQuyet", bound("5")],
      ["motCuaVp.dangGiaiQuyet", bound("3")],
    ]);
    expect(small("motCuaVp.tiepNhan")).toBe("ambiguous");
  });

  it("does not try a group with more choices than the bound, even one the sums would settle", () => {
    // One choice adds up (1111 = 1000 + 11 + 100; 1000 = 900 + 60 + 40) among 4 × 4 × 4 × 4 × 4 = 1024.
    const four = (right: string, last: number) => unclear(right, ...[2, 3, 4].map((k) => String(k * 1000 + last)));
    const shown = settle([
      ["hcc.tiepNhan", four("1111", 1)],
      ["hcc.daGiaiQuyet", four("1000", 2)],
      ["hcc.treHan", four("11", 3)],
      ["hcc.dangGiaiQuyet", four("100", 4)],
      ["hcc.truocHan", four("900", 5)],
      ["hcc.dungHan", bound("60")],
      ["hcc.rutTraLai", bound("40")],
    ]);
    expect(4 ** 5).toBeGreaterThan(MAX_COMBINATIONS);
    expect(shown("hcc.tiepNhan")).toBe("ambiguous");
  });
});

describe("a figure of several sums", () => {
  const monthly = builtInDefinition("tiep-cong-dan-thang");
  const mid = (suffix: string): FieldId => monthly.fields.find((f) => f.id.endsWith(suffix))!.id;

  it("is not settled by one sum alone: a part misread elsewhere would pull a wrong total", () => {
    // «tiếp 66 lượt … định kỳ 55, đột xuất 11» with «đột xuất» misread as 09: only 64 makes that one sum hold.
    const result = new Map<FieldId, Recognition>([
      [mid("tong.luot"), unclear("41", "64", "66")],
      [mid("tong.dinhKy"), bound("55")],
      [mid("tong.dotXuat"), bound("09")],
    ]);
    settleBySums(monthly, result, () => false);
    expect(result.get(mid("tong.luot"))!.state).toBe("ambiguous");
  });

  it("is settled when two of its sums need the same number", () => {
    const result = new Map<FieldId, Recognition>([
      [mid("tong.luot"), unclear("41", "64", "66")],
      [mid("tong.dinhKy"), bound("55")],
      [mid("tong.dotXuat"), bound("11")],
      [mid("tinh.luot"), bound("02")],
      [mid("so.luot"), bound("23")],
      [mid("huyen.luot"), bound("41")],
    ]);
    settleBySums(monthly, result, () => false);
    const r = result.get(mid("tong.luot"))!;
    expect(r.state === "bound" ? r.occurrences.map((o) => o.text) : r.state).toEqual(["66"]);
  });
});
