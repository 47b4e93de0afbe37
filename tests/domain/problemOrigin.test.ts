/** Whose a problem is: the report's own text, or the clerk's typing (problemOrigin.ts). */
import { problemOrigin } from "../../src/domain/problemOrigin";
import type { Problem } from "../../src/domain/types";
import { REPORT } from "../support/forms";

const RECEIVED = "bcdc:motCuaVp.tiepNhan";
const SHARE = "bcdc:motCuaVp.tyLeDaGiaiQuyet";
const RESOLVED = "bcdc:motCuaVp.daGiaiQuyet";
const problem = (key: string, fields: string[]): Problem => ({ key, severity: "error", fields, message: "m" });
const observations = new Map([
  [RECEIVED, [{ text: "81" }, { text: "81" }]],
  [RESOLVED, [{ text: "77" }]],
]);
const base = { raw: { [RECEIVED]: "81", [RESOLVED]: "77" }, observations, written: new Set<string>() };

it("is the report's when every figure it involves is as the document shows it, never written by the pane", () => {
  expect(problemOrigin(REPORT, problem("r", [RECEIVED, RESOLVED]), base)).toBe("document");
  // A computed figure stands for the figures it is computed from.
  expect(problemOrigin(REPORT, problem("p", [SHARE]), base)).toBe("document");
  // About the document's text itself.
  expect(problemOrigin(REPORT, problem("doc.disagree:x", [RECEIVED]), { ...base, raw: {} })).toBe("document");
});

it("is the clerk's when she typed a figure the document does not show, one that is no number, or one the pane wrote", () => {
  expect(problemOrigin(REPORT, problem("r", [RECEIVED, RESOLVED]), { ...base, raw: { ...base.raw, [RESOLVED]: "90" } })).toBe("typed");
  expect(problemOrigin(REPORT, problem("f", [RECEIVED]), { ...base, raw: { [RECEIVED]: "8l" } })).toBe("typed");
  expect(problemOrigin(REPORT, problem("p", [SHARE]), { ...base, written: new Set([RESOLVED]) })).toBe("typed");
  // Not in the document at all: typed.
  expect(problemOrigin(REPORT, problem("f", ["bcdc:giaoBan.soCuoc"]), { ...base, raw: { "bcdc:giaoBan.soCuoc": "12" } })).toBe("typed");
  // Another style of the same value is still the document's figure.
  expect(problemOrigin(REPORT, problem("f", [RECEIVED]), { ...base, raw: { [RECEIVED]: "081" } })).toBe("document");
});

it("leaves out a figure nobody gave, empty in its box and absent from the document (walk51, 5)", () => {
  const WITHDRAWN = "bcdc:giaoBan.soCuoc";
  // The report's own way of counting, named with a figure it does not state: still the report's.
  expect(problemOrigin(REPORT, problem("counted.swapped:x", [RECEIVED, RESOLVED, WITHDRAWN]), base)).toBe("document");
  expect(problemOrigin(REPORT, problem("counted.swapped:x", [RECEIVED, RESOLVED, WITHDRAWN]), { ...base, raw: { ...base.raw, [WITHDRAWN]: " " } })).toBe("document");
  // Emptied by the clerk where the document shows a number: hers.
  expect(problemOrigin(REPORT, problem("r", [RECEIVED, RESOLVED]), { ...base, raw: { [RECEIVED]: "81" } })).toBe("typed");
  // Written by the pane, then emptied: hers.
  expect(problemOrigin(REPORT, problem("r", [RECEIVED, WITHDRAWN]), { ...base, written: new Set([WITHDRAWN]) })).toBe("typed");
});
