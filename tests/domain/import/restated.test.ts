/**
 * One number, one figure: a number whose value is already bound to another figure that describes it at least as well
 * is that figure written again, no rival for this one. And the other side: a value bound elsewhere but described
 * better by this figure, or a value bound nowhere, is still a rival.
 */
import { scanHeadings } from "../../../src/domain/import/headings";
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { buildProfiles, vocabulary } from "../../../src/domain/import/meaning/profiles";
import { restatedElsewhere } from "../../../src/domain/import/meaning/restated";
import { findNumbers } from "../../../src/domain/import/numbers";
import { patternsOf } from "../../../src/domain/import/patterns";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { FieldId } from "../../../src/domain/types";
import { REPORT } from "../../support/forms";

const profiles = buildProfiles(REPORT, patternsOf(REPORT));
const vocab = vocabulary(profiles);
const profile = (id: string) => profiles.find((p) => p.field.id === id)!;
const RECEIVED = "bcdc:hcc.tiepNhan";
const SOLVED = "bcdc:hcc.daGiaiQuyet";

function setup(text: string, bound: Record<string, string>) {
  const candidates = findCandidates(text, findNumbers(text), scanHeadings(text), false);
  const at = (value: string, nth = 0) => candidates.filter((c) => c.token.text === value)[nth]!;
  const spans = new Map<FieldId, Array<{ start: number }>>(Object.entries(bound).map(([id, v]) => [id, [{ start: at(v, 1).token.start }]]));
  return { at, restated: restatedElsewhere(profiles, candidates, vocab, spans, () => false) };
}

const SENTENCE = "c) Trung tâm Phục vụ hành chính công tỉnh\nTrong quý, Trung tâm đã tiếp nhận 10.415 hồ sơ, giải quyết 9.733 hồ sơ, đạt 93,45%.\nĐã giải quyết: 9.733 hồ sơ.";

describe("a number that is another figure written again", () => {
  it("is no rival for this figure when the other figure, bound to its value, describes it as well", () => {
    const { at, restated } = setup(SENTENCE, { [SOLVED]: "9.733" });
    expect(restated(profile(RECEIVED), at("9.733"))).toBe(true);
  });

  it("lets a table's figures settle the sentence above it", () => {
    const text = [
      "5. Cải cách hành chính: kết quả tại Bộ phận Một cửa của Văn phòng và tại Trung tâm Phục vụ hành chính công tỉnh tại Biểu 5. Trong quý, Trung tâm đã tiếp nhận 10.415 hồ sơ, giải quyết 9.733 hồ sơ, đạt 93,45%.",
      "TT\tNội dung\tBộ phận Một cửa Văn phòng\t\tTrung tâm Phục vụ hành chính công tỉnh\t",
      "\t\tSố hồ sơ\tTỷ lệ (%)\tSố hồ sơ\tTỷ lệ (%)",
      "1\tTiếp nhận\t88\t100\t10.415\t100",
      "2\tĐã giải quyết\t85\t96,59\t9.733\t93,45",
      "4\tĐang giải quyết\t03\t3,41\t630\t6,05",
    ].join("\n");
    const r = recognizeFigures(text, REPORT).get(RECEIVED);
    expect(r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state).toContain("10.415");
  });
});

describe("a number that stays a rival", () => {
  it("when no figure is bound to its value", () => {
    const { at, restated } = setup(SENTENCE, {});
    expect(restated(profile(RECEIVED), at("9.733"))).toBe(false);
  });

  it("when this figure describes it better than the figure bound to its value", () => {
    const text = "Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 10.415 hồ sơ.\nTrễ hạn 10.415 hồ sơ.";
    const { at, restated } = setup(text, { "bcdc:hcc.treHan": "10.415" });
    expect(restated(profile(RECEIVED), at("10.415"))).toBe(false);
  });

  it("when the precision layer refuses it for the other figure", () => {
    const candidates = findCandidates(SENTENCE, findNumbers(SENTENCE), scanHeadings(SENTENCE), false);
    const solved = candidates.filter((c) => c.token.text === "9.733");
    const restated = restatedElsewhere(profiles, candidates, vocab, new Map([[SOLVED, [{ start: solved[1]!.token.start }]]]), () => true);
    expect(restated(profile(RECEIVED), solved[0]!)).toBe(false);
  });
});
