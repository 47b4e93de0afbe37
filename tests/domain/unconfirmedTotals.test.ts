import { builtInDefinition, REPORT } from "../support/forms";
import { agreesWithParts, unconfirmedComputed } from "../../src/domain/unconfirmedTotals";
import type { FieldValue } from "../../src/domain/types";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const n = (value: number): FieldValue => ({ kind: "number", value });
const field = (report: typeof REPORT, id: string) => report.byId.get(id)!;

describe("agreesWithParts", () => {
  const total = field(MONTHLY, "tcd:tong.luot");
  const share = field(REPORT, "bcdc:hcc.tyLeTreHan");
  it.each([
    ["107", 107, true],
    ["132", 107, false],
    ["106", 107, false],
    ["một trăm", 107, false],
  ])("a total written «%s» where the parts give %d: %s", (text, value, agrees) => {
    expect(agreesWithParts(total, text, n(value))).toBe(agrees);
  });
  it("a total whose parts are not known: doubted when just found, the document's when already placed", () => {
    expect(agreesWithParts(total, "107", null)).toBe(false);
    expect(agreesWithParts(total, "107", null, true)).toBe(true);
  });
  it.each([
    ["9,82%", 9.82, true],
    ["9,7%", 9.82, true],
    ["9.82 %", 9.82, true],
    ["10,9%", 9.82, false],
    ["98,2%", 9.82, false],
  ])("a share written «%s» where the parts give %d: %s", (text, value, agrees) => {
    expect(agreesWithParts(share, text, n(value))).toBe(agrees);
  });
});

describe("unconfirmedComputed", () => {
  const values = new Map<string, FieldValue | null>([["tcd:tong.luot", n(107)], ["tcd:tinh.luot", n(2)], ["tcd:ky.thang", { kind: "text", value: "5/2026" }]]);
  it("names computed figures that disagree and are not known, never typed ones nor the period", () => {
    const controls = [
      { tag: "tcd:tong.luot", text: "132" },
      { tag: "tcd:tinh.luot", text: "99" },
      { tag: "tcd:ky.thang", text: "4/2026" },
    ];
    expect([...unconfirmedComputed(MONTHLY, values, controls, {})]).toEqual(["tcd:tong.luot"]);
  });
  it("doubts a total just found whose parts are unknown, not one already in the document", () => {
    const unknown = new Map<string, FieldValue | null>([["tcd:tong.luot", null]]);
    expect([...unconfirmedComputed(MONTHLY, unknown, [{ tag: "tcd:tong.luot", text: "132" }], {}, true)]).toEqual(["tcd:tong.luot"]);
    expect([...unconfirmedComputed(MONTHLY, unknown, [{ tag: "tcd:tong.luot", text: "132" }], {})]).toEqual([]);
  });
  it("leaves a figure the add-in wrote or agreed with", () => {
    expect([...unconfirmedComputed(MONTHLY, values, [{ tag: "tcd:tong.luot", text: "132" }], { "tcd:tong.luot": "132" })]).toEqual([]);
  });
});
