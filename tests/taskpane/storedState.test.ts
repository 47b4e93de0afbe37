/**
 * Every save builds the stored part through storedState.ts: «Cập nhật văn bản» (storedXmlOf) and form design
 * (storedXmlForForm) keep the same elements, so data one of them keeps cannot be dropped by the other (form design
 * used to build its own part and dropped the earlier periods and the tracking choice).
 */
import { readStoredReport, STORED_NAMESPACE } from "../../src/domain/storedReport";
import { STORED_ELEMENTS } from "../../src/domain/storedSchema";
import { storedXmlForForm, storedXmlOf } from "../../src/taskpane/store/storedState";
import type { AppState } from "../../src/taskpane/store/types";
import { REPORT } from "../support/forms";

const [A, B] = REPORT.fields.filter((f) => !f.formula).map((f) => f.id) as [string, string];
const SUM = REPORT.fields.find((f) => f.formula?.op === "sum")!.id;
const AT = "2026-03-05T08:00:00.000Z";
const period = { quarter: 1 as const, year: 2026 };

/** A pane state holding one of everything the stored part keeps. */
const state = {
  report: REPORT,
  // A quarter chosen in the pane and not yet written (kyDangChon).
  period: { quarter: 2 as const, year: 2026 },
  documentPeriod: period,
  raw: { [A]: "81", [B]: "77", "bcdc:khongCo.truong": "5" },
  baseline: { [A]: "81" },
  history: [
    { field: A, from: "80", to: "81", at: AT, by: "Nguyễn Văn A", period },
    { field: A, from: "80", to: "81", at: AT, by: "Trần Thị B", period, decision: "accepted" as const },
    // A total that does not add up, kept by the clerk (giuTong).
    { field: SUM, from: "120", to: "107", at: AT, by: "Nguyễn Văn A", period, decision: "kept" as const },
  ],
  unconfirmed: [B],
  keptStyles: [A],
  notStated: [A],
  unclear: [B],
  // A number the clerk bound herself through the chooser (daChon); another form's field is not kept by form design.
  chosenFigures: { [A]: { text: "81", before: undefined, place: "[3,\"tiếp nhận \",\"81\",\" hồ sơ\"]" }, "bcdc:khongCo.truong": { text: "5", before: "" } },
  trackChanges: true,
  periods: [{ period: { quarter: 4 as const, year: 2025 }, figures: { [A]: "70" } }],
  // Sections open in «Số liệu» (mucDangMo).
  openSections: ["I", "III"],
  // The box the clerk is typing in (oDangNhap).
  typingIn: A,
} as unknown as AppState;

const elementCounts = (xml: string) => STORED_ELEMENTS.map((e) => [e.name, xml.split(`<${e.name} `).length - 1] as const);

describe("one builder for the stored part", () => {
  const update = storedXmlOf(state);
  const design = storedXmlForForm(state, REPORT, state.raw, state.baseline);

  it("gives «Cập nhật văn bản» every element of the schema for a state holding all of them", () => {
    expect(update).toContain(STORED_NAMESPACE);
    for (const [name, count] of elementCounts(update)) expect([name, count > 0]).toEqual([name, true]);
  });

  it("gives form design the same elements as «Cập nhật văn bản», and the same data for the form's fields", () => {
    expect(elementCounts(design)).toEqual(elementCounts(update).map(([name, n]) => [name, name === "soLieu" || name === "daChon" ? n - 1 : n]));
    const read = (xml: string) => {
      const r = readStoredReport(xml);
      if (r.kind !== "report") throw new Error(r.kind);
      return r.report;
    };
    const { figures, chosen, ...rest } = read(update);
    expect(read(design)).toEqual({ ...rest, figures: { [A]: "81", [B]: "77" }, chosen: { [A]: chosen![A] } });
    expect(figures["bcdc:khongCo.truong"]).toBe("5");
  });
});
