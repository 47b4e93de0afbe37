/** A leader's decision in the history says what was decided and which value the document now holds. */
import { historyChange, historyRows, keptValue } from "../../src/domain/historyRows";
import type { HistoryEntry } from "../../src/domain/storedReport";
import { REPORT } from "../support/forms";

const change: HistoryEntry = { field: "bcdc:hcc.tiepNhan", from: "19.744", to: "19.841", at: "2026-03-05T08:00:00.000Z", by: "A" };

describe("historyChange", () => {
  it("says a rejection keeps the old value, an acceptance the new", () => {
    expect(historyChange({ ...change, decision: "rejected" })).toBe("Từ chối sửa 19.744 → 19.841; giữ 19.744");
    expect(historyChange({ ...change, decision: "accepted" })).toBe("Chấp nhận sửa 19.744 → 19.841; giữ 19.841");
    expect(keptValue({ ...change, decision: "rejected" })).toBe("19.744");
  });

  it("reads a write, and an entry stored before decisions existed, as the change alone", () => {
    expect(historyChange(change)).toBe("19.744 → 19.841");
    expect(historyChange({ ...change, from: "" })).toBe("— → 19.841");
  });

  it("says the place is left empty when a first value written under tracking is rejected", () => {
    expect(historyChange({ ...change, from: "", decision: "rejected" })).toBe("Từ chối sửa — → 19.841; để trống");
  });

  it("names the decision and what stays in the exports' «Việc» column", () => {
    const rows = historyRows(REPORT, [{ ...change, decision: "rejected" }, { ...change, decision: "accepted" }, change]);
    expect(rows.map((r) => r.action)).toEqual(["Từ chối sửa (giữ giá trị cũ)", "Chấp nhận sửa (giữ giá trị mới)", "Ghi"]);
  });
});
