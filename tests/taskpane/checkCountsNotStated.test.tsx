/** @jest-environment jsdom */
/**
 * Walk finding (walk50): after «Văn bản không nêu số này», «Kiểm tra văn bản» said «Còn 30 số liệu của mẫu chưa có» in
 * its notice and «31 còn thiếu» in its result just below. The result's line now counts such a figure apart
 * («1 văn bản không nêu»), so both say the same number of missing figures.
 */
import { readFileSync } from "node:fs";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { openView } from "../support/paneViews";
import { renderPane } from "../support/renderPane";
import { domReached, preloadPane } from "../support/settle";

installWordGlobals();
jest.setTimeout(60_000);
Element.prototype.scrollIntoView ??= () => undefined;

const SERVING = "bcdc:bienChe.congChucThucHien";
const LINES = [...readFileSync("tests/fixtures/corpus/reworded/01-ngan-gon.txt", "utf8").split("\n"), "Ghi chú: đến ngày 14/3/2026, công chức có mặt 44 người."];

beforeAll(async () => {
  await preloadPane();
  await import("../../src/domain/import/pane");
});

it("says the same number of missing figures in the notice and in the result's line", async () => {
  const user = userEvent.setup();
  const sim = createWordSimulation(LINES.map((line) => ({ runs: [line] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-11-05T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  await store.getState().markNotStated(SERVING, true);
  await store.getState().checkText();
  await renderPane(store);
  await openView(user, "Văn bản cũ");
  await domReached(() => document.querySelector('[aria-label="Kết quả kiểm tra văn bản"]') !== null);
  const line = screen.getByText(/^Số liệu \(\d+ ô nhập liệu\)/u).textContent!;
  const missing = Number(/(\d+) còn thiếu/u.exec(line)?.[1] ?? "0");
  expect(line).toContain("1 văn bản không nêu");
  expect(missing).toBeGreaterThan(0);
  expect(store.getState().notice!.text).toContain(`Còn ${missing} số liệu`);
});
