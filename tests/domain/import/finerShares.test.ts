/**
 * One share written in a sentence and again, rounded, in the table that sums the section up (held-out 1264): the
 * sentence's finer figure is the form's, the table's is it rounded; a table's figure off the sentence's by more than
 * a rounding is a slip the clerk must see, not one the arithmetic settles (meaning/finerShares.ts).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { decimalsOf, finestOf, roundsTo, slippedRounding } from "../../../src/domain/import/meaning/finerShares";
import type { Candidate } from "../../../src/domain/import/meaning/candidates";
import { REPORT } from "../../support/forms";

function share(text: string): Candidate {
  const value = Number(text.replace("%", "").replace(",", "."));
  return { token: { text, start: 0, end: text.length, kind: "percent", value } } as unknown as Candidate;
}

describe("a share at two precisions", () => {
  it("counts the places a share is written with", () => {
    expect([decimalsOf(share("94,6")), decimalsOf(share("94,57%")), decimalsOf(share("100%")), decimalsOf(share("95.06 %"))]).toEqual([1, 2, 0, 2]);
  });

  it("takes the finer as the figure only where the coarser is it rounded", () => {
    expect(roundsTo(share("94,57%"), share("94,6"))).toBe(true);
    expect(roundsTo(share("94,6"), share("94,57%"))).toBe(false);
    expect(roundsTo(share("95,56%"), share("95,7"))).toBe(false);
    expect(slippedRounding(share("95,56%"), share("95,7"))).toBe(true);
    expect(slippedRounding(share("93,56%"), share("95,7"))).toBe(false);
    expect(finestOf([share("5,4"), share("5,43%")])?.token.text).toBe("5,43%");
    expect(finestOf([share("5,4"), share("5,48%")])).toBeNull();
    expect(finestOf([share("5,43%"), share("5,44%")])).toBeNull();
  });
});

const HEAD = "UBND THÀNH PHỐ HUẾ\nVĂN PHÒNG\nSố: 88/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý IV năm 2026\n\n";
function report(rateInSentence: string): string {
  return (
    HEAD +
    `Bộ phận Một cửa của Văn phòng tiếp nhận 92 hồ sơ, đã giải quyết 87 hồ sơ, đạt ${rateInSentence}; đang giải quyết 05 hồ sơ, chiếm 5,43%.\n\n` +
    "Bảng số liệu\n" +
    "STT\tNội dung\tSố lượng\tTỷ lệ (%)\tGhi chú\n" +
    "D\tBỘ PHẬN MỘT CỬA CỦA VĂN PHÒNG\t\t\t\n" +
    "18\tTiếp nhận\t92 hồ sơ\t\t\n" +
    "19\tĐã giải quyết\t87 hồ sơ\t94,6\t\n" +
    "20\tĐang giải quyết\t05 hồ sơ\t5,4\t\n"
  );
}
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? `? ${r.candidates.map((o) => o.input).join("|")}` : "-";
};

describe("a sentence's share and the table's rounded one", () => {
  it("binds the sentence's two decimals, the table's cell being them rounded", () => {
    const text = report("94,57%");
    expect(read(text, "bcdc:motCuaVp.tyLeDaGiaiQuyet")).toBe("94,57");
    expect(read(text, "bcdc:motCuaVp.tyLeDangGiaiQuyet")).toBe("5,43");
  });

  it("near-match: a sentence off the table by more than a rounding leaves both to the clerk, the arithmetic does not choose", () => {
    expect(read(report("94,46%"), "bcdc:motCuaVp.tyLeDaGiaiQuyet")).toBe("? 94,46|94,6");
  });
});
