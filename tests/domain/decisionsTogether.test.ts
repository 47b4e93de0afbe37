/** Changes under review that only agree together, though no formula joins them (decisionsTogether.ts; walk51, 9). */
import { decisionsTogether } from "../../src/domain/decisionsTogether";
import { REPORT } from "../support/forms";

const ALLOTTED = "bcdc:bienChe.congChucGiao";
const IN_POST = "bcdc:bienChe.congChucThucHien";
const MEETINGS = "bcdc:giaoBan.soCuoc";
const Q1 = { quarter: 1, year: 2026 } as const;
const raw = { [ALLOTTED]: "34", [IN_POST]: "33", [MEETINGS]: "13" };
const change = (field: string, before: string | null, after: string) => [{ field, before, after }];

it("links two raised staff figures: in post may not pass allotted if only the first is kept", () => {
  const links = decisionsTogether(REPORT, raw, [change(ALLOTTED, "30", "34"), change(IN_POST, "29", "33"), change(MEETINGS, "12", "13")], Q1);
  // Only one way of deciding them apart breaks it (walk52b, 3): allotted rejected while in post is accepted.
  expect(links[0]!.map((t) => [t.card, t.breaksWhen])).toEqual([[1, "thisRejected"]]);
  expect(links[1]!.map((t) => [t.card, t.breaksWhen])).toEqual([[0, "thisAccepted"]]);
  expect(links[1]![0]!.message).toContain("(33) không được lớn hơn");
  expect(links[2]).toEqual([]);
});

it("does not link changes that agree whichever way each is decided", () => {
  // In post 29 → 30 under allotted 30 → 34: rejecting either still leaves in post within the allotted.
  expect(decisionsTogether(REPORT, raw, [change(ALLOTTED, "30", "34"), change(IN_POST, "29", "30")], Q1)).toEqual([[], []]);
});

it("says nothing of a rule already broken with every change standing, nor of a card whose old text Word does not give", () => {
  expect(decisionsTogether(REPORT, raw, [change(ALLOTTED, "30", "31"), change(IN_POST, "29", "33")], Q1)).toEqual([[], []]);
  expect(decisionsTogether(REPORT, raw, [change(ALLOTTED, null, "34"), change(IN_POST, null, "33")], Q1)).toEqual([[], []]);
});
