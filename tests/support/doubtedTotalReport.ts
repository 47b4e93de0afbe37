/**
 * The monthly 1096 (Lâm Đồng) as recognition read it until stop 44: its month's total bound to the 132 of «Ban TCD
 * tỉnh tiếp thường xuyên (03 cơ sở): 132 lượt», which the report counts apart, while the levels add to 107 (walk42–44).
 * Recognition now reads the summary's «1. Tổng hợp / - Tổng: 107 lượt/153 người» as the total, so the pane's answer to
 * a doubted total is tested on the report without that line: the month's total then stands nowhere but in the
 * board's line, which recognition still takes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { builtInDefinition } from "./forms";
import { renderPane } from "./renderPane";

const SOURCE = join(__dirname, "../fixtures/corpus/second-form/1096-lam-dong-tcd-2026-05-dien-van-gach-viet-tat.txt");

export function lamDongLines(): string[] {
  return readFileSync(SOURCE, "utf8")
    .split("\n")
    .filter((line) => line !== "- Tổng: 107 lượt/153 người.");
}

/** The report in Word's simulation, as each test of the doubted total starts from it. */
export function lamDongDocument(): WordSimulation {
  return createWordSimulation(lamDongLines().map((line) => ({ runs: [line] })));
}

/** The pane opened on the document by the clerk Nguyễn Thị Lan: a new store over it, as Word gives a pane opened again. */
export async function openLamDongPane(sim: WordSimulation, at = "2026-05-20T08:00:00Z") {
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date(at), report: builtInDefinition("tiep-cong-dan-thang") });
  store.getState().setAuthor("Nguyễn Thị Lan");
  await renderPane(store);
  return store;
}
