/**
 * Walk finding (walk43, 7): a clerk chose the monthly form, recognised a monthly report and closed the pane before any
 * update; the pane reopened on the quarterly form, said the document had no controls of the form, and her recognised
 * figures were gone though 20 tagged figures were in the document. Recognition's own write now saves the stored part,
 * with the form it was made for: the pane reopens on that form, with the figures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtInDefinition, REPORT } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";

installWordGlobals();

const SOURCE = join(__dirname, "../fixtures/corpus/second-form/1096-lam-dong-tcd-2026-05-dien-van-gach-viet-tat.txt");

it("a monthly report recognised and the pane closed at once reopens on the monthly form with its figures", async () => {
  const sim = createWordSimulation(readFileSync(SOURCE, "utf8").split("\n").map((line) => ({ runs: [line] })));
  const pane = (report = REPORT) => createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-05-20T08:00:00Z"), report });
  const first = pane(builtInDefinition("tiep-cong-dan-thang"));
  await first.getState().start();
  await first.getState().recognizeFigures();
  expect(first.getState().raw["tcd:so.luot"]).toBe("09");

  // Opened again on the add-in's default form, as the walk's reopened pane was.
  const again = pane();
  await again.getState().start();
  expect(again.getState().report.tagPrefix).toBe("tcd:");
  expect(again.getState().raw["tcd:so.luot"]).toBe("09");
  expect(again.getState().period).toEqual({ kind: "month", year: 2026, month: 5, quarter: 2 });
});
