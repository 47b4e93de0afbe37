/** @jest-environment jsdom */
/**
 * Walk finding (walk48, F3 and F14): a double click on «Đây đúng là tổng» answered that card, and its second click,
 * landing on the next card's «Không phải số này: bỏ gắn» as the answered card went, unbound a share she never looked
 * at; a double click on «Nhận diện số liệu» ran recognition twice. The second click of a double click (the browser's
 * `detail` 2, wherever it lands) answers nothing; a single click and the keyboard still do.
 */
import { lamDongDocument, openLamDongPane } from "../support/doubtedTotalReport";
import { act, cleanup, fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { installWordGlobals } from "../../src/preview/wordSim";
import { openView } from "../support/paneViews";
import { domReached, preloadPane, settle } from "../support/settle";

installWordGlobals();
jest.setTimeout(60_000);
Element.prototype.scrollIntoView ??= () => undefined;

const TOTAL = "tcd:tong.luot";
const card = () => (screen.queryByText(/các số thành phần cộng lại là 2 \+ 9 \+ 96 = «107»/u)?.closest("[class*=fui-Card]") ?? null) as HTMLElement | null;

async function openPane() {
  const sim = lamDongDocument();
  return { sim, store: await openLamDongPane(sim) };
}

beforeAll(async () => {
  await preloadPane();
  await import("../../src/domain/import/pane");
  await import("../../src/taskpane/store/importActions");
  await import("../../src/taskpane/components/ConflictList");
});

afterEach(cleanup);

it("answers a card on a click, never on the second click of a double click", async () => {
  const { sim, store } = await openPane();
  await act(() => store.getState().recognizeFigures());
  await domReached(() => card() !== null);
  const unbind = within(card()!).getByRole("button", { name: "Không phải số này: bỏ gắn" });

  // The second click of a double click on «Không phải số này», then her real answer: only the answer is taken.
  fireEvent.click(unbind, { detail: 2 });
  fireEvent.click(within(card()!).getByRole("button", { name: "Giữ «132» như văn bản" }), { detail: 1 });
  await settle(store, (s) => s.busy === null && s.conflicts.length === 0);
  expect(card()).toBeNull();
  expect(sim.controls().filter((c) => c.tag === TOTAL).map((c) => c.text)).toEqual(["132"]);
  expect(store.getState().review.values.get(TOTAL)).not.toBeUndefined();
});

it("recognises once on a double click of «Nhận diện số liệu»", async () => {
  const { sim, store } = await openPane();
  await act(() => store.getState().recognizeFigures());
  await settle(store, (s) => s.busy === null);
  await openView(userEvent.setup(), "Văn bản cũ");
  const before = sim.syncCount();
  const button = await screen.findByRole("button", { name: "Nhận diện số liệu" });
  // A double click on a document already read: the first run can end before the second click comes.
  fireEvent.click(button, { detail: 1 });
  await settle(store, (s) => s.busy === null);
  const once = sim.syncCount() - before;
  expect(once).toBeGreaterThan(0);
  fireEvent.click(button, { detail: 2 });
  await settle(store, (s) => s.busy === null);
  expect(sim.syncCount() - before).toBe(once);
});
