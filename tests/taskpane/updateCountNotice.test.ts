/**
 * Walk finding (pane52, 4): three figures of section I, each in two places of the reference report, written at once
 * read «Đã cập nhật 6 ô số liệu»; the pane calls a figure's box «ô», and the clerk had filled three. Figures standing
 * in more than one place are counted as figures, the places after; one place each reads as before.
 */
import type { UpdateDecision } from "../../src/domain/updatePlan";
import { describeUpdate } from "../../src/taskpane/store/messages";
import { REPORT } from "../support/forms";

const decision = (changes: UpdateDecision["changes"]): UpdateDecision => ({
  texts: new Map(),
  written: {},
  changes,
  conflicts: [],
  restyles: [],
  blocked: [],
  waiting: [],
});
const GIVEN = { field: "bcdc:bienChe.congChucGiao", from: "55", to: "56" };
const IN_POST = { field: "bcdc:bienChe.congChucThucHien", from: "46", to: "47" };
const CONTRACTS = { field: "bcdc:bienChe.hopDong", from: "08", to: "09" };

it("counts the figures written, and the places after, when figures stand in more than one place", () => {
  expect(describeUpdate(REPORT, decision([GIVEN, IN_POST, CONTRACTS]), 6).text).toBe("Đã cập nhật 3 số liệu (6 chỗ trong văn bản).");
});

it("says «N ô số liệu» as before when every figure written stands in one place", () => {
  expect(describeUpdate(REPORT, decision([GIVEN, IN_POST]), 2).text).toBe("Đã cập nhật 2 ô số liệu.");
  expect(describeUpdate(REPORT, decision([]), 1).text).toBe("Đã cập nhật 1 ô số liệu.");
});

it("counts restyled figures with the same word as the count before them", () => {
  const restyled = { field: "bcdc:bienChe.hopDong", from: "8", to: "08" };
  expect(describeUpdate(REPORT, decision([restyled]), 2).text).toMatch(/^Đã cập nhật 1 số liệu \(2 chỗ trong văn bản\)\. Trong đó 1 số liệu chỉ viết lại theo quy cách, giá trị không đổi \(8 → 08\)\.$/);
});
