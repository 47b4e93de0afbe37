/** Scores read once per figure × number (src/domain/import/meaning/scoreMemo.ts), with the weights score.ts gives. */
import type { Candidate } from "../../../src/domain/import/meaning/candidates";
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { buildProfiles, vocabulary } from "../../../src/domain/import/meaning/profiles";
import { score } from "../../../src/domain/import/meaning/score";
import { rememberedScore, wordWeights } from "../../../src/domain/import/meaning/scoreMemo";
import { scanHeadings } from "../../../src/domain/import/headings";
import { findNumbers } from "../../../src/domain/import/numbers";
import { patternsOf } from "../../../src/domain/import/patterns";
import { REPORT } from "../../support/forms";

const REACH = { clause: 0.45, context: 0.225 };

function candidate(near: Array<[string, number]>, clause: string[], context: string[]): Candidate {
  return {
    token: { start: 0, end: 2, text: "12", kind: "count", value: 12 } as Candidate["token"],
    near: new Map(near),
    clause: new Set(clause),
    context: new Set(context),
    unit: null,
    yearLike: false,
    change: false,
    whole: false,
  };
}

describe("wordWeights", () => {
  it("gives each word the most it counts for beside the number, in its clause or in its context", () => {
    const c = candidate([["hồ sơ", 1], ["tiếp nhận", 0.6]], ["tiếp nhận", "giải quyết", "hồ sơ"], ["giải quyết", "một cửa"]);
    const w = wordWeights(c, REACH);
    expect(w.get("hồ sơ")).toBe(1);
    expect(w.get("tiếp nhận")).toBe(0.6);
    expect(w.get("giải quyết")).toBe(0.45);
    expect(w.get("một cửa")).toBe(0.225);
    expect(w.has("trễ hạn")).toBe(false);
  });

  it("keeps a word that counts nothing as present", () => {
    const w = wordWeights(candidate([["đúng hạn", 0]], [], []), REACH);
    expect(w.has("đúng hạn")).toBe(true);
    expect(w.get("đúng hạn")).toBe(0);
  });

  it("reads the weights again when asked with another reach", () => {
    const c = candidate([], ["một cửa"], []);
    expect(wordWeights(c, REACH).get("một cửa")).toBe(0.45);
    expect(wordWeights(c, { clause: 0.3, context: 0.1 }).get("một cửa")).toBe(0.3);
  });
});

describe("rememberedScore", () => {
  const text = "Bộ phận Một cửa tiếp nhận 120 hồ sơ, đã giải quyết 95 hồ sơ, trong đó đúng hạn 90 hồ sơ.";
  const profiles = buildProfiles(REPORT, patternsOf(REPORT));
  const vocab = vocabulary(profiles);
  const candidates = findCandidates(text, findNumbers(text), scanHeadings(text), false);

  it("computes once per vocabulary, figure and number", () => {
    let calls = 0;
    const compute = () => ++calls;
    const [p, q] = profiles;
    const [a, b] = candidates;
    expect([rememberedScore(vocab, p!, a!, compute), rememberedScore(vocab, p!, a!, compute)]).toEqual([1, 1]);
    expect(rememberedScore(vocab, p!, b!, compute)).toBe(2);
    expect(rememberedScore(vocab, q!, a!, compute)).toBe(3);
    expect(rememberedScore(vocabulary(profiles), p!, a!, compute)).toBe(4);
  });

  it("gives score() the same value asked twice, and different numbers different values", () => {
    const values = profiles.flatMap((p) => candidates.map((c) => score(p, c, vocab)));
    expect(profiles.flatMap((p) => candidates.map((c) => score(p, c, vocab)))).toEqual(values);
    expect(new Set(values).size).toBeGreaterThan(10);
  });
});
