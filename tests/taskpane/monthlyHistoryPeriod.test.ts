/**
 * Walk finding (walk44, 1): on monthly report 1196 (tháng 4/2026) the clerk wrote «Lượt tiếp tháng trước» 79 → 80 and a
 * leader rejected it. «Lịch sử» named «tháng 4 năm 2026» until the pane was closed; reopened, every row and every
 * «Kỳ báo cáo» cell of «Xuất Excel» said «quý II năm 2026», the quarter the month ends in, which was all the stored
 * history kept of the period. A quarterly report's history reads as it always did.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { builtInDefinition, REPORT, SAMPLE } from "../support/forms";
import { historyView } from "../../src/domain/historyCsv";
import { historyRows } from "../../src/domain/historyRows";
import { historySheet } from "../../src/domain/historyXlsx";
import { periodName } from "../../src/domain/periodKinds";
import type { ReportDefinition } from "../../src/domain/report";
import { createOfficeGateway } from "../../src/office/officeGateway";
import { seedParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { createAppStore } from "../../src/taskpane/store/createAppStore";

installWordGlobals();

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const SOURCE = join(__dirname, "../fixtures/corpus/second-form/1196-thai-nguyen-tcd-2026-04-chep-thang-truoc-so-dieu-chinh.txt");
const LAST_MONTH = "tcd:soSanh.luotThangTruoc";
let clock = Date.parse("2026-04-17T08:00:00Z");

function paneOn(sim: WordSimulation, report: ReportDefinition) {
  return createAppStore({ word: createOfficeGateway(sim.run, sim.supports), now: () => new Date((clock += 60_000)), report });
}

type Pane = ReturnType<typeof paneOn>;

/** What a reader of «Lịch sử» sees of each row's period, and the «Kỳ báo cáo» cells of «Xuất Excel», newest first. */
function periodsShown(store: Pane) {
  const { report, history } = store.getState();
  const rows = historyView(report, history, null);
  return {
    rows: rows.map((entry) => `${entry.decision ?? "write"} ${entry.from} → ${entry.to} · ${entry.period ? periodName(entry.period) : ""}`),
    csv: historyRows(report, rows).map((row) => row.period),
    xlsx: historySheet(report, rows, 420).slice(1).map((cells) => (cells[3] && "value" in cells[3] ? cells[3].value : null)),
  };
}

it("a monthly report's history names its month after the pane is reopened, in the rows and in the Excel export", async () => {
  const sim = createWordSimulation(readFileSync(SOURCE, "utf8").split("\n").map((line) => ({ runs: [line] })), { author: "Lò Văn Dũng" });
  const clerk = paneOn(sim, MONTHLY);
  clerk.getState().setAuthor("Trần Thu Hà");
  await clerk.getState().start();
  await clerk.getState().recognizeFigures();
  expect(clerk.getState().raw[LAST_MONTH]).toBe("79");
  expect(clerk.getState().period).toEqual({ kind: "month", year: 2026, month: 4, quarter: 2 });
  await clerk.getState().setTrackChanges(true);
  clerk.getState().setFigure(LAST_MONTH, "80");
  await clerk.getState().updateDocument();
  await clerk.getState().loadReview();
  await clerk.getState().resolveReview([LAST_MONTH], false);

  const expected = {
    rows: ["rejected 79 → 80 · tháng 4 năm 2026", "write 79 → 80 · tháng 4 năm 2026"],
    csv: ["Tháng 4 năm 2026", "Tháng 4 năm 2026"],
    xlsx: ["Tháng 4 năm 2026", "Tháng 4 năm 2026"],
  };
  expect(periodsShown(clerk)).toEqual(expected);

  // Closed and opened again: a new store over the same document, on the add-in's default form as the walk's was.
  const again = paneOn(sim, REPORT);
  await again.getState().start();
  expect(again.getState().report.tagPrefix).toBe("tcd:");
  expect(again.getState().period).toEqual({ kind: "month", year: 2026, month: 4, quarter: 2 });
  expect(periodsShown(again)).toEqual(expected);
});

it("a quarterly report's history still names its quarter after the pane is reopened", async () => {
  const sim = createWordSimulation(seedParagraphs(REPORT, SAMPLE), { author: "Lò Văn Dũng" });
  const clerk = paneOn(sim, REPORT);
  clerk.getState().setAuthor("Trần Thu Hà");
  await clerk.getState().start();
  await clerk.getState().setTrackChanges(true);
  clerk.getState().setFigure("bcdc:giaoBan.soCuoc", "13");
  await clerk.getState().updateDocument();
  await clerk.getState().loadReview();
  await clerk.getState().resolveReview(["bcdc:giaoBan.soCuoc"], true);
  const expected = {
    rows: ["accepted 11 → 13 · quý I năm 2026", "write 11 → 13 · quý I năm 2026"],
    csv: ["Quý I năm 2026", "Quý I năm 2026"],
    xlsx: ["Quý I năm 2026", "Quý I năm 2026"],
  };
  expect(periodsShown(clerk)).toEqual(expected);

  const again = paneOn(sim, REPORT);
  await again.getState().start();
  expect(periodsShown(again)).toEqual(expected);
});
