/** @jest-environment jsdom */
/**
 * Walk finding (walk42, 1): the clerk closed sections I, II and III and opened V, then closed and reopened the pane:
 * I, II and III came back open and V closed, the sections of her last save, since browsing alone is never saved into
 * the document. Her next Enter on «II. …» then closed it. The sections she left open come back, per document, and
 * browsing still writes nothing into it (remembered on this computer for the stored part as it stands). A part saved
 * since, with its own open sections, wins.
 */
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { STORED_NAMESPACE } from "../../src/domain/storedReport";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore, type Preferences } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { referenceOfficePrefs } from "../support/officePrefs";
import { renderPane } from "../support/renderPane";

installWordGlobals();

const [first, second, third, fifth] = ["I", "II", "III", "V"].map((number) => REPORT.topSections.find((top) => top.number === number));
const FIELD = REPORT.fields.find((f) => !f.formula && f.kind === "count")!.id;
const heading = (top: typeof first) => (top!.number ? `${top!.number}. ${top!.title}` : top!.title);
const expanded = (top: typeof first) => screen.getByRole("button", { name: heading(top) }).getAttribute("aria-expanded");
const shown = () => [first, second, third, fifth].map(expanded);

async function openPane(sim: WordSimulation, prefs: Preferences) {
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-05-05T08:00:00Z"), report: REPORT, prefs });
  await store.getState().start();
  return store;
}

/** A report whose part was saved with sections I, II and III open (the walk's state before she browsed). */
async function savedWithThreeOpen(prefs: Preferences) {
  const user = userEvent.setup();
  const sim = createWordSimulation([]);
  const store = await openPane(sim, prefs);
  await store.getState().createReport();
  await renderPane(store);
  await user.click(screen.getByRole("button", { name: heading(second) }));
  await user.click(screen.getByRole("button", { name: heading(third) }));
  act(() => store.getState().setFigure(FIELD, "55"));
  await act(() => store.getState().keepDraft());
  expect(shown()).toEqual(["true", "true", "true", "false"]);
  return { sim, store, user };
}

const partXml = (sim: WordSimulation) => sim.doc.xmlParts.find((p) => p.namespaceUri === STORED_NAMESPACE)!.xml;

it("reopens with the sections she left open after browsing, nothing written into the document", async () => {
  const prefs = referenceOfficePrefs();
  const { sim, user } = await savedWithThreeOpen(prefs);
  const saved = partXml(sim);
  for (const top of [first, second, third, fifth]) await user.click(screen.getByRole("button", { name: heading(top) }));
  expect(shown()).toEqual(["false", "false", "false", "true"]);
  expect(partXml(sim)).toBe(saved);

  cleanup();
  await renderPane(await openPane(sim, prefs));
  expect(shown()).toEqual(["false", "false", "false", "true"]);
});

it("takes the document's sections when its part was saved since (on another computer)", async () => {
  const prefs = referenceOfficePrefs();
  const { sim, user } = await savedWithThreeOpen(prefs);
  await user.click(screen.getByRole("button", { name: heading(fifth) }));
  cleanup();

  // Another computer opens it, closes section I, types a figure: its part is saved with II and III open.
  const elsewhere = await openPane(sim, referenceOfficePrefs());
  await renderPane(elsewhere);
  await userEvent.setup().click(screen.getByRole("button", { name: heading(first) }));
  act(() => elsewhere.getState().setFigure(FIELD, "56"));
  await act(() => elsewhere.getState().keepDraft());
  cleanup();

  await renderPane(await openPane(sim, prefs));
  expect(shown()).toEqual(["false", "true", "true", "false"]);
});
