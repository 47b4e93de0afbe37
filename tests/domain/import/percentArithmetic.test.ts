/**
 * A percentage left unclear is settled by the form's arithmetic when its part and whole are bound: the candidate equal
 * to part ÷ whole, to the decimals written. And the other side: no fit, two values fitting, a vetoed candidate, an
 * unbound part, or a whole percentage that only rounds to the ratio leave it for the clerk.
 */
import { confirmPercents, fitsRatio } from "../../../src/domain/import/meaning/percentArithmetic";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { FieldId } from "../../../src/domain/types";
import type { Occurrence, Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const percent = REPORT.fields.find((f) => f.formula?.op === "percentOf" && f.id.endsWith("tyLeDaGiaiQuyet"))!;
const formula = percent.formula as { op: "percentOf"; part: FieldId; whole: FieldId };

let offset = 0;
const place = (text: string): Occurrence => {
  offset += 10;
  return { start: offset, end: offset + text.length, text, input: text.replace(/\s*%$/, ""), line: 1, where: "" };
};
const bound = (text: string): Recognition => ({ state: "bound", occurrences: [place(text)] });
const unclear = (...texts: string[]): Recognition => ({ state: "ambiguous", candidates: texts.map(place) });

function settle(part: Recognition | undefined, whole: Recognition | undefined, rate: Recognition, vetoed = () => false) {
  const result = new Map<FieldId, Recognition>([[percent.id, rate]]);
  if (part) result.set(formula.part, part);
  if (whole) result.set(formula.whole, whole);
  confirmPercents(REPORT, result, vetoed);
  const r = result.get(percent.id)!;
  return r.state === "bound" ? r.occurrences.map((o) => o.text) : r.state;
}

describe("a percentage the arithmetic settles", () => {
  it("binds the one candidate equal to part ÷ whole to its decimals", () => {
    expect(settle(bound("77"), bound("82"), unclear("93,90", "6,10"))).toEqual(["93,90"]);
    expect(settle(bound("24.907"), bound("26.481"), unclear("94,28%", "94,06%"))).toEqual(["94,06%"]);
    expect(settle(bound("82"), bound("82"), unclear("100%", "93,90"))).toEqual(["100%"]);
  });

  it("reads the decimals written: 93,9 fits 93,902…, 94 does not", () => {
    expect(fitsRatio("93,9", 93.9, (77 / 82) * 100)).toBe(true);
    expect(fitsRatio("93,90", 93.9, (77 / 82) * 100)).toBe(true);
    expect(fitsRatio("94", 94, (77 / 82) * 100)).toBe(false);
    expect(fitsRatio("93,91", 93.91, (77 / 82) * 100)).toBe(false);
  });

  it("settles a «Tỷ lệ (%)» row of a table between its columns", () => {
    const text = [
      "a) Bộ phận một cửa của Văn phòng",
      "Kỳ\tTiếp nhận\tĐã giải quyết\t\t\tĐang giải quyết",
      "\t\tTổng số\tSớm hạn\tĐúng hạn\t",
      "15/3 - 14/4/2026\t24\t23\t03\t20\t01",
      "15/4 - 14/5/2026\t31\t30\t04\t26\t01",
      "15/5 - 14/6/2026\t27\t24\t02\t22\t03",
      "Tổng cộng\t82\t77\t09\t68\t05",
      "Tỷ lệ (%)\t100\t93,90\t11,69\t88,31\t6,10",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    const shown = (id: FieldId) => {
      const x = r.get(id);
      return x?.state === "bound" ? x.occurrences.map((o) => o.text) : x?.state;
    };
    expect(shown(formula.part)).toEqual(["77"]);
    expect(shown(percent.id)).toEqual(["93,90"]);
  });
});

describe("a percentage left for the clerk", () => {
  it("when no candidate fits, or two different values do", () => {
    expect(settle(bound("77"), bound("82"), unclear("92,10", "6,10"))).toBe("ambiguous");
    expect(settle(bound("77"), bound("82"), unclear("93,9", "93,90", "6,10"))).toEqual(["93,9", "93,90"]);
    // 33,3 and 33,33 both round 33,333…: two values fit, the clerk chooses.
    expect(settle(bound("1"), bound("3"), unclear("33,3", "33,33"))).toBe("ambiguous");
    expect(settle(bound("1"), bound("3"), unclear("33,2", "33,4"))).toBe("ambiguous");
  });

  it("when the part or the whole is not bound, or is stated with two values", () => {
    expect(settle(undefined, bound("82"), unclear("93,90", "6,10"))).toBe("ambiguous");
    expect(settle(unclear("77", "5"), bound("82"), unclear("93,90", "6,10"))).toBe("ambiguous");
    expect(settle({ state: "bound", occurrences: [place("77"), place("76")] }, bound("82"), unclear("93,90", "6,10"))).toBe("ambiguous");
  });

  it("when the fitting candidate is vetoed, or a whole percentage only rounds to the ratio", () => {
    expect(settle(bound("77"), bound("82"), unclear("93,90", "6,10"), () => true)).toBe("ambiguous");
    expect(settle(bound("77"), bound("82"), unclear("94%", "6%"))).toBe("ambiguous");
  });
});
