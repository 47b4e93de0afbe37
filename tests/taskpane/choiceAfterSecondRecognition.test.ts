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

async function chosenThenRecognisedAgain() {
  const sim = createWordSimulation(lines.map((line) => ({ runs: [line] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-07-10T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  await store.getState().showCandidate(BRIEFINGS, 0);
  await store.getState().bindChosen(BRIEFINGS);
  const choice = store.getState().chosenFigures[BRIEFINGS];
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
  const sim = createWordSimulation(lines.map((line) => ({ runs: [line] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-07-10T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  await store.getState().showCandidate(BRIEFINGS, 0);
  await store.getState().bindChosen(BRIEFINGS);
  for (const c of sim.controls().filter((c) => c.tag === BRIEFINGS)) sim.doc.deleteControl(c.id, true);
  await store.getState().recognizeFigures();
  expect(store.getState().chosenFigures[BRIEFINGS]).toBeUndefined();
});

it("keeps the clerk's choice, and its undo, across closing and reopening the pane (walk52, 4)", async () => {
  const sim = createWordSimulation(lines.map((line) => ({ runs: [line] })));
  const open = () => createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-07-10T08:00:00Z"), report: REPORT });
  const first = open();
  await first.getState().start();
  await first.getState().recognizeFigures();
  const before = first.getState().raw[BRIEFINGS];
  await first.getState().showCandidate(BRIEFINGS, 0);
  await first.getState().bindChosen(BRIEFINGS);
  const choice = first.getState().chosenFigures[BRIEFINGS];
  expect(choice?.place).toBeDefined();

  const reopened = open();
  await reopened.getState().start();
  expect(reopened.getState().chosenFigures[BRIEFINGS]).toEqual(choice);
  await reopened.getState().unbindChosen(BRIEFINGS);
  expect(sim.controls().filter((c) => c.tag === BRIEFINGS)).toHaveLength(0);
  expect(reopened.getState().raw[BRIEFINGS]).toBe(before);

  // Undone, it is not listed again by the next pane.
  const third = open();
  await third.getState().start();
  expect(third.getState().chosenFigures[BRIEFINGS]).toBeUndefined();
});
