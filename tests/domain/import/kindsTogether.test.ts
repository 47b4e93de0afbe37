/**
 * A figure whose label names the own words of two or more parts of a sum counts those kinds together (sums.ts
 * kindsTogether): «Đơn thư, khiếu nại, tố cáo nhận được» is the letters received, not the complaints of «tiếp nhận 21
 * đơn thư (khiếu nại 04 đơn, tố cáo 03 đơn, kiến nghị, phản ánh 14 đơn)». A label naming one part's words keeps that
 * part, and a wording naming a sibling figure's words («{n} tập thể và {N} cá nhân») says nothing of kinds.
 */
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { bracketedParts, findSums, partsYield, totalsNotMeant } from "../../../src/domain/import/meaning/sums";
import { featureSet } from "../../../src/domain/import/meaning/words";
import { scanHeadings } from "../../../src/domain/import/headings";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const sumsOf = (text: string) => findSums(text, findCandidates(text, findNumbers(text), scanHeadings(text), false));
const letters = "Trong quý, Sở tiếp nhận 21 đơn thư (khiếu nại 04 đơn, tố cáo 03 đơn, kiến nghị, phản ánh 14 đơn), đã giải quyết xong.";

describe("a label naming several parts' kinds", () => {
  it("makes the figure the total: its total is meant, its parts yield and give it first place", () => {
    const sums = sumsOf(letters);
    expect(sums.map((s) => [s.total.token.text, s.parts.map((p) => p.part.token.text), s.bracketed])).toEqual([["21", ["04", "03", "14"], true]]);
    const label = featureSet("Đơn thư, khiếu nại, tố cáo nhận được");
    const own = new Set([...label, ...featureSet("nhận được đơn thư")]);
    const [total, first] = [sums[0]!.total, sums[0]!.parts[0]!.part];
    expect(totalsNotMeant(sums, own, { label: label }).size).toBe(0);
    expect(partsYield(sums, own, { label: label }).get(total)?.has(first)).toBe(true);
    expect(bracketedParts(sums, own, { label: label }).totalOf.get(first)).toBe(total);
  });

  it("near-miss: a label naming one part's kind, or the kinds named by a wording only, keeps the part", () => {
    const sums = sumsOf(letters);
    const one = featureSet("Đơn khiếu nại nhận được");
    expect(totalsNotMeant(sums, one, { label: one }).size).toBe(1);
    const label = featureSet("Đơn thư nhận được");
    const own = new Set([...label, ...featureSet("khiếu nại và tố cáo")]);
    expect(totalsNotMeant(sums, own, { label: label }).size).toBe(1);
    expect(bracketedParts(sums, own, { label: label }).totalOf.size).toBe(0);
  });

  it("binds the letters received to the total", () => {
    const r = recognizeFigures(`III. THỰC HIỆN DÂN CHỦ\n4. Tiếp công dân, giải quyết đơn thư\n${letters}\n`, REPORT).get("bcdc:khieuNai.soDon");
    expect(r?.state === "bound" ? r.occurrences.map((o) => o.text) : r).toEqual(["21"]);
  });
});
