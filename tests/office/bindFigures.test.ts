/**
 * "Nhận diện số liệu" through the production gateway against the Word simulation: the plain reference report
 * (no controls) gets its figures wrapped in tagged controls in 3 syncs, none wrongly, none on a citation.
 */
import { parseField } from "../../src/domain/fieldValues";
import { findCitations } from "../../src/domain/import/citations/parse";
import { addressOf, paragraphStarts } from "../../src/domain/import/addresses";
import { planBinding, type BindingSummary } from "../../src/domain/import/paneBinding";
import { REPORT, SAMPLE } from "../support/forms";
import { createOfficeGateway } from "../../src/office/officeGateway";
import type { BindOutcome } from "../../src/office/gateway";
import { plainParagraphs } from "../../src/preview/seedDocument";
import { createWordSimulation, installWordGlobals, type SimParagraph, type WordSimulation } from "../../src/preview/wordSim";
import { REFERENCE_FIGURES } from "../fixtures/referenceReport";
import { REFERENCE_TEXT } from "../fixtures/referenceText";

installWordGlobals();

const asParagraphs = (lines: readonly string[]): SimParagraph[] => lines.map((line) => ({ runs: [line] }));

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

const same = (id: string, text: string) => {
  const field = REPORT.byId.get(id)!;
  return JSON.stringify(parseField(field, text)) === JSON.stringify(parseField(field, REFERENCE_FIGURES[id]!));
};

describe("bindFigures on the plain reference report (full text, one paragraph per line)", () => {
  let sim: WordSimulation;
  let run: Awaited<ReturnType<typeof recognise>>;
  beforeAll(async () => {
    sim = createWordSimulation(asParagraphs(REFERENCE_TEXT.split("\n")), { maxApi: "1.6" });
    run = await recognise(sim);
  });

  it("takes 3 syncs", () => {
    expect(run.syncs).toBe(3);
    expect(run.outcome.syncs).toBe(3);
  });

  it("binds at least 90% of the typed figures, each with the reference value, and none wrongly", () => {
    const typed = run.summary.bound.filter((b) => b.typed);
    const right = typed.filter((b) => same(b.field, b.input));
    expect(right.length).toBe(typed.length);
    expect(right.length / run.summary.typedTotal).toBeGreaterThanOrEqual(0.9);
    expect(run.summary.typedBound).toBe(typed.length);
  });

  it("puts every control on the figure text, tagged with its field and titled with its label", () => {
    const controls = sim.controls();
    expect(controls.length).toBe(run.outcome.bound.length);
    const firsts = new Set<string>();
    expect(run.outcome.controls.map((c) => c.tag).sort()).toEqual(controls.map((c) => c.tag).sort());
    for (const control of controls) {
      const field = REPORT.byId.get(control.tag)!;
      expect(control.title).toBe(field.label);
      // The first place carries the value (later places may disagree: the document check's business). A list is
      // written "A, B và C" in prose: its value is compared through the summary's input above.
      const first = !firsts.has(control.tag);
      firsts.add(control.tag);
      if (first && !field.formula && field.kind !== "list") expect([control.tag, same(control.tag, control.text)]).toEqual([control.tag, true]);
    }
    expect(controls.filter((c) => c.tag === "bcdc:bienChe.congChucGiao").map((c) => c.text)).toEqual(["55", "55"]);
    // The report writes 2026 in section I and 2025 in III.1.a: both bound, the disagreement is the check's business.
    expect(controls.filter((c) => c.tag === "bcdc:bienChe.nam").map((c) => c.text)).toEqual(["2026", "2025"]);
  });

  it("leaves the text unchanged and binds no decree number, citation date or year", () => {
    expect(sim.doc.paragraphs.map((_, i) => sim.doc.paragraphText(i)).join("\n")).toBe(REFERENCE_TEXT);
    const citations = findCitations(REFERENCE_TEXT);
    const starts = REFERENCE_TEXT.split("\n").reduce<number[]>((acc, line, i) => [...acc, i === 0 ? 0 : acc[i - 1]! + REFERENCE_TEXT.split("\n")[i - 1]!.length + 1], []);
    for (const [index, runs] of sim.doc.paragraphs.entries()) {
      let at = starts[index]!;
      for (const r of runs) {
        const length = r.kind === "text" ? r.text.length : sim.doc.controlText(r.control).length;
        if (r.kind === "control") {
          const inside = citations.find((c) => at >= c.start && at + length <= c.end);
          expect([r.control.tag, inside?.raw]).toEqual([r.control.tag, undefined]);
        }
        at += length;
      }
    }
  });

  it("lists what it did not bind, and binding again binds nothing new", async () => {
    expect(run.summary.notFound.map((f) => f.field)).toEqual([]);
    // The .txt breaks this list over several lines: one control cannot hold several paragraphs.
    expect(run.summary.ambiguous).toEqual([
      { field: "bcdc:ksthc.nhomCongViec", label: "Các nhóm công việc kiểm soát TTHC", reason: "số liệu nằm trên nhiều đoạn văn, không gắn được vào một ô", stated: true },
    ]);
    expect([run.summary.typedBound, run.summary.typedTotal, run.summary.bound.length, run.outcome.bound.length]).toEqual([61, 62, 72, 80]);
    const again = await recognise(sim);
    expect(again.outcome.bound).toEqual([]);
    expect(again.summary.present.length).toBe(run.summary.bound.length);
    expect(again.syncs).toBe(3);
  });
});

describe("bindFigures on the preview's plain seed (index.html?plain)", () => {
  it("binds the typed figures with their values and never a wrong one", async () => {
    const sim = createWordSimulation(plainParagraphs(REPORT, SAMPLE));
    const { summary, syncs } = await recognise(sim);
    expect(syncs).toBe(3);
    const wrong = summary.bound.filter((b) => b.typed && !same(b.field, b.input));
    expect(wrong).toEqual([]);
    expect([summary.typedBound, summary.typedTotal, summary.ambiguous.length, summary.notFound.length]).toEqual([62, 62, 0, 0]);
    expect(sim.controls().find((c) => c.tag === "bcdc:bienChe.congChucGiao")?.text).toBe("55");
  });
});

describe("bindFigures and Word's answers", () => {
  const paragraphs = asParagraphs(["Công chức được giao là 55, đang thực hiện 46; Hợp đồng 08."]);

  it("skips an address Word does not find exactly once, and writes the rest", async () => {
    const sim = createWordSimulation(paragraphs);
    const gateway = createOfficeGateway(sim.run, sim.supports);
    const outcome = await gateway.bindFigures(() => [
      { tag: "bcdc:bienChe.congChucGiao", title: "A", paragraph: 0, context: "là 55", figure: "55" },
      { tag: "bcdc:bienChe.hopDong", title: "B", paragraph: 0, context: "không có", figure: "08" },
    ]);
    expect(outcome.bound.map((a) => a.tag)).toEqual(["bcdc:bienChe.congChucGiao"]);
    expect(outcome.unconfirmed.map((a) => a.tag)).toEqual(["bcdc:bienChe.hopDong"]);
    expect(sim.controls().map((c) => [c.tag, c.title, c.text])).toEqual([["bcdc:bienChe.congChucGiao", "A", "55"]]);
  });

  it("keeps 3 syncs for 300 figures", async () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ runs: [`Mục ${i}: tiếp nhận ${i + 1000} hồ sơ.`] }));
    const sim = createWordSimulation(many);
    const gateway = createOfficeGateway(sim.run, sim.supports);
    const { result, syncs } = await sim.measure(() =>
      gateway.bindFigures((read) =>
        read.paragraphs.map((text, paragraph) => ({ tag: "bcdc:hcc.tiepNhan", title: "T", paragraph, context: `${paragraph + 1000} hồ`, figure: `${paragraph + 1000}` })),
      ),
    );
    expect(syncs).toBe(3);
    expect(result.bound.length).toBe(300);
    expect(sim.controls()[299]?.text).toBe("1299");
  });

  it("lists a figure someone else's control could hold, binds the others of the same paragraph, all in 3 syncs", async () => {
    const sim = createWordSimulation([{ runs: ["Công chức được giao là ", { tag: "other:x", title: "Khác", text: "55" }, ", đang thực hiện 46; Hợp đồng 08."] }]);
    const gateway = createOfficeGateway(sim.run, sim.supports);
    const { result, syncs } = await sim.measure(() =>
      gateway.bindFigures(() => [
        { tag: "bcdc:bienChe.congChucGiao", title: "A", paragraph: 0, context: "là 55", figure: "55" },
        { tag: "bcdc:bienChe.congChucThucHien", title: "B", paragraph: 0, context: "hiện 46", figure: "46" },
      ]),
    );
    expect(syncs).toBe(3);
    expect(result.blocked.map((b) => [b.address.tag, b.reason])).toEqual([["bcdc:bienChe.congChucGiao", "insideControl"]]);
    expect(sim.controls().map((c) => [c.tag, c.text])).toEqual([["other:x", "55"], ["bcdc:bienChe.congChucThucHien", "46"]]);
  });

  // Below 1.3 Word does not load the add-in at all (the manifest requires 1.4: tests/office/requirementSets.test.ts).
  it("uses a rich-text control below WordApi 1.5", async () => {
    const sim = createWordSimulation(paragraphs, { maxApi: "1.4" });
    const gateway = createOfficeGateway(sim.run, sim.supports);
    await gateway.bindFigures(() => [{ tag: "bcdc:bienChe.hopDong", title: "B", paragraph: 0, context: "08", figure: "08" }]);
    expect(sim.doc.controls()[0]?.type).toBe("RichText");
  });
});

describe("bindFigures in a table typed with tabs", () => {
  it("wraps the quarter's figure where the cumulative column repeats it, searching the tab as Word writes it (^t)", async () => {
    const row = "7\tĐề nghị Thủ tướng Chính phủ tặng Bằng khen\tcá nhân\t01\t01";
    const sim = createWordSimulation(asParagraphs(["STT\tNội dung\tĐVT\tQuý IV/2024\tLũy kế năm 2024", row]), { maxApi: "1.6" });
    const gateway = createOfficeGateway(sim.run, sim.supports);
    const quarter = row.indexOf("01");
    const outcome = await gateway.bindFigures((read) => {
      const found = addressOf(read.paragraphs, paragraphStarts(read.paragraphs), {
        start: paragraphStarts(read.paragraphs)[1]! + quarter, end: paragraphStarts(read.paragraphs)[1]! + quarter + 2, text: "01", input: "01", line: 2, where: "",
      });
      return found.ok ? [{ ...found.address, tag: "bcdc:khenThuong.ttgCaNhan", title: "Bằng khen" }] : [];
    });
    expect([outcome.bound.length, outcome.unconfirmed.length]).toEqual([1, 0]);
    const runs = sim.doc.paragraphs[1]!;
    const before = runs.findIndex((r) => r.kind === "control");
    const textBefore = runs.slice(0, before).map((r) => (r.kind === "text" ? r.text : "")).join("");
    expect([textBefore.length, sim.doc.paragraphText(1)]).toEqual([quarter, row]);
  });
});
