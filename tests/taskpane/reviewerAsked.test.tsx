/** @jest-environment jsdom */
/**
 * Walk finding (fix44D, 1): on a shared computer, right after the clerk's tracked update, «Duyệt» said «Người duyệt:
 * Trần Thị Mai», the clerk's name, and a leader's accept went into the history under it unless he saw «Đổi tên». When
 * the name the decision would be recorded under is the name of who made the pending changes, the pane now asks once,
 * before the first decision: the leader types his name, the clerk answers «Tôi là Trần Thị Mai» in one click.
 */
import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { storedReportFromXml } from "../../src/domain/storedReport";
import { STORE_NAMESPACE } from "../../src/office/gateway";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { openView } from "../support/paneViews";
import { renderPane } from "../support/renderPane";
import { domReached, settle } from "../support/settle";
import { smallDocument } from "../support/simDocuments";

installWordGlobals();

const GIAO = "bcdc:bienChe.congChucGiao";
const THUC_HIEN = "bcdc:bienChe.congChucThucHien";
const CLERK = "Trần Thị Mai";
const QUESTION = `Các thay đổi này do «${CLERK}» sửa. Bạn duyệt với tên nào?`;
const ACCEPT_GIAO = "Chấp nhận «Biên chế công chức được giao»";
const ACCEPT_THUC_HIEN = "Chấp nhận «Công chức đang thực hiện»";

/** The clerk's tracked update of two figures on her computer, then the pane open on «Duyệt». */
async function afterClerkUpdate(user: ReturnType<typeof userEvent.setup>, reviewer = "") {
  const sim = createWordSimulation(smallDocument(), { author: "Chuyên viên" });
  let clock = Date.parse("2026-03-20T08:00:00Z");
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date((clock += 60_000)), report: REPORT });
  store.getState().setAuthor(CLERK);
  if (reviewer) store.getState().setReviewer(reviewer);
  await store.getState().start();
  await store.getState().setTrackChanges(true);
  store.getState().setFigure(GIAO, "56");
  store.getState().setFigure(THUC_HIEN, "47");
  await store.getState().updateDocument();
  await renderPane(store);
  await openView(user, "Duyệt thay đổi");
  await domReached(() => document.querySelector("button[data-review-first]") !== null);
  const stored = () => storedReportFromXml(sim.doc.xmlParts.find((p) => p.namespaceUri === STORE_NAMESPACE)!.xml)!;
  const decisions = () => stored().history.filter((h) => h.decision).map((h) => `${h.field} ${h.decision} ${h.by}`);
  return { store, decisions };
}

const question = () => screen.queryByRole("form", { name: QUESTION });

it("asks whose name a decision goes under before recording it, and records the leader's name he types", async () => {
  const user = userEvent.setup();
  const { store, decisions } = await afterClerkUpdate(user);
  expect(screen.getByText(`Người duyệt: ${CLERK}`)).toBeTruthy();

  await user.click(screen.getByRole("button", { name: ACCEPT_GIAO }));
  const asked = question();
  expect(asked).not.toBeNull();
  // Nothing is decided while the question waits.
  expect(store.getState().busy).toBeNull();
  expect(decisions()).toEqual([]);
  expect(within(asked!).getByRole("button", { name: `Tôi là ${CLERK}` })).toBeTruthy();

  await user.type(within(asked!).getByRole("textbox", { name: "Người duyệt (ghi vào lịch sử)" }), "Nguyễn Văn Hùng");
  await user.click(within(asked!).getByRole("button", { name: "Duyệt với tên này" }));
  await settle(store, (s) => s.busy === null && (s.trackedReview ?? []).every((c) => c.tag !== GIAO));
  expect(decisions()).toEqual([`${GIAO} accepted Nguyễn Văn Hùng`]);
  expect(screen.getByText("Người duyệt: Nguyễn Văn Hùng")).toBeTruthy();
  // The clerk's own name stays hers for her next update.
  expect(store.getState().author).toBe(CLERK);

  // One question: the next decision is recorded at once.
  await user.click(screen.getByRole("button", { name: ACCEPT_THUC_HIEN }));
  await settle(store, (s) => s.busy === null && (s.trackedReview ?? []).length === 0);
  expect(question()).toBeNull();
  expect(decisions()).toEqual([`${GIAO} accepted Nguyễn Văn Hùng`, `${THUC_HIEN} accepted Nguyễn Văn Hùng`]);
});

it("lets the clerk reviewing her own changes confirm in one click, and asks no more in that review", async () => {
  const user = userEvent.setup();
  const { store, decisions } = await afterClerkUpdate(user);

  await user.click(screen.getByRole("button", { name: ACCEPT_GIAO }));
  await user.click(within(question()!).getByRole("button", { name: `Tôi là ${CLERK}` }));
  await settle(store, (s) => s.busy === null && (s.trackedReview ?? []).every((c) => c.tag !== GIAO));
  expect(question()).toBeNull();
  expect(decisions()).toEqual([`${GIAO} accepted ${CLERK}`]);

  await user.click(screen.getByRole("button", { name: "Từ chối «Công chức đang thực hiện»" }));
  await settle(store, (s) => s.busy === null && (s.trackedReview ?? []).length === 0);
  expect(question()).toBeNull();
  expect(decisions()).toEqual([`${GIAO} accepted ${CLERK}`, `${THUC_HIEN} rejected ${CLERK}`]);
});

it("asks again after the clerk's next tracked update: whoever decides next may be someone else", async () => {
  const user = userEvent.setup();
  const { store, decisions } = await afterClerkUpdate(user);
  await user.click(screen.getByRole("button", { name: ACCEPT_GIAO }));
  await user.click(within(question()!).getByRole("button", { name: `Tôi là ${CLERK}` }));
  await settle(store, (s) => s.busy === null && (s.trackedReview ?? []).every((c) => c.tag !== GIAO));

  await openView(user, "Số liệu");
  act(() => store.getState().setFigure(GIAO, "57"));
  await act(() => store.getState().updateDocument());
  await openView(user, "Duyệt thay đổi");
  await domReached(() => screen.queryByRole("button", { name: ACCEPT_GIAO }) !== null);
  await user.click(screen.getByRole("button", { name: ACCEPT_GIAO }));
  expect(question()).not.toBeNull();
  await user.click(screen.getByRole("button", { name: "Huỷ" }));
  expect(question()).toBeNull();
  expect(decisions()).toEqual([`${GIAO} accepted ${CLERK}`]);
});

it("asks nothing when the stored reviewer is not who made the changes", async () => {
  const user = userEvent.setup();
  const { store, decisions } = await afterClerkUpdate(user, "Nguyễn Văn Hùng");
  expect(screen.getByText("Người duyệt: Nguyễn Văn Hùng")).toBeTruthy();
  await user.click(screen.getByRole("button", { name: "Chấp nhận tất cả" }));
  await settle(store, (s) => s.busy === null && (s.trackedReview ?? []).length === 0);
  expect(question()).toBeNull();
  expect(decisions()).toEqual([`${GIAO} accepted Nguyễn Văn Hùng`, `${THUC_HIEN} accepted Nguyễn Văn Hùng`]);
});
