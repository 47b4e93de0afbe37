/**
 * Walk finding (walk50, 8): after a second «Nhận diện số liệu», a number the first had bound was no longer marked
 * «đã gắn vào …» among an unclear figure's candidates, so the clerk could pick it and was refused at «Gắn vào». The
 * second run binds only what is still free; the places of the controls the first bound still stand.
 */
import { createOfficeGateway } from "../../src/office/officeGateway";
import { plainParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT, SAMPLE } from "../support/forms";

installWordGlobals();

it("keeps the places the first recognition bound through a second one", async () => {
  const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-11-05T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  const first = store.getState().recognizedPlaces;
  expect(first.length).toBeGreaterThan(60);
  await store.getState().recognizeFigures();
  const tagsOf = (places: typeof first) => places.map((p) => `${p.tag}@${p.paragraph}:${p.figure}`).sort();
  expect(tagsOf(store.getState().recognizedPlaces)).toEqual(tagsOf(first));
});

it("drops the place of a control no longer in the document", async () => {
  const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-11-05T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  const gone = "bcdc:bienChe.congChucGiao";
  for (const c of sim.controls().filter((c) => c.tag === gone)) sim.doc.deleteControl(c.id, true);
  await store.getState().recognizeFigures();
  const places = store.getState().recognizedPlaces;
  // The figure is bound again by the second run (its number is free once more), or not at all: never the stale place.
  const again = sim.controls().filter((c) => c.tag === gone).length;
  expect(places.filter((p) => p.tag === gone).length).toBe(again);
  expect(places.length).toBeGreaterThan(60);
});
