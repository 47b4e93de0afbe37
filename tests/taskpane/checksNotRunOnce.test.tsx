/** @jest-environment jsdom */
/**
 * Walk finding (walk42, 4): after «Nhận diện số liệu» then «Kiểm tra văn bản» on a report that lacks figures, «Chưa
 * kiểm tra được (3)» showed twice, once under the check's result and once under the recognition's, the same three
 * checks. Shown once: with the check's result once it has run (above the recognition's lists), else with the
 * recognition's; a figure still waiting in «Chưa rõ» is said to wait there in either (walk40).
 */
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { openView } from "../support/paneViews";
import { renderPane } from "../support/renderPane";
import { domReached, preloadPane, settle } from "../support/settle";

installWordGlobals();
jest.setTimeout(60_000);

beforeAll(async () => {
  await preloadPane();
  await import("../../src/domain/import/pane");
});

/** A short report: the centre's dossiers only, so the checks that need the rest cannot run. */
const TEXT = [
  "BÁO CÁO",
  "Kết quả thực hiện công tác dân chủ quý II năm 2026",
  "Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 12.450 hồ sơ, đã giải quyết 10.902 hồ sơ.",
];

it("lists the checks that could not run once, with the check's result", async () => {
  const user = userEvent.setup();
  const sim = createWordSimulation(TEXT.map((t) => ({ runs: [t] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-06-20T08:00:00Z"), report: REPORT });
  await renderPane(store);
  await openView(user, "Văn bản cũ");
  await domReached(() => document.querySelector('section[aria-label="Văn bản cũ"]') !== null);
  await user.click(screen.getByRole("button", { name: "Nhận diện số liệu" }));
  await settle(store, (s) => s.recognition !== null && s.busy === null);
  const recognised = screen.getByRole("region", { name: "Kết quả nhận diện" });
  const before = within(recognised).getAllByText(/^Chưa kiểm tra được \(\d+\)/);
  expect(before).toHaveLength(1);
  const count = /\((\d+)\)/.exec(before[0]!.textContent ?? "")![1];

  await user.click(screen.getByRole("button", { name: "Kiểm tra văn bản" }));
  await settle(store, (s) => s.textCheck !== null && s.busy === null);
  const headers = screen.getAllByText(/^Chưa kiểm tra được \(\d+\)/);
  expect(headers).toHaveLength(1);
  expect(headers[0]!.textContent).toMatch(new RegExp(`^Chưa kiểm tra được \\(${count}\\)`));
  expect(screen.getByRole("region", { name: "Kết quả kiểm tra văn bản" }).contains(headers[0]!)).toBe(true);
});
