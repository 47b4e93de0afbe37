/** @jest-environment jsdom */
/**
 * Walk finding (walk52, 2): recognition bound a number to the wrong figure; the clerk selected it to bind it where it
 * belongs and was refused («Chỗ đang chọn nằm trong hoặc chứa ô …»), with no way to free that control: «Bỏ gắn» was
 * only offered for her own choices. Each number recognition bound can now be undone from its list.
 */
import { readFileSync } from "node:fs";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { openView } from "../support/paneViews";
import { renderPane } from "../support/renderPane";
import { domReached, preloadPane } from "../support/settle";

installWordGlobals();
jest.setTimeout(60_000);
(globalThis as { CSS?: { escape(s: string): string } }).CSS ??= { escape: (s: string) => s.replace(/[^\w-]/g, (c) => `\\${c}`) };
Element.prototype.scrollIntoView ??= () => undefined;

const LINES = readFileSync("tests/fixtures/corpus/reworded/01-ngan-gon.txt", "utf8").split("\n");
const texts = (sim: WordSimulation) => sim.doc.paragraphs.map((_, i) => sim.doc.paragraphText(i));

async function recognised() {
  const sim = createWordSimulation(LINES.map((line) => ({ runs: [line] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-20T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  const bound = store.getState().recognition!.bound[0]!;
  return { sim, store, field: bound.field, label: bound.label };
}

beforeAll(async () => {
  await preloadPane();
});

it("frees a number recognition bound, from its list, leaving the text and emptying the box", async () => {
  const user = userEvent.setup();
  const { sim, store, field, label } = await recognised();
  const before = texts(sim);
  expect(store.getState().raw[field]).not.toBeUndefined();
  await renderPane(store);
  await openView(user, "Văn bản cũ");
  const list = await screen.findByRole("list", { name: "Số liệu đã gắn" });
  await user.click(within(list).getByRole("button", { name: `Bỏ gắn «${label}»` }));
  await domReached(() => within(list).queryByRole("button", { name: `Bỏ gắn «${label}»` }) === null);
  expect(sim.controls().filter((c) => c.tag === field)).toHaveLength(0);
  expect(texts(sim)).toEqual(before);
  expect(store.getState().raw[field]).toBeUndefined();
  expect(store.getState().unclear).not.toContain(field);
  expect(store.getState().notice?.text).toContain(`Đã bỏ gắn ô «${REPORT.byId.get(field)!.label}»; chữ số trong văn bản giữ nguyên. Nếu văn bản có số đúng của ô này`);
  expect(within(list).getByText(new RegExp(`^${label}`)).closest("li")?.textContent).toContain("— đã bỏ gắn");
});

it("keeps a figure she typed in the box since", async () => {
  const { sim, store, field } = await recognised();
  store.getState().setFigure(field, "777");
  await store.getState().unbindChosen(field);
  expect(sim.controls().filter((c) => c.tag === field)).toHaveLength(0);
  expect(store.getState().raw[field]).toBe("777");
});
