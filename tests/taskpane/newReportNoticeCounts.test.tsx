/** @jest-environment jsdom */
/**
 * Walk finding (pane34, 1): after «Tạo báo cáo mới» the notice said «Còn 62 số liệu chưa nhập» and kept saying it
 * while the clerk typed figures and the summary below counted down. The notice's counts are now the figures as they
 * are: it and the summary say the same number at every keystroke, and none once every figure is typed.
 */
import { act, screen } from "@testing-library/react";
import { missingFigures } from "../../src/domain/optional";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { referenceOfficePrefs } from "../support/officePrefs";
import { settle } from "../support/settle";
import { renderPane } from "../support/renderPane";

installWordGlobals();

const noticeText = () => screen.getAllByRole("status").map((s) => s.textContent ?? "").join(" ");
const owed = (raw: Record<string, string>) => missingFigures(REPORT, (id) => (raw[id] ?? "").trim() !== "").owed.length;

it("counts the figures still to type as the clerk types them, in the notice as in the summary", async () => {
  const sim = createWordSimulation([]);
  const store = createAppStore({
    word: createOfficeGateway(sim.run, sim.supports),
    now: () => new Date("2026-05-05T08:00:00Z"),
    report: REPORT,
    prefs: referenceOfficePrefs(),
  });
  await store.getState().start();
  await store.getState().createReport();
  await renderPane(store);
  const all = owed({});
  expect(noticeText()).toMatch(new RegExp(`^Đã tạo báo cáo quý II năm 2026: .*Còn ${all} số liệu chưa nhập: hãy nhập ở thẻ «Số liệu»`));

  const typed = REPORT.fields.filter((f) => !f.formula && f.kind === "count").slice(0, 2);
  act(() => typed.forEach((field) => store.getState().setFigure(field.id, "5")));
  await settle(store, (s) => owed(s.raw) === all - 2);
  expect(noticeText()).toContain(`Còn ${all - 2} số liệu chưa nhập: hãy nhập ở thẻ «Số liệu»`);
  expect(noticeText()).not.toContain(`Còn ${all} số liệu chưa nhập`);
  // The summary under it says the same count (the notice and the summary are both on screen).
  expect(screen.getAllByText(new RegExp(`còn ${all - 2} số liệu chưa nhập`, "i"))).toHaveLength(2);

  // Every figure typed: the notice no longer says any is missing.
  act(() => REPORT.fields.filter((f) => !f.formula && !store.getState().raw[f.id]).forEach((f) => store.getState().setFigure(f.id, "x")));
  await settle(store, (s) => owed(s.raw) === 0);
  expect(noticeText()).toMatch(/^Đã tạo báo cáo quý II năm 2026: /);
  expect(noticeText()).not.toMatch(/chưa nhập/);
});
