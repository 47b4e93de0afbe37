/** @jest-environment jsdom */
/**
 * Walk finding (fix43U): a clerk recognised a report on Monday, left one figure unclear and closed the pane; on Tuesday
 * the list was gone (the recognition's result lived in the pane only) and nothing said a figure was still to choose.
 * The figures left unclear, neither chosen nor said «không nêu», are kept in the document's stored part by
 * recognition's own write; the reopened pane names them at once and finds their candidates again in one click,
 * reading those figures only. Choosing one, or saying the document does not state it, takes it off the saved list.
 */
import { readFileSync } from "node:fs";
import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readStoredReport, STORED_NAMESPACE } from "../../src/domain/storedReport";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { openView } from "../support/paneViews";
import { renderPane } from "../support/renderPane";
import { domReached, preloadPane, settle } from "../support/settle";

installWordGlobals();
jest.setTimeout(60_000);
// jsdom has no CSS.escape (every browser has): the chooser moves the keyboard's place with it.
(globalThis as { CSS?: { escape(s: string): string } }).CSS ??= { escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) };
// Nor scrolling: a candidate's click brings «Gắn vào» into view.
Element.prototype.scrollIntoView ??= () => undefined;

const NOW = new Date("2026-11-05T08:00:00Z");
const SERVING = "bcdc:bienChe.congChucThucHien";
const LABEL = "Công chức đang thực hiện";
// A note states the serving staff count a second time, differently: the figure is unclear by construction.
const LINES = [...readFileSync("tests/fixtures/corpus/reworded/01-ngan-gon.txt", "utf8").split("\n"), "Ghi chú: đến ngày 14/3/2026, công chức có mặt 44 người."];
const typedReport = () => createWordSimulation(LINES.map((line) => ({ runs: [line] })));
const texts = (sim: WordSimulation) => sim.doc.paragraphs.map((_, i) => sim.doc.paragraphText(i));

function storedUnclear(sim: WordSimulation): string[] | undefined {
  const xml = sim.doc.xmlParts.find((p) => p.namespaceUri === STORED_NAMESPACE)?.xml;
  const read = xml === undefined ? null : readStoredReport(xml);
  if (read?.kind !== "report") throw new Error(`no stored report: ${read?.kind ?? "none"}`);
  return read.report.unclear;
}

/** The pane opened on the document: a fresh store, as Word gives a pane opened again. */
async function openPane(sim: WordSimulation) {
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => NOW, report: REPORT });
  await store.getState().start();
  return store;
}

beforeAll(async () => {
  await preloadPane();
  await import("../../src/domain/import/pane");
});

it("names the unclear figure when the pane is opened again, finds its numbers in one click, and forgets it once chosen", async () => {
  const user = userEvent.setup();
  const sim = typedReport();
  const monday = await openPane(sim);
  await monday.getState().recognizeFigures();
  expect(monday.getState().recognition!.ambiguous.map((f) => f.field)).toEqual([SERVING]);

  // Tuesday: the pane opens on «Số liệu» and says at once which figure is still to choose.
  const tuesday = await openPane(sim);
  await renderPane(tuesday);
  await domReached(() => document.querySelector('[aria-label="Số liệu chưa rõ từ lần nhận diện trước"]') !== null);
  const hint = screen.getByRole("group", { name: "Số liệu chưa rõ từ lần nhận diện trước" });
  expect(hint.textContent).toContain(`«${LABEL}»`);
  const text = texts(sim);
  sim.resetSyncCount();
  await user.click(within(hint).getByRole("button", { name: "Tìm lại các số có thể" }));
  await settle(tuesday, (s) => s.recognition !== null && s.busy === null);
  await domReached(() => document.querySelector('ul[aria-label="Số liệu chưa rõ"]') !== null);
  // Read the document again (3 syncs, as recognition), nothing else bound, the text untouched.
  expect(sim.syncCount()).toBe(3);
  expect(texts(sim)).toEqual(text);
  const unclear = screen.getByRole("list", { name: "Số liệu chưa rõ" });
  const item = within(unclear).getByText(LABEL).closest("li")!;
  const candidates = within(item).getByRole("group", { name: `Các số có thể là «${LABEL}»` });
  expect(within(candidates).getAllByRole("button").length).toBe(2);

  await user.click(within(candidates).getAllByRole("button")[0]!);
  await settle(tuesday, (s) => s.shownCandidate !== null && s.busy === null);
  await user.click(within(item).getByRole("button", { name: `Gắn vào «${LABEL}»` }));
  await settle(tuesday, (s) => s.chosenFigures[SERVING] !== undefined && s.busy === null);
  expect(storedUnclear(sim)).toBeUndefined();

  // Wednesday: nothing is said to be left.
  cleanup();
  const wednesday = await openPane(sim);
  await renderPane(wednesday);
  expect(wednesday.getState().unclear).toEqual([]);
  expect(screen.queryByRole("group", { name: "Số liệu chưa rõ từ lần nhận diện trước" })).toBeNull();
  expect(wednesday.getState().raw[SERVING]).toBe(monday.getState().recognition!.ambiguous[0]!.candidates![0]!.text);
});

it("keeps the list in recognition's own write, and «văn bản không nêu» takes a figure off it, «Bỏ chọn» puts it back", async () => {
  const sim = typedReport();
  const store = await openPane(sim);
  sim.resetSyncCount();
  await store.getState().recognizeFigures();
  expect(sim.syncCount()).toBe(3);
  expect(storedUnclear(sim)).toEqual([SERVING]);

  const reopened = await openPane(sim);
  expect(reopened.getState().unclear).toEqual([SERVING]);
  await reopened.getState().markNotStated(SERVING, true);
  expect(storedUnclear(sim)).toBeUndefined();
  expect((await openPane(sim)).getState().unclear).toEqual([]);

  await reopened.getState().markNotStated(SERVING, false);
  expect(storedUnclear(sim)).toEqual([SERVING]);
});

it("puts a figure back on the list when its choice is undone, and keeps the form's value as it was", async () => {
  const sim = typedReport();
  const store = await openPane(sim);
  await store.getState().recognizeFigures();
  const candidate = store.getState().recognition!.ambiguous[0]!.candidates![1]!;
  await store.getState().showCandidate(SERVING, 1);
  sim.resetSyncCount();
  await store.getState().bindChosen(SERVING);
  expect(sim.syncCount()).toBe(2);
  expect(storedUnclear(sim)).toBeUndefined();
  expect((await openPane(sim)).getState().raw[SERVING]).toBe(candidate.text);

  sim.resetSyncCount();
  await store.getState().unbindChosen(SERVING);
  expect(sim.syncCount()).toBe(2);
  expect(storedUnclear(sim)).toEqual([SERVING]);
  expect((await openPane(sim)).getState().raw[SERVING]).toBeUndefined();
});

it("opens a document saved before the list existed, with nothing said to be unclear", async () => {
  const sim = typedReport();
  const store = await openPane(sim);
  await store.getState().recognizeFigures();
  const part = sim.doc.xmlParts.find((p) => p.namespaceUri === STORED_NAMESPACE)!;
  part.xml = part.xml.replace(/<chuaRo [^>]*\/>/g, "");
  expect(part.xml).not.toContain("chuaRo");
  const reopened = await openPane(sim);
  expect(reopened.getState().ready).toBe(true);
  expect(reopened.getState().unclear).toEqual([]);
  expect(reopened.getState().notice).toBeNull();
});

it("lists them in «Văn bản cũ» with their sections, and says what reading them again found, naming each", async () => {
  const user = userEvent.setup();
  const sim = typedReport();
  await (await openPane(sim)).getState().recognizeFigures();
  const store = await openPane(sim);
  await renderPane(store);
  await openView(user, "Văn bản cũ");
  await domReached(() => document.querySelector('ul[aria-label="Số liệu còn chưa rõ"]') !== null);
  const left = screen.getByRole("list", { name: "Số liệu còn chưa rõ" });
  expect(within(left).getAllByRole("listitem").map((li) => li.textContent)).toEqual([`${LABEL} (mục I. Biên chế, trình độ, lãnh đạo, tổ chức)`]);
  await user.click(screen.getByRole("button", { name: "Tìm lại các số có thể" }));
  await settle(store, (s) => s.recognition !== null && s.busy === null);
  expect(store.getState().notice?.text).toBe(`Còn chưa rõ «${LABEL}»: xem các số tìm thấy ở danh sách bên dưới và đối chiếu với văn bản trước khi gắn.`);
  // Only that figure was read again: nothing else is said bound, found or missing.
  expect(store.getState().recognition!.bound).toEqual([]);
  expect(store.getState().recognition!.notFound).toEqual([]);
});

it("takes a figure off the list once the clerk types its value in the box, and puts it back when she empties the box (walk48, F8)", async () => {
  const sim = typedReport();
  const store = await openPane(sim);
  await store.getState().recognizeFigures();
  expect(store.getState().unclear).toEqual([SERVING]);

  // She reads the document herself and types the figure instead of choosing one of its numbers.
  store.getState().setFigure(SERVING, "44");
  expect(store.getState().unclear).toEqual([]);
  await store.getState().leaveBox();
  expect(storedUnclear(sim)).toBeUndefined();
  const reopened = await openPane(sim);
  expect(reopened.getState().raw[SERVING]).toBe("44");
  expect(reopened.getState().unclear).toEqual([]);

  // Emptied, the figure is again one to choose, in this pane and the next.
  store.getState().setFigure(SERVING, " ");
  expect(store.getState().unclear).toEqual([SERVING]);
  await store.getState().leaveBox();
  expect(storedUnclear(sim)).toEqual([SERVING]);
});
