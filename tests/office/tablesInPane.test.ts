/**
 * Word tables in the pane: the corpus's tables report (03-bang-bieu.docx) opened in the Word simulation through
 * body.insertOoxml, recognised by the production gateway. The pane reads each table row as one line, as `npm run
 * check` does, so it binds the same figures as the command line, with the truth's values, each control on its own
 * cell's number.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { textFromDocx } from "../../src/domain/import/docx/docxText";
import { parseField } from "../../src/domain/fieldValues";
import { planBinding, type BindingSummary } from "../../src/domain/import/paneBinding";
import { recognizeFigures } from "../../src/domain/import/recognize";
import { createOfficeGateway } from "../../src/office/officeGateway";
import type { BindOutcome } from "../../src/office/gateway";
import { createWordSimulation, installWordGlobals, type WordSimulation } from "../../src/preview/wordSim";
import { CORPUS } from "../support/corpusMeasure";
import { flatOpcOfDocx } from "../support/docxInSim";
import { REPORT } from "../support/forms";

installWordGlobals();

const DOCX = join(CORPUS, "reworded/03-bang-bieu.docx");
const TRUTH = JSON.parse(readFileSync(join(CORPUS, "reworded/03-bang-bieu.truth.json"), "utf8")) as { figures: Record<string, string> };

async function openDocx(docx = DOCX): Promise<WordSimulation> {
  const sim = createWordSimulation([], { maxApi: "1.6" });
  await sim.run(async (context) => {
    context.document.body.insertOoxml(flatOpcOfDocx(docx), "Replace");
    await context.sync();
  });
  return sim;
}

async function recognise(sim: WordSimulation): Promise<{ outcome: BindOutcome; summary: BindingSummary; syncs: number }> {
  const gateway = createOfficeGateway(sim.run, sim.supports);
  let finish: ((confirmed: BindOutcome["bound"]) => BindingSummary) | null = null;
  const { result, syncs } = await sim.measure(() =>
    gateway.bindFigures((read) => {
      const plan = planBinding(read, REPORT);
      finish = plan.finish;
      return plan.addresses;
    }),
  );
  return { outcome: result, summary: finish!(result.bound), syncs };
}

const same = (id: string, got: string, want: string) => {
  const field = REPORT.byId.get(id)!;
  return JSON.stringify(parseField(field, got)) === JSON.stringify(parseField(field, want.replace(/\s*%$/, "")));
};

describe("a report written in Word tables, in the pane", () => {
  it("reads each table cell's row and index from Word in the one text read", async () => {
    const sim = await openDocx();
    sim.resetSyncCount();
    const read = await createOfficeGateway(sim.run, sim.supports).readText();
    expect(sim.syncCount()).toBe(1);
    const row = read.paragraphs.indexOf("Công chức");
    expect(read.paragraphs.slice(row, row + 3)).toEqual(["Công chức", "55", "47"]);
    expect(read.shapes!.slice(row, row + 3).map((s) => s.table)).toEqual([
      { level: 1, row: 1, cell: 0 },
      { level: 1, row: 1, cell: 1 },
      { level: 1, row: 1, cell: 2 },
    ]);
  });

  it("binds the same figures as `npm run check`, in 3 syncs, with the truth's values", async () => {
    const cli = recognizeFigures(textFromDocx(readFileSync(DOCX)), REPORT);
    const cliBound = [...cli].filter(([, r]) => r.state === "bound").map(([id]) => id).sort();
    const sim = await openDocx();
    const { outcome, summary, syncs } = await recognise(sim);
    expect(syncs).toBe(3);
    // A list read down a table column (meaning/lists.ts) spans several cells: no one content control can hold it, so
    // the pane shows it to the clerk as not placed, with the reason; every other figure is bound as the CLI binds it.
    const acrossCells = summary.ambiguous.filter((a) => a.reason === "số liệu nằm trên nhiều đoạn văn, không gắn được vào một ô");
    expect(acrossCells.every((a) => REPORT.byId.get(a.field)!.kind === "list")).toBe(true);
    expect([...summary.bound.map((b) => b.field), ...acrossCells.map((a) => a.field)].sort()).toEqual(cliBound);
    expect(acrossCells.length).toBeLessThanOrEqual(2);
    expect(cliBound.length).toBeGreaterThanOrEqual(59);
    // None wrong: every bound figure the truth states has its value, and none the document does not state.
    const wrong = summary.bound.filter((b) => TRUTH.figures[b.field] === undefined || !same(b.field, b.input, TRUTH.figures[b.field]!));
    expect(wrong.map((b) => `${b.field}=${b.input}`)).toEqual([]);
    expect([outcome.unconfirmed, outcome.blocked]).toEqual([[], []]);
    // A figure in a cell is bound in that cell: the control holds the cell's whole text.
    const tiepNhan = sim.controls().find((c) => c.tag === "bcdc:motCuaVp.tiepNhan")!;
    expect(tiepNhan.text).toBe("96");
  });

  it("bound far fewer with one line per cell, as the pane read tables before", () => {
    // The same paragraphs without Word's table cells: each cell a paragraph of its own, row and column lost.
    return openDocx().then(async (sim) => {
      const read = await createOfficeGateway(sim.run, sim.supports).readText();
      const flat = planBinding({ paragraphs: read.paragraphs, controls: [] }, REPORT);
      const shaped = planBinding(read, REPORT);
      const fields = (plan: typeof flat) => new Set(plan.addresses.map((a) => a.tag)).size;
      expect(fields(shaped)).toBeGreaterThan(fields(flat));
    });
  });
});

/**
 * Merged header cells (heldout/03: a group header spanning two columns over «Được giao | Có mặt»). Word gives the pane
 * one cell for a cell spanning columns and no span in the one text read: the pane lines a group up with its columns
 * where the shape of the header says how, and otherwise leaves the group row out (meaning/tableGrid.ts). It binds a
 * part of what `npm run check` binds, never a figure it does not, and nothing wrong.
 */
describe("a report with merged table headers, in the pane", () => {
  const MERGED = join(CORPUS, "heldout/03-lai-chau-bang-tu-dong-danh-so.docx");
  const MERGED_TRUTH = JSON.parse(readFileSync(join(CORPUS, "heldout/03-lai-chau-bang-tu-dong-danh-so.truth.json"), "utf8")) as {
    figures: Record<string, string>;
  };

  it("binds only figures the command line binds, with the same values, none wrong, in 3 syncs", async () => {
    const cli = recognizeFigures(textFromDocx(readFileSync(MERGED)), REPORT);
    const cliValue = new Map(
      [...cli].flatMap(([id, r]) => (r.state === "bound" ? [[id, r.occurrences[0]!.input] as const] : [])),
    );
    const { summary, syncs } = await recognise(await openDocx(MERGED));
    expect(syncs).toBe(3);
    const bound = summary.bound.map((b) => [b.field, b.input] as const);
    expect(bound.filter(([id, input]) => cliValue.get(id) !== input)).toEqual([]);
    const wrong = bound.filter(([id, input]) => MERGED_TRUTH.figures[id] === undefined || !same(id, input, MERGED_TRUTH.figures[id]!));
    expect(wrong).toEqual([]);
    // Group rows read as one cell per group are lined up where the shape says how (tableHeaders.ts alignGroups): 50 of
    // the command line's 56 on 2026-12-01; «Chuyên môn | Lý luận chính trị» over six different sub-headers is not.
    expect(bound.length).toBeGreaterThanOrEqual(50);
  });
});

describe("a control in a table cell", () => {
  it("is read with its column's header, in the read's one sync", async () => {
    const sim = await openDocx();
    await recognise(sim);
    sim.resetSyncCount();
    const read = await createOfficeGateway(sim.run, sim.supports).read();
    expect(sim.syncCount()).toBe(1);
    const at = (tag: string) => read.controls.find((c) => c.tag === tag);
    expect(at("bcdc:hcc.tyLeDaGiaiQuyet")).toMatchObject({ text: "87,77", columnHeader: "Tỷ lệ (%)" });
    expect(at("bcdc:motCuaVp.tyLeDaGiaiQuyet")).toMatchObject({ text: "93,75%", columnHeader: "Tỷ lệ" });
    expect(at("bcdc:hcc.tiepNhan")).toMatchObject({ text: "11.245", columnHeader: "Số hồ sơ" });
  });
});
