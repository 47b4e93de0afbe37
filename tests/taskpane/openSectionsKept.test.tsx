/** @jest-environment jsdom */
/**
 * Walk finding (pane34, 3): which sections were open in «Số liệu» was lost when the pane was closed and reopened: it
 * always came back with the form's first section open. The open sections are kept in the document's stored part, as
 * the figures typed and not yet written are, with the clerk's next save (a typed figure's draft): nothing in the text
 * changes, and the reopened pane (a fresh store on the same document) opens the same sections. Opening and closing
 * sections alone writes nothing: a leader who only reads is not asked by Word to save.
 */
import { act, cleanup, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readStoredReport, STORED_NAMESPACE } from "../../src/domain/storedReport";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, paragraphDisplayText, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { referenceOfficePrefs } from "../support/officePrefs";
import { renderPane } from "../support/renderPane";

installWordGlobals();

const [first, second, third] = REPORT.topSections.filter((top) => REPORT.fields.some((f) => REPORT.topOf.get(f.section) === top.id && !f.formula));
const FIELD = REPORT.fields.find((f) => !f.formula && f.kind === "count")!.id;
const heading = (top: typeof first) => (top!.number ? `${top!.number}. ${top!.title}` : top!.title);
const expanded = (top: typeof first) => screen.getByRole("button", { name: heading(top) }).getAttribute("aria-expanded");

async function openPane(sim: WordSimulation) {
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-05-05T08:00:00Z"), report: REPORT, prefs: referenceOfficePrefs() });
  await store.getState().start();
  return store;
}

it("reopens the pane with the sections the clerk left open, kept in the stored part, the text untouched", async () => {
  const user = userEvent.setup();
  const sim = createWordSimulation([]);
  const before = await openPane(sim);
  await before.getState().createReport();
  await renderPane(before);
  expect([expanded(first), expanded(second), expanded(third)]).toEqual(["true", "false", "false"]);
  const text = sim.doc.paragraphs.map((runs) => paragraphDisplayText(runs));

  await user.click(screen.getByRole("button", { name: heading(third) }));
  await user.click(screen.getByRole("button", { name: heading(first) }));
  await user.click(screen.getByRole("button", { name: heading(second) }));
  const storedNow = () => readStoredReport(sim.doc.xmlParts.find((p) => p.namespaceUri === STORED_NAMESPACE)!.xml);
  // Browsing alone saved nothing.
  await act(() => before.getState().keepDraft());
  const browsed = storedNow();
  expect(browsed.kind === "report" && browsed.report.openSections).not.toEqual([third!.id, second!.id]);
  // The clerk types a figure: its draft is saved, the open sections with it (a save under way is waited for).
  act(() => before.getState().setFigure(FIELD, "55"));
  await act(() => before.getState().keepDraft());
  const stored = storedNow();
  expect(stored.kind === "report" && stored.report.openSections).toEqual([third!.id, second!.id]);
  expect(sim.doc.paragraphs.map((runs) => paragraphDisplayText(runs))).toEqual(text);

  // The pane closed and opened again: a fresh store on the same document.
  cleanup();
  const after = await openPane(sim);
  await renderPane(after);
  expect([expanded(first), expanded(second), expanded(third)]).toEqual(["false", "true", "true"]);
});

it("keeps every section closed when the clerk closed them all", async () => {
  const user = userEvent.setup();
  const sim = createWordSimulation([]);
  const before = await openPane(sim);
  await before.getState().createReport();
  await renderPane(before);
  await user.click(screen.getByRole("button", { name: heading(first) }));
  act(() => before.getState().setFigure(FIELD, "55"));
  await act(() => before.getState().keepDraft());
  cleanup();
  await renderPane(await openPane(sim));
  expect([expanded(first), expanded(second), expanded(third)]).toEqual(["false", "false", "false"]);
});
