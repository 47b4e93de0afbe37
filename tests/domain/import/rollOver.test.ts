import { rollOver } from "../../../src/domain/import/rollOver";
import { REPORT } from "../../support/forms";
import { REFERENCE_FIGURES } from "../../fixtures/referenceReport";

describe("rollOver", () => {
  it("advances Q1–Q3 within the year and Q4 to Q1 of the next year", () => {
    expect(rollOver({ period: { quarter: 1, year: 2026 }, figures: {} }, REPORT).period).toEqual({ quarter: 2, year: 2026 });
    expect(rollOver({ period: { quarter: 3, year: 2026 }, figures: {} }, REPORT).period).toEqual({ quarter: 4, year: 2026 });
    expect(rollOver({ period: { quarter: 4, year: 2026 }, figures: {} }, REPORT).period).toEqual({ quarter: 1, year: 2027 });
  });

  it("keeps the figures as a draft and marks every typed figure unconfirmed, no computed one", () => {
    const result = rollOver({ period: { quarter: 1, year: 2026 }, figures: REFERENCE_FIGURES }, REPORT);
    expect(result.figures).toEqual(REFERENCE_FIGURES);
    expect(result.figures).not.toBe(REFERENCE_FIGURES);
    expect([...result.unconfirmed].sort()).toEqual(Object.keys(REFERENCE_FIGURES).sort());
    expect(result.unconfirmed).not.toContain("bcdc:hcc.tyLeDangGiaiQuyet");
    expect(result.unconfirmed).toHaveLength(REPORT.fields.filter((f) => !f.formula).length);
  });

  it("does not change the state it is given", () => {
    const state = { period: { quarter: 4 as const, year: 2026 }, figures: { "bcdc:hcc.tiepNhan": "9.780" } };
    rollOver(state, REPORT);
    expect(state).toEqual({ period: { quarter: 4, year: 2026 }, figures: { "bcdc:hcc.tiepNhan": "9.780" } });
  });
});
