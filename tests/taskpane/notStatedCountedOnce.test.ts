/**
 * Walk finding (walk48, F7): after «Văn bản không nêu số này» and «Nhận diện số liệu» again, the notice said «17 không
 * tìm thấy. 3 chưa rõ» while the result's line under it said «Không tìm thấy: 19 · Chưa rõ: 1». A figure she said the
 * report does not state is counted once, the same way in both: not found, not unclear.
 */
import { readFileSync } from "node:fs";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";

installWordGlobals();

const SERVING = "bcdc:bienChe.congChucThucHien";
// A note states the serving staff count a second time, differently: the figure is unclear by construction.
const LINES = [...readFileSync("tests/fixtures/corpus/reworded/01-ngan-gon.txt", "utf8").split("\n"), "Ghi chú: đến ngày 14/3/2026, công chức có mặt 44 người."];

it("counts a figure said not stated among those not found, in the notice as in the result", async () => {
  const sim = createWordSimulation(LINES.map((line) => ({ runs: [line] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-11-05T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  const first = store.getState().recognition!;
  expect(first.ambiguous.map((f) => f.field)).toContain(SERVING);
  await store.getState().markNotStated(SERVING, true);

  await store.getState().recognizeFigures();
  const again = store.getState().recognition!;
  // Still unclear to the engine, which knows nothing of her answer.
  expect(again.ambiguous.map((f) => f.field)).toContain(SERVING);
  const unclear = again.ambiguous.filter((f) => f.field !== SERVING).length;
  const notFound = again.notFound.length + 1;
  const notice = store.getState().notice!.text;
  expect(notice).toContain(`${notFound} không tìm thấy.`);
  if (unclear === 0) expect(notice).not.toContain("chưa rõ:");
  else expect(notice).toContain(`${unclear} chưa rõ:`);
});
