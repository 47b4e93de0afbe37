/**
 * Reading again only the figures a reopened pane names as still unclear (fix43U): the plan addresses and sums up
 * those fields alone, and each is recognised exactly as a full recognition recognises it (the whole text is read).
 */
import { readFileSync } from "node:fs";
import { planBinding } from "../../../src/domain/import/paneBinding";
import { REPORT } from "../../support/forms";

const SERVING = "bcdc:bienChe.congChucThucHien";
const paragraphs = [...readFileSync("tests/fixtures/corpus/reworded/01-ngan-gon.txt", "utf8").split("\n"), "Ghi chú: đến ngày 14/3/2026, công chức có mặt 44 người."];
const read = { paragraphs, controls: [] };

describe("planBinding for some fields only", () => {
  const full = planBinding(read, REPORT);
  const whole = full.finish(full.addresses);

  it("gives an unclear figure the candidates a full recognition gives, and nothing else", () => {
    const plan = planBinding(read, REPORT, new Set([SERVING]));
    expect(plan.addresses).toEqual([]);
    const summary = plan.finish([]);
    expect(summary.ambiguous).toEqual(whole.ambiguous.filter((f) => f.field === SERVING));
    expect([summary.bound, summary.notFound, summary.leftOut]).toEqual([[], [], []]);
  });

  it("addresses a clear figure as a full recognition does, and sums up that one alone", () => {
    const clear = whole.bound.find((f) => f.typed)!.field;
    const plan = planBinding(read, REPORT, new Set([clear]));
    expect(plan.addresses).toEqual(full.addresses.filter((a) => a.tag === clear));
    expect(plan.finish(plan.addresses).bound).toEqual(whole.bound.filter((f) => f.field === clear));
  });

  it("leaves a field that already has a control alone, as a full recognition does", () => {
    const plan = planBinding({ ...read, controls: [{ tag: SERVING }] }, REPORT, new Set([SERVING]));
    const summary = plan.finish([]);
    expect([plan.addresses, summary.ambiguous, summary.present]).toEqual([[], [], [SERVING]]);
  });
});
