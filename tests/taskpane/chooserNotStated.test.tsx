/** @jest-environment jsdom */
/**
 * Walk finding (walker38): every candidate of an unclear figure was wrong, and the pane offered no way to say so; the
 * figure stayed «chưa rõ» at every recognition. «Văn bản không nêu số này» is the clerk's decision: kept in the
 * document (one write sync, nothing in the text changes), not offered again after the pane is closed and reopened,
 * and taken back with «Bỏ chọn».
 */
import { readFileSync } from "node:fs";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { StoreProvider } from "../../src/taskpane/store/StoreContext";
import UnclearChooser from "../../src/taskpane/components/UnclearChooser";
import { REPORT } from "../support/forms";
import { renderPane } from "../support/renderPane";
import { openView } from "../support/paneViews";
import { domReached, preloadPane, settle } from "../support/settle";

installWordGlobals();
// jsdom has no CSS.escape (every browser has): the chooser moves the keyboard's place with it.
(globalThis as { CSS?: { escape(s: string): string } }).CSS ??= { escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) };

const NOW = new Date("2026-11-05T08:00:00Z");
const SERVING = "bcdc:bienChe.congChucThucHien";
// A note states the serving staff count a second time, differently: the figure is unclear by construction.
const LINES = [...readFileSync("tests/fixtures/corpus/reworded/01-ngan-gon.txt", "utf8").split("\n"), "Ghi chú: đến ngày 14/3/2026, công chức có mặt 44 người."];
const texts = (sim: WordSimulation) => sim.doc.paragraphs.map((_, i) => sim.doc.paragraphText(i));

async function open(sim: WordSimulation) {
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report: REPORT });
  await store.getState().start();
  return store;
}

it("keeps «the document does not state it» in the document, across closing the pane, and undoes it", async () => {
  const sim = createWordSimulation(LINES.map((line) => ({ runs: [line] })));
  const store = await open(sim);
  await store.getState().recognizeFigures();
  expect(store.getState().recognition!.ambiguous.map((f) => f.field)).toContain(SERVING);
  const before = texts(sim);

  sim.resetSyncCount();
  await store.getState().markNotStated(SERVING, true);
  expect(sim.syncCount()).toBe(2);
  expect(store.getState().notStated).toEqual([SERVING]);
  expect(store.getState().notice?.text).toBe(
    "Đã ghi nhận: văn bản không nêu «Công chức đang thực hiện». Số này không được hỏi lại; nếu báo cáo có nêu, bấm «Bỏ chọn».",
  );
  expect(texts(sim)).toEqual(before);
  expect(sim.controls().some((c) => c.tag === SERVING)).toBe(false);

  // Closed and reopened: the decision is read back from the document.
  const reopened = await open(sim);
  expect(reopened.getState().notStated).toEqual([SERVING]);
  await reopened.getState().markNotStated(SERVING, false);
  expect(reopened.getState().notStated).toEqual([]);
  expect((await open(sim)).getState().notStated).toEqual([]);
});

it("offers the choice beside «Gắn vào», moves the figure to the decided list, and counts it as not found", async () => {
  await preloadPane();
  const user = userEvent.setup();
  const sim = createWordSimulation(LINES.map((line) => ({ runs: [line] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report: REPORT });
  await renderPane(store);
  await openView(user, "Văn bản cũ");
  await domReached(() => document.querySelector('section[aria-label="Văn bản cũ"]') !== null);
  await user.click(screen.getByRole("button", { name: "Nhận diện số liệu" }));
  await settle(store, (s) => s.recognition !== null && s.busy === null);
  const unclearList = () => screen.getByRole("list", { name: "Số liệu chưa rõ" });
  const item = () => within(unclearList()).getByText("Công chức đang thực hiện").closest("li")!;
  const notFoundBefore = Number(/Không tìm thấy: (\d+)/.exec(screen.getByText(/Đã gắn: \d+/).textContent ?? "")![1]);
  await user.click(within(item()).getByRole("button", { name: "Văn bản không nêu số này" }));
  await settle(store, (s) => s.notStated.length === 1 && s.busy === null);
  const decided = screen.getByRole("list", { name: "Số liệu đã chọn" });
  expect(within(decided).getByText(/Công chức đang thực hiện: văn bản không nêu \(đã chọn\)/)).toBeTruthy();
  expect(within(unclearList()).queryByText("Công chức đang thực hiện")).toBeNull();
  expect(screen.getByText(/Đã gắn: \d+/).textContent).toContain(`Không tìm thấy: ${notFoundBefore + 1}`);

  await user.click(within(decided).getByRole("button", { name: "Bỏ chọn «văn bản không nêu» của «Công chức đang thực hiện»" }));
  await settle(store, (s) => s.notStated.length === 0 && s.busy === null);
  expect(within(unclearList()).getByText("Công chức đang thực hiện")).toBeTruthy();
});

// Walk finding (walk40): a list found over several paragraphs, which no one control holds, read «… kiểm soát TTHC số
// liệu nằm trên nhiều đoạn văn …» as one sentence, and the document does state it: no «không nêu» for it.
it("offers no «không nêu» for a figure found but not placeable, and says why on its own line", async () => {
  const store = await open(createWordSimulation([]));
  const found = { field: "bcdc:ksthc.nhomCongViec", label: "Các nhóm công việc kiểm soát TTHC", reason: "số liệu nằm trên nhiều đoạn văn, không gắn được vào một ô", stated: true as const };
  render(
    <StoreProvider store={store}>
      <UnclearChooser unclear={[found, { field: SERVING, label: "Công chức đang thực hiện", reason: "chưa rõ", candidates: [] }]} />
    </StoreProvider>,
  );
  const item = (label: string) => within(screen.getByText(label).closest("li")!);
  expect(item("Các nhóm công việc kiểm soát TTHC").queryByRole("button", { name: "Văn bản không nêu số này" })).toBeNull();
  expect(item("Các nhóm công việc kiểm soát TTHC").getByText(/^Số liệu nằm trên nhiều đoạn văn, không gắn được vào một ô\. Bôi đen số đó trong văn bản rồi bấm «Gắn vào», hoặc nhập/).tagName).toBe("P");
  expect(item("Công chức đang thực hiện").getByRole("button", { name: "Văn bản không nêu số này" })).toBeTruthy();
});
