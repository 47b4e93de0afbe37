/**
 * The joint step's own rules (meaning/jointArithmetic.ts), with the words' scores given: which number the sums may
 * put in place of another, and when the stated number stays. The scores stand for what the words of each number say;
 * the sums and figures come from the quarterly form's definition.
 */
import type { Candidate } from "../../../src/domain/import/meaning/candidates";
import type { FieldProfile, Vocabulary } from "../../../src/domain/import/meaning/profiles";
import type { FieldId } from "../../../src/domain/types";
import { REPORT } from "../../support/forms";

const scores = new Map<string, number>();
jest.mock("../../../src/domain/import/meaning/score", () => ({
  eligible: (p: { kind: string }, c: Candidate) => (p.kind === "count") === (c.token.kind === "count"),
  score: (p: { field: { id: string } }, c: Candidate) => scores.get(`${p.field.id}@${c.token.start}`) ?? 0.5,
}));
// Imported after the mock is declared (jest hoists it): the step sees the scores above.
import { chooseJointly } from "../../../src/domain/import/meaning/jointArithmetic";

const id = (suffix: string): FieldId => REPORT.fields.find((f) => f.id.endsWith(suffix))!.id;
const profiles = REPORT.fields.filter((f) => f.kind === "count" || f.kind === "percent").map((field) => ({ field, kind: field.kind }) as unknown as FieldProfile);

let at = 0;
const number = (value: number, kind: "count" | "percent" = "count"): Candidate => {
  at += 20;
  const text = kind === "percent" ? `${String(value).replace(".", ",")}%` : String(value);
  return { token: { start: at, end: at + text.length, text, kind, value } } as unknown as Candidate;
};

/** The Centre's account: 8412 received = 8020 resolved + 96 late + 296 pending; 8020 = 7101 + 812 + 107. */
function centre(resolved: Candidate, extra: Candidate[] = []) {
  const c = { received: number(8412), online: number(6120), rate: number(72.75, "percent"), early: number(7101), onTime: number(812), withdrawn: number(107), late: number(96), pending: number(296) };
  const bound = new Map<FieldId, Candidate[]>([
    [id("hcc.tiepNhan"), [c.received]],
    [id("hcc.daGiaiQuyet"), [resolved]],
    [id("hcc.tyLeDaGiaiQuyet"), [c.rate]],
    [id("hcc.truocHan"), [c.early]],
    [id("hcc.dungHan"), [c.onTime]],
    [id("hcc.rutTraLai"), [c.withdrawn]],
    [id("hcc.treHan"), [c.late]],
    [id("hcc.dangGiaiQuyet"), [c.pending]],
  ]);
  const candidates = [...Object.values(c), resolved, ...extra];
  const taken = new Set([...bound.values()].flat().map((x) => x.token.start));
  return { bound, unclear: new Map<FieldId, Candidate[]>(), candidates, taken };
}

function run(state: ReturnType<typeof centre>, options: { refused?: (c: Candidate) => boolean; doubted?: FieldId[] } = {}) {
  chooseJointly({
    report: REPORT,
    profiles,
    vocab: {} as Vocabulary,
    exact: new Map(),
    ...state,
    refused: (_p, c) => options.refused?.(c) ?? false,
    doubted: new Set(options.doubted ?? []),
  });
  const shown = (suffix: string) => state.bound.get(id(suffix))?.map((c) => c.token.value);
  return shown;
}

beforeEach(() => scores.clear());

describe("a bound figure both its sums refute", () => {
  it("is replaced by the number both sums need when its words say as much of it", () => {
    const misread = number(6120);
    const right = number(8020);
    scores.set(`${id("hcc.daGiaiQuyet")}@${misread.token.start}`, 0.5);
    scores.set(`${id("hcc.daGiaiQuyet")}@${right.token.start}`, 0.6);
    const state = centre(misread, [right]);
    const shown = run(state);
    expect(shown("hcc.daGiaiQuyet")).toEqual([8020]);
    // The share that stood beside the misread number does not fit 8020 ÷ 8412: it goes back to the clerk.
    expect(shown("hcc.tyLeDaGiaiQuyet")).toBeUndefined();
    expect(state.unclear.get(id("hcc.tyLeDaGiaiQuyet"))?.map((c) => c.token.value)).toEqual([72.75]);
    expect(state.taken.has(right.token.start)).toBe(true);
    expect(state.taken.has(misread.token.start)).toBe(false);
  });

  it("stays as written when its words clearly favour it (a slip the check must report)", () => {
    const slip = number(8030);
    const elsewhere = number(8020);
    scores.set(`${id("hcc.daGiaiQuyet")}@${slip.token.start}`, 0.9);
    scores.set(`${id("hcc.daGiaiQuyet")}@${elsewhere.token.start}`, 0.6);
    expect(run(centre(slip, [elsewhere]))("hcc.daGiaiQuyet")).toEqual([8030]);
  });

  it("stays when the number that would mend the sums is refused, or described too weakly to be a candidate", () => {
    const misread = number(6120);
    const vetoed = number(8020);
    expect(run(centre(misread, [vetoed]), { refused: (c) => c === vetoed })("hcc.daGiaiQuyet")).toEqual([6120]);
    const weak = number(8020);
    scores.set(`${id("hcc.daGiaiQuyet")}@${weak.token.start}`, 0.3);
    expect(run(centre(number(6120), [weak]))("hcc.daGiaiQuyet")).toEqual([6120]);
  });

  it("is never moved when one of its sums holds: a wrong part under a right total is the clerk's", () => {
    // 8030 resolved + 96 + 286 pending = 8412 holds; 7101 + 812 + 107 = 8020 does not.
    const state = centre(number(8030), [number(8020)]);
    const pending = number(286);
    state.bound.set(id("hcc.dangGiaiQuyet"), [pending]);
    expect(run(state)("hcc.daGiaiQuyet")).toEqual([8030]);
  });
});

describe("an unclear figure its sum settles", () => {
  function unclearTotal(offered: Candidate[]) {
    const state = centre(number(8020));
    state.bound.delete(id("hcc.tiepNhan"));
    state.unclear.set(id("hcc.tiepNhan"), offered);
    return state;
  }

  it("takes the one offered number its parts add up to", () => {
    const state = unclearTotal([number(6120), number(8412)]);
    expect(run(state)("hcc.tiepNhan")).toEqual([8412]);
    expect(state.unclear.has(id("hcc.tiepNhan"))).toBe(false);
  });

  it("stays unclear when no offered number fits, or the figure was stated twice", () => {
    expect(run(unclearTotal([number(6120), number(8402)]))("hcc.tiepNhan")).toBeUndefined();
    expect(run(unclearTotal([number(6120), number(8412)]), { doubted: [id("hcc.tiepNhan")] })("hcc.tiepNhan")).toBeUndefined();
  });

  it("is not settled by a small total, where a fit is as likely chance", () => {
    const state = {
      bound: new Map<FieldId, Candidate[]>([
        [id("motCuaVp.daGiaiQuyet"), [number(5)]],
        [id("motCuaVp.dangGiaiQuyet"), [number(3)]],
      ]),
      unclear: new Map<FieldId, Candidate[]>([[id("motCuaVp.tiepNhan"), [number(8), number(6)]]]),
      candidates: [] as Candidate[],
      taken: new Set<number>(),
    };
    expect(run(state)("motCuaVp.tiepNhan")).toBeUndefined();
  });
});
