/** @jest-environment jsdom */
/**
 * Finding (fix44E), in the pane: the 1096 monthly report recognised with the pane on the quarterly form asks, where the
 * result shows, whether to use the monthly form; one click on «Dùng mẫu đó» switches and binds the monthly figures.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";
import { renderPane } from "../support/renderPane";
import { domReached, preloadPane, settle } from "../support/settle";

installWordGlobals();
jest.setTimeout(60_000);

const MONTHLY = join(__dirname, "../fixtures/corpus/second-form/1096-lam-dong-tcd-2026-05-dien-van-gach-viet-tat.txt");

beforeAll(async () => {
  await preloadPane();
  await Promise.all([import("../../src/domain/import/pane"), import("../../src/forms/tiep-cong-dan-thang.form.json")]);
});

it("asks before writing, and «Dùng mẫu đó» switches to the monthly form and binds its figures", async () => {
  const user = userEvent.setup();
  const sim = createWordSimulation(readFileSync(MONTHLY, "utf8").split("\n").map((line) => ({ runs: [line] })));
  let prefix = REPORT.tagPrefix;
  const store = createAppStore({
    word: createOfficeGateway(sim.run, sim.supports, { tagPrefix: () => prefix }),
    now: () => new Date("2026-05-20T08:00:00Z"),
    report: REPORT,
  });
  store.subscribe((s) => (prefix = s.report.tagPrefix));
  await renderPane(store);
  const hint = screen.getByRole("group", { name: "Văn bản chưa có ô số liệu" });
  await user.click(within(hint).getByRole("button", { name: "Nhận diện số liệu" }));
  await settle(store, (s) => s.formOffer !== null && s.busy === null);
  await domReached(() => document.querySelector('[aria-label="Mẫu báo cáo phù hợp hơn"]') !== null);

  const card = screen.getByRole("group", { name: "Mẫu báo cáo phù hợp hơn" });
  expect(card.textContent).toContain("Văn bản này giống mẫu «Báo cáo tình hình, kết quả công tác tiếp công dân (hằng tháng)» hơn");
  expect(card.textContent).toContain("(mẫu đang chọn: 0)");
  expect(within(card).getByRole("button", { name: "Vẫn dùng mẫu đang chọn" })).toBeTruthy();
  expect(sim.controls()).toEqual([]);

  await user.click(within(card).getByRole("button", { name: "Dùng mẫu đó" }));
  await settle(store, (s) => s.recognition !== null && s.busy === null);
  expect(store.getState().report.id).toBe("tiep-cong-dan-thang");
  expect(screen.queryByRole("group", { name: "Mẫu báo cáo phù hợp hơn" })).toBeNull();
  const tags = sim.controls().map((c) => c.tag);
  expect(tags.length).toBeGreaterThan(0);
  expect(tags.every((tag) => tag.startsWith("tcd:"))).toBe(true);
  expect(store.getState().notice?.text).toMatch(/^Đang dùng mẫu «Báo cáo tình hình, kết quả công tác tiếp công dân \(hằng tháng\)»\. Đã gắn \d+ số liệu vào ô/);
});
