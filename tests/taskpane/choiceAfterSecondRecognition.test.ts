/**
 * Walk finding (walk51, 4): a clerk bound an unclear figure herself through the chooser, then pressed «Nhận diện số
 * liệu» again. Her control stayed in the document, but the pane forgot the choice: her «(đã chọn) Bỏ gắn» line was
 * gone, and so was the «đã gắn vào» mark on the number she chose. A full recognition now keeps each choice whose control
 * still stands.
 */
import { readFileSync } from "node:fs";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";

installWordGlobals();

const BRIEFINGS = "bcdc:giaoBan.soCuoc";
const DOCUMENT = "tests/fixtures/corpus/heldout/1002-ban-qlkkt-dong-dang-lang-son-liet-ke-gach-dau-dong-quy2-2025.txt";
const lines = readFileSync(DOCUMENT, "utf8").split("\n");

/** The pane opened on the document (a fresh store, as Word gives a pane opened again). */
async function openPane(sim: ReturnType<typeof createWordSimulation>) {
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-07-10T08:00:00Z"), report: REPORT });
  await store.getState().start();
  return store;
}

/** Recognised, then the briefings bound by the clerk's own choice of the first candidate. */
async function chosen() {
  const sim = createWordSimulation(lines.map((line) => ({ runs: [line] })));
  const store = await openPane(sim);
  await store.getState().recognizeFigures();
  const before = store.getState().raw[BRIEFINGS];
  await store.getState().showCandidate(BRIEFINGS, 0);
  await store.getState().bindChosen(BRIEFINGS);
  return { sim, store, before, choice: store.getState().chosenFigures[BRIEFINGS] };
}

async function chosenThenRecognisedAgain() {
  const { sim, store, choice } = await chosen();
  await store.getState().recognizeFigures();
  return { sim, store, choice };
}

it("keeps the clerk's own choice through a second full recognition", async () => {
  const { sim, store, choice } = await chosenThenRecognisedAgain();
  expect(choice?.text).toBe("03");
  expect(store.getState().chosenFigures[BRIEFINGS]).toEqual(choice);
  expect(sim.controls().filter((c) => c.tag === BRIEFINGS)).toHaveLength(1);
  expect(store.getState().raw[BRIEFINGS]).toBe("03");
});

it("forgets a choice whose control the clerk deleted before the second recognition", async () => {
  const { sim, store } = await chosen();
  for (const c of sim.controls().filter((c) => c.tag === BRIEFINGS)) sim.doc.deleteControl(c.id, true);
  await store.getState().recognizeFigures();
  expect(store.getState().chosenFigures[BRIEFINGS]).toBeUndefined();
});

it("keeps the clerk's choice, and its undo, across closing and reopening the pane (walk52, 4)", async () => {
  const { sim, before, choice } = await chosen();
  expect(choice?.place).toBeDefined();

  const reopened = await openPane(sim);
  expect(reopened.getState().chosenFigures[BRIEFINGS]).toEqual(choice);
  await reopened.getState().unbindChosen(BRIEFINGS);
  expect(sim.controls().filter((c) => c.tag === BRIEFINGS)).toHaveLength(0);
  expect(reopened.getState().raw[BRIEFINGS]).toBe(before);

  // Undone, it is not listed again by the next pane.
  const third = await openPane(sim);
  expect(third.getState().chosenFigures[BRIEFINGS]).toBeUndefined();
});
