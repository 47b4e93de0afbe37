/**
 * A total with its breakdown in brackets, said with «trong đó»: the counts inside are its parts, whether or not they
 * add up. And the other side: a bracket without «trong đó», a bracket farther than the total's words, or counts of
 * another unit, are no breakdown.
 */
import { scanHeadings } from "../../../src/domain/import/headings";
import { findBreakdowns } from "../../../src/domain/import/meaning/breakdown";
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const breakdowns = (text: string) =>
  findBreakdowns(text, findCandidates(text, findNumbers(text), scanHeadings(text), false)).map((s) => [
    s.total.token.text,
    s.parts.map((p) => p.part.token.text),
  ]);

const CENTRE =
  "c) Trung tâm Phục vụ hành chính công tỉnh\nSố liệu từ ngày 15/3/2026 đến ngày 14/6/2026: tổng số hồ sơ tiếp nhận 12.530 hồ sơ (trong đó: tiếp nhận mới 12.474 hồ sơ, tồn kỳ trước chuyển sang 65 hồ sơ; tiếp nhận trực tuyến 9.812 hồ sơ, chiếm 78,3%). Đã giải quyết 11.862 hồ sơ, đạt 94,7%.";

describe("a breakdown «(trong đó: …)»", () => {
  it("makes the counts in the bracket parts of the count before it, though they do not add up", () => {
    expect(breakdowns(CENTRE)).toEqual([["12.530", ["12.474", "65", "9.812"]]]);
  });

  it("lets the total be the figure its parts only seemed to rival", () => {
    const r = recognizeFigures(CENTRE, REPORT).get("bcdc:hcc.tiepNhan");
    expect(r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state).toEqual(["12.530"]);
  });
});

describe("no breakdown", () => {
  it("in a bracket without «trong đó»", () => {
    expect(breakdowns("tiếp nhận 12.530 hồ sơ (tăng so với quý trước 12.474 hồ sơ)")).toEqual([]);
  });

  it("in a bracket far from the total, or with a bracket nested in it", () => {
    expect(breakdowns("tiếp nhận 12.530 hồ sơ của các sở, ban, ngành và các cơ quan Trung ương (trong đó 12.474 mới)")).toEqual([]);
    expect(breakdowns("tiếp nhận 12.530 hồ sơ (trong đó (a) 12.474 mới)")).toEqual([]);
  });

  it("of counts of another unit or larger than the total", () => {
    expect(breakdowns("tiếp nhận 120 hồ sơ (trong đó 15 cá nhân, 140 hồ sơ)")).toEqual([]);
  });
});
