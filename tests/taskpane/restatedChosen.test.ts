/**
 * Walk finding (walk48, F5): a figure the report states twice with different values is left unclear; when the clerk
 * binds one of its numbers, the pane said only «Đã gắn … Số trong văn bản giữ nguyên.», and the other place went on
 * saying otherwise without a word. Now the notice names the other value and its paragraph, as a possibility (the
 * recognizer cannot be sure the other number is the same figure), and the document is left as it was.
 */
import { readFileSync } from "node:fs";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";
import { REPORT } from "../support/forms";

installWordGlobals();

const BRIEFINGS = "bcdc:giaoBan.soCuoc";
const DOCUMENT = "tests/fixtures/corpus/heldout/1002-ban-qlkkt-dong-dang-lang-son-liet-ke-gach-dau-dong-quy2-2025.txt";
const lines = readFileSync(DOCUMENT, "utf8").split("\n");
const texts = (sim: WordSimulation) => sim.doc.paragraphs.map((_, i) => sim.doc.paragraphText(i));

async function recognised() {
  const sim = createWordSimulation(lines.map((line) => ({ runs: [line] })));
  const store = createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date("2026-07-10T08:00:00Z"), report: REPORT });
  await store.getState().start();
  await store.getState().recognizeFigures();
  return { sim, store };
}

it("names the other value the report gives a figure it states twice, once one of them is bound", async () => {
  const { sim, store } = await recognised();
  const figure = store.getState().recognition!.ambiguous.find((f) => f.field === BRIEFINGS)!;
  expect(figure.restated).toBe(true);
  const candidates = figure.candidates!;
  expect(candidates.map((c) => c.text)).toEqual(["03", "06"]);
  const before = texts(sim);
  await store.getState().showCandidate(BRIEFINGS, 0);
  await store.getState().bindChosen(BRIEFINGS);
  expect(store.getState().raw[BRIEFINGS]).toBe("03");
  expect(store.getState().notice).toEqual({
    intent: "warning",
    text:
      "Đã gắn «03» vào ô «Cuộc họp giao ban trong quý». Số trong văn bản giữ nguyên. " +
      `Văn bản còn ghi «06» (đoạn ${candidates[1]!.paragraph}), có thể là số liệu này viết lại khác đi: nếu đúng vậy, hãy sửa văn bản cho thống nhất.`,
  });
  expect(texts(sim)).toEqual(before);
});

it("says nothing more when the figure's numbers compete without the report restating it", async () => {
  const { store } = await recognised();
  const plain = store.getState().recognition!.ambiguous.find((f) => !f.restated && (f.candidates?.length ?? 0) > 1);
  if (!plain) throw new Error("the report has no unclear figure that is not a restatement");
  await store.getState().showCandidate(plain.field, 0);
  await store.getState().bindChosen(plain.field);
  expect(store.getState().notice?.intent).toBe("success");
  expect(store.getState().notice?.text).not.toContain("Văn bản còn ghi");
});
