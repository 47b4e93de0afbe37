/** Update planning where a field's controls disagree (issue 14, mutation testing). */
import type { FieldValue } from "../../../src/domain/types";
import { planUpdate } from "../../../src/domain/updatePlan";
import { REPORT } from "../../support/forms";

const RECEIVED = "bcdc:motCuaVp.tiepNhan";
const num = (value: number): FieldValue => ({ kind: "number", value });

describe("planUpdate with controls that disagree", () => {
  it("records one change per field, from the first control's text, when the clerk overwrites them all", () => {
    const decision = planUpdate({
      report: REPORT,
      values: new Map([[RECEIVED, num(9780)]]),
      problems: [],
      controls: [
        { id: 1, tag: RECEIVED, text: "9.700" },
        { id: 2, tag: RECEIVED, text: "9.780" },
        { id: 3, tag: RECEIVED, text: "9.999" },
      ],
      baseline: { [RECEIVED]: "9.700" },
      overwrite: new Set([RECEIVED]),
    });
    expect([...decision.texts]).toEqual([[1, "9.780"], [3, "9.780"]]);
    expect(decision.changes).toEqual([{ field: RECEIVED, from: "9.700", to: "9.780" }]);
    expect(decision.written).toEqual({ [RECEIVED]: "9.780" });
  });

  it("replaces the control showing the baseline and asks about the one edited by hand", () => {
    const decision = planUpdate({
      report: REPORT,
      values: new Map([[RECEIVED, num(9780)]]),
      problems: [],
      controls: [
        { id: 1, tag: RECEIVED, text: "9.999" },
        { id: 2, tag: RECEIVED, text: "9.700" },
      ],
      baseline: { [RECEIVED]: "9.700" },
    });
    expect([...decision.texts]).toEqual([[2, "9.780"]]);
    expect(decision.changes).toEqual([{ field: RECEIVED, from: "9.700", to: "9.780" }]);
    expect(decision.conflicts).toEqual([{ field: RECEIVED, controlId: 1, documentText: "9.999", target: "9.780" }]);
  });
});
