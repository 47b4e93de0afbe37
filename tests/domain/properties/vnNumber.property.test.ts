/** parse ∘ format is the identity for every count and every percentage the add-in can write. */
import fc from "fast-check";
import { formatCount, formatPercent, parseDecimal, parseWholeNumber, roundTo } from "../../../src/domain/vnNumber";

describe("Vietnamese numbers, parse ∘ format", () => {
  it("reads back every whole number it writes, grouped or with a leading zero", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (value) => {
        expect(parseWholeNumber(formatCount(value))).toEqual({ ok: true, value });
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back every percentage it writes, to the two decimals it shows", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1_000_000, noNaN: true }), (value) => {
        const parsed = parseDecimal(formatPercent(value));
        expect(parsed).toEqual({ ok: true, value: roundTo(value, 2) });
      }),
      { numRuns: 2000 },
    );
  });

  it("formats what it parsed back to the same text (format ∘ parse on its own output)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const text = formatPercent(whole + cents / 100);
        const parsed = parseDecimal(text);
        expect(parsed.ok && formatPercent(parsed.value)).toBe(text);
      }),
    );
  });

  it("never throws and always answers with a value or a message", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => {
        for (const parsed of [parseWholeNumber(text), parseDecimal(text)]) {
          if (parsed.ok) expect(Number.isFinite(parsed.value) && parsed.value >= 0).toBe(true);
          else expect(parsed.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
