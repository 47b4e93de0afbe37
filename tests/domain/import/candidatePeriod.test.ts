/**
 * The words that say an unclear figure's candidate is written for another period than the report's (walk44, 2): the
 * pane sets them beside the candidate, so a clerk offered only «558» sees that its sentence speaks of «lũy kế 7
 * tháng». The judgement is the recognizer's (periodScope.ts); this names what it read.
 */
import { readFileSync } from "node:fs";
import { candidatePeriod } from "../../../src/domain/import/candidatePeriod";
import { planBinding } from "../../../src/domain/import/paneBinding";
import { scopeOfKind } from "../../../src/domain/import/meaning/reportPeriod";
import { builtInDefinition, REPORT } from "../../support/forms";

function at(text: string, figure: string): [number, number] {
  const i = text.indexOf(figure);
  if (i < 0) throw new Error(`${figure} not in text`);
  return [i, i + figure.length];
}

const july = scopeOfKind("month", 7, 2026);
const q2 = scopeOfKind("quarter", 2, 2026);

describe("candidatePeriod", () => {
  it("names a cumulative span opening the sentence, its words joined", () => {
    const text = "Lũy kế 7 tháng, Chủ tịch UBND các xã, phường tiếp 558 lượt với 687 người.";
    expect(candidatePeriod(text, ...at(text, "558"), july)).toBe("lũy kế 7 tháng");
    expect(candidatePeriod(text, ...at(text, "687"), july)).toBe("lũy kế 7 tháng");
  });

  it("names a longer span before the number, and a bracket's period after it", () => {
    const half = "6 tháng đầu năm 2026, Trung tâm đã giải quyết 115.056 hồ sơ, đạt 97,17%.";
    expect(candidatePeriod(half, ...at(half, "115.056"), q2)).toBe("6 tháng đầu năm 2026");
    const bracket = "Trung tâm tiếp nhận 61.377 hồ sơ (quý I/2026: 57.025 hồ sơ).";
    expect(candidatePeriod(bracket, ...at(bracket, "57.025"), q2)).toBe("quý I/2026");
  });

  it("names the earlier period a comparison's basis stands for (walk51, 3)", () => {
    const q3 = scopeOfKind("quarter", 3, 2026);
    const text = "So với cùng kỳ năm 2025 (02 cá nhân) tăng 02 cá nhân, trong quý Văn phòng đề nghị khen thưởng 04 cá nhân.";
    const last = text.indexOf("(02") + 1;
    expect(candidatePeriod(text, last, last + 2, q3)).toBe("cùng kỳ năm 2025");
    expect(candidatePeriod(text, ...at(text, "04"), q3)).toBeNull();
  });

  it("is null for the report's own period's number", () => {
    const text = "đã giải quyết 115.056 hồ sơ, đạt 97,17% (quý II: 58.214 hồ sơ, đạt 94,85%).";
    expect(candidatePeriod(text, ...at(text, "58.214"), q2)).toBeNull();
    const own = "Trong tháng 7/2026, các sở tiếp 96 lượt công dân.";
    expect(candidatePeriod(own, ...at(own, "96"), july)).toBeNull();
  });

  it("is empty when the number is another period's but its sentence names none", () => {
    const text = "Kết quả 6 tháng đầu năm 2026\n\nTrung tâm tiếp nhận 118.402 hồ sơ.";
    const title = { ...q2, otherByDefault: true };
    expect(candidatePeriod(text, ...at(text, "118.402"), title)).toBe("");
  });
});

describe("the pane's candidates carry it", () => {
  it("on the monthly report 1186, the communes' only candidates are marked «lũy kế 7 tháng»", () => {
    const paragraphs = readFileSync("tests/fixtures/corpus/second-form/1186-gia-lai-tcd-2026-07-thang-truoc-cung-ky-luy-ke-7-thang-moi-cau.txt", "utf8").split("\n");
    const plan = planBinding({ paragraphs, controls: [] }, builtInDefinition("tiep-cong-dan-thang"));
    const unclear = plan.finish(plan.addresses).ambiguous;
    const marks = (label: string) => unclear.find((f) => f.label === label)!.candidates!.map((c) => [c.text, c.otherPeriod ?? null]);
    expect(marks("Lượt tiếp của lãnh đạo UBND các huyện, thành phố")).toEqual([["558", "lũy kế 7 tháng"]]);
    expect(marks("Số người được cấp huyện tiếp")).toEqual([["687", "lũy kế 7 tháng"]]);
  });

  it("on the half-year report 1182, the quarter's bracketed 58.214 is not marked", () => {
    const paragraphs = readFileSync("tests/fixtures/corpus/heldout/1182-vp-can-tho-luy-ke-6-thang-truoc-quy-trong-ngoac-quy2-2026.txt", "utf8").split("\n");
    const plan = planBinding({ paragraphs, controls: [] }, REPORT);
    const pending = plan.finish(plan.addresses).ambiguous.find((f) => f.field === "bcdc:hcc.dangGiaiQuyet")!;
    expect(pending.candidates!.map((c) => [c.text, c.otherPeriod ?? null])).toEqual([["58.214", null]]);
  });
});
