/** @jest-environment jsdom */
/**
 * Walk finding (walk42, 3): one action, two names: «Đọc số liệu có sẵn» on the first screen of a report typed by hand,
 * «Nhận diện số liệu» in «Văn bản cũ», where the result shows and where the pane's messages send the clerk. One name,
 * «Nhận diện số liệu», everywhere (not «Đọc…», which a clerk takes for «Đọc lại văn bản», another button beside it).
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { plainParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT, SAMPLE } from "../support/forms";
import { renderPane } from "../support/renderPane";
import { domReached, preloadPane, settle } from "../support/settle";

installWordGlobals();
jest.setTimeout(60_000);

beforeAll(async () => {
  await preloadPane();
  await import("../../src/domain/import/pane");
});

it("names the first screen's button and its hint as «Văn bản cũ» names the same action", async () => {
  const user = userEvent.setup();
  const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-03-05T08:00:00Z"), report: REPORT });
  await renderPane(store);
  const hint = screen.getByRole("group", { name: "Văn bản chưa có ô số liệu" });
  expect(hint.textContent).toContain("bấm «Nhận diện số liệu»");
  expect(hint.textContent).not.toContain("Đọc số liệu có sẵn");
  await user.click(within(hint).getByRole("button", { name: "Nhận diện số liệu" }));
  await settle(store, (s) => s.recognition !== null && s.busy === null);
  await domReached(() => document.querySelector('section[aria-label="Văn bản cũ"]') !== null);
  const oldText = document.querySelector('section[aria-label="Văn bản cũ"]') as HTMLElement;
  expect(within(oldText).getByRole("button", { name: "Nhận diện số liệu" })).toBeTruthy();
});
