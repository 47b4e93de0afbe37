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
  it("is read with its column's header and its row's label, in the read's one sync", async () => {
    const sim = await openDocx();
    await recognise(sim);
    sim.resetSyncCount();
    const read = await createOfficeGateway(sim.run, sim.supports).read();
    expect(sim.syncCount()).toBe(1);
    const at = (tag: string) => read.controls.find((c) => c.tag === tag);
    expect(at("bcdc:hcc.tyLeDaGiaiQuyet")).toMatchObject({ text: "87,77", columnHeader: "Tỷ lệ (%)" });
    expect(at("bcdc:motCuaVp.tyLeDaGiaiQuyet")).toMatchObject({ text: "93,75%", columnHeader: "Tỷ lệ" });
    expect(at("bcdc:hcc.tiepNhan")).toMatchObject({ text: "11.245", columnHeader: "Số hồ sơ" });
    // And with its row's label, which may carry the «%» instead (walk48, F13).
    expect(at("bcdc:bienChe.congChucGiao")).toMatchObject({ text: "55", columnHeader: "Được giao", rowLabel: "Công chức" });
  });
});

/**
 * Walk finding (walk40): in 1032, Word reports the «Tổng cộng» cell spanning «TT» and «Sở, ngành» as one cell; the pane
 * read every total one column left («Đúng hạn» from «Quá hạn»), and the clerk's correction was written into the wrong
 * cell. The .docx reports written for stop 40, opened in the simulation: the pane binds only what the command line
 * binds, with the same values.
 */
describe("the .docx reports of stop 40's batches, in the pane", () => {
  const DOCS = [
    "1001-vp-hai-phong-van-xuoi-bang-trung-tam-quy1-2026.docx",
    "1024-bhxh-thai-binh-bang-bien-che-mot-cua-theo-linh-vuc-quy3-2024.docx",
    "1030-vp-lao-cai-tu-dong-danh-so-bang-gop-o-chu-thich-quy4-2025.docx",
    "1031-so-xay-dung-ha-tinh-de-muc-thap-phan-bang-linh-vuc-phu-luc-khen-thuong-quy2-2026.docx",
    "1032-vp-thai-binh-tu-dong-danh-so-bang-theo-so-nganh-chu-thich-quy1-2025.docx",
    "1033-so-nnmt-quang-tri-sau-hop-nhat-bang-khoi-linh-vuc-phu-luc-giao-ban-quy3-2025.docx",
    "1043-vp-quang-nam-lap-luan-so-lieu-bang-so-sanh-quy-truoc-quy1-2025.docx",
  ];

  it.each(DOCS)("%s: the pane binds the command line's values, and the truth's where the command line left a figure unclear", async (name) => {
    const docx = join(CORPUS, "heldout", name);
    const truth = JSON.parse(readFileSync(join(CORPUS, "heldout", name.replace(/\.docx$/, ".truth.json")), "utf8")) as { figures: Record<string, string> };
    const cli = recognizeFigures(textFromDocx(readFileSync(docx)), REPORT);
    const cliValue = new Map([...cli].flatMap(([id, r]) => (r.state === "bound" ? [[id, r.occurrences[0]!.input] as const] : [])));
    const { summary } = await recognise(await openDocx(docx));
    const bound = summary.bound.map((b) => [b.field, b.input] as const);
    // A footnote's text is not in the pane's read, so a figure it made unclear on the command line may be bound here.
    const differs = bound.filter(([id, input]) => (cliValue.has(id) ? cliValue.get(id) !== input : truth.figures[id] === undefined || !same(id, input, truth.figures[id]!)));
    expect(differs).toEqual([]);
    // Group headers spanning columns are read where their shape says how (tableHeaders.ts): most, not all.
    expect(bound.length).toBeGreaterThanOrEqual(cliValue.size - 8);
  });

  it("binds the centre's totals in 1032 in their own columns, none in the next one", async () => {
    const sim = await openDocx(join(CORPUS, "heldout", DOCS[4]!));
    await recognise(sim);
    const onTime = sim.controls().find((c) => c.tag === "bcdc:hcc.dungHan");
    expect(onTime?.text).toBe("581");
    expect(sim.controls().filter((c) => c.text === "32").map((c) => c.tag)).not.toContain("bcdc:hcc.dungHan");
  });
});
