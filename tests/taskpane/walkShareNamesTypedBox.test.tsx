/** @jest-environment jsdom */
/**
 * Walk finding (walk70, held-out 613): a new clerk typed 1.600 resolved dossiers at the ward's centre, which received
 * 1.318. The share computed from them said «tính từ số liệu đang có lỗi ở ô «Hồ sơ tiếp nhận (Trung tâm PVHCC)»», the
 * box she had not touched (the report's own sum is off there: 1.247 + 15 + 71 ≠ 1.318), not the box she had just
 * mistyped. The box she typed, with an error on it, is named. (The report's own sum holds by its own count, its late
 * dossiers inside the resolved ones: a warning since walk41, so the share names nothing before she types.)
 */
import { act, within } from "@testing-library/react";
import { REPORT } from "../support/forms";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { createFakeGateway } from "../support/fakeGateway";
import { renderPane } from "../support/renderPane";
import { settle } from "../support/settle";

// Held-out 613's centre, as the report states it.
const WARD = { tiepNhan: "1.318", daGiaiQuyet: "1.247", tyLeDaGiaiQuyet: "94,61%", truocHan: "902", dungHan: "318", treHan: "15", dangGiaiQuyet: "71" };
const SHARE = "bcdc:hcc.tyLeDaGiaiQuyet";
const RESOLVED = "bcdc:hcc.daGiaiQuyet";

it("names the box the clerk mistyped under the share, not the report's own error", async () => {
  const word = createFakeGateway(Object.entries(WARD).map(([id, text]) => ({ tag: `bcdc:hcc.${id}`, text })));
  const store = createAppStore({ word, now: () => new Date("2025-12-17T08:00:00Z"), report: REPORT });
  await renderPane(store);
  act(() => store.getState().setOpenSections(REPORT.topSections.map((s) => s.id)));
  const share = () => within(document.querySelector<HTMLElement>(`[data-field="${SHARE}"]`)!);
  // The report's own sum, 1.247 + 15 + 71 ≠ 1.318, is off by exactly its late dossiers, counted inside the resolved
  // ones (walk41): a warning, which leaves the share alone.
  expect(store.getState().review.problems.find((p) => p.key === "hcc.tong")?.severity).toBe("warning");
  expect(share().queryByText(/tính từ số liệu đang có lỗi/)).toBeNull();

  act(() => store.getState().setFigure(RESOLVED, "1.600"));
  await settle(store, (s) => s.review.problems.some((p) => p.severity === "error" && p.fields[0] === RESOLVED));
  expect(share().getByText(/tính từ số liệu đang có lỗi ở ô «Hồ sơ đã giải quyết \(Trung tâm Phục vụ hành chính công tỉnh\)»/)).toBeTruthy();
  expect(share().queryByText(/«Hồ sơ tiếp nhận/)).toBeNull();
});
