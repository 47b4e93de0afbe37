/** A leader's rejection of a computed figure's change: which stand, and what the update and the check do with them. */
import { checkDocument } from "../../src/domain/documentCheck";
import { standingRejections } from "../../src/domain/rejectedChanges";
import type { HistoryEntry } from "../../src/domain/storedReport";
import type { FieldValue } from "../../src/domain/types";
import { planUpdate } from "../../src/domain/updatePlan";
import { REPORT } from "../support/forms";

const RECEIVED = "bcdc:motCuaVp.tiepNhan";
const DONE = "bcdc:motCuaVp.daGiaiQuyet";
const RATE = "bcdc:motCuaVp.tyLeDaGiaiQuyet";
const DEPUTIES = "bcdc:boNhiem.phoPhong"; // a sum of two typed figures
const PART = "bcdc:boNhiem.phoPhongTHKT";
const QUARTER = "bcdc:ky.quy";
const num = (value: number): FieldValue => ({ kind: "number", value });
let minute = 0;
const entry = (field: string, from: string, to: string, decision?: HistoryEntry["decision"], at?: string): HistoryEntry => ({
  field,
  from,
  to,
  at: at ?? `2026-03-20T08:${String((minute += 1)).padStart(2, "0")}:00.000Z`,
  by: "A",
  ...(decision ? { decision } : {}),
});
const T = "2026-03-20T09:00:00.000Z";

describe("standingRejections", () => {
  it("keeps a computed figure's latest rejection, when none of its typed inputs was rejected with it", () => {
    const history = [entry(RATE, "95,00%", "95,06%"), entry(RATE, "95,00%", "95,06%", "rejected", T), entry(RECEIVED, "80", "81")];
    expect([...standingRejections(REPORT, history)]).toEqual([[RATE, { field: RATE, from: "95,00%", to: "95,06%" }]]);
  });

  it("drops it once the figure is written or accepted since", () => {
    expect(standingRejections(REPORT, [entry(RATE, "95,00%", "95,06%", "rejected"), entry(RATE, "95,00%", "96,30%")]).size).toBe(0);
    expect(standingRejections(REPORT, [entry(RATE, "95,00%", "95,06%", "rejected"), entry(RATE, "95,00%", "96,30%", "accepted")]).size).toBe(0);
  });

  it("does not keep one rejected with a typed input, even through a computed figure between them", () => {
    expect(standingRejections(REPORT, [entry(DONE, "77", "78", "rejected", T), entry(RATE, "95,06%", "96,30%", "rejected", T)]).size).toBe(0);
    expect(standingRejections(REPORT, [entry(PART, "01", "02", "rejected", T), entry(DEPUTIES, "02", "03", "rejected", T)]).size).toBe(0);
    // A typed figure it is not made from, rejected in the same «Từ chối tất cả», does not matter.
    expect(standingRejections(REPORT, [entry(PART, "01", "02", "rejected", T), entry(RATE, "95,00%", "95,06%", "rejected", T)]).size).toBe(1);
  });

  it("leaves typed figures and the period's texts alone: their rejection puts the pane's value back instead", () => {
    expect(standingRejections(REPORT, [entry(DONE, "77", "78", "rejected"), entry(QUARTER, "I", "II", "rejected")]).size).toBe(0);
  });
});

describe("a standing rejection in the update and the document check", () => {
  const rejected = new Map([[RATE, { field: RATE, from: "95,00%", to: "95,06%" }]]);
  const values = new Map([[RECEIVED, num(81)], [DONE, num(77)], [RATE, num(95.06)]]);
  const controls = [
    { id: 1, tag: RECEIVED, text: "81" },
    { id: 2, tag: DONE, text: "77" },
    { id: 3, tag: RATE, text: "95,00%" },
  ];
  const plan = (over: { rejected?: typeof rejected; values?: typeof values }) =>
    planUpdate({ report: REPORT, problems: [], controls, baseline: { [RATE]: "95,00%" }, values, ...over });

  it("is not written while the update would make exactly that change, and is reported", () => {
    const decision = plan({ rejected });
    expect(decision.texts.size).toBe(0);
    expect(decision.rejectedKept).toEqual([{ field: RATE, from: "95,00%", to: "95,06%" }]);
    expect(plan({}).texts.get(3)).toBe("95,06%");
  });

  it("gives way to another value, computed from other figures", () => {
    const decision = plan({ rejected, values: new Map([...values, [DONE, num(78)], [RATE, num(96.3)]]) });
    expect(decision.texts.get(3)).toBe("96,30%");
    expect(decision.rejectedKept).toBeUndefined();
  });

  it("turns the warning's «Bấm «Cập nhật văn bản» để sửa» into what the update does", () => {
    const observations = new Map([[RECEIVED, [{ text: "81" }]], [DONE, [{ text: "77" }]], [RATE, [{ text: "95,00%" }]]]);
    const message = (r?: typeof rejected) => checkDocument(REPORT, values, observations, r).find((p) => p.key === `doc.computed:${RATE}`)?.message;
    expect(message()).toMatch(/Bấm «Cập nhật văn bản» để sửa\.$/);
    expect(message(rejected)).toMatch(/95,06% \(77 \/ 81\)\. Lãnh đạo đã từ chối sửa thành 95,06%, nên «Cập nhật văn bản» giữ 95,00%\.$/);
  });
});
