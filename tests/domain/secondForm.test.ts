/** The monthly citizen-reception form (src/forms/tiep-cong-dan-thang.form.json) on the corpus's real and rewritten issues. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkReport, recognizedFigures, recognizeFigures } from "../../src/domain/import";
import { builtInDefinition } from "../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const corpus = (name: string) => readFileSync(join(__dirname, "../fixtures/corpus/second-form", name), "utf8");

describe("the monthly citizen-reception form", () => {
  it("finds every figure of the rewritten November 2020 issue, by month, and its arithmetic holds", () => {
    const check = checkReport(corpus("daknong-tcd-2020-11-viet-lai.txt"), { report: MONTHLY });
    expect(check.period).toEqual({ kind: "month", year: 2020, month: 11, quarter: 4 });
    expect([check.typedBound, check.typedTotal, check.errors, check.warnings]).toEqual([19, 21, 0, 0]);
  });

  it("reads the published November 2018 issue's figures as written", () => {
    const text = corpus("daknong-tcd-2018-11.txt");
    const figures = recognizedFigures(MONTHLY, recognizeFigures(text, MONTHLY));
    expect(figures).toMatchObject({
      "tcd:tong.dinhKy": "38",
      "tcd:tong.dotXuat": "02",
      "tcd:tinh.luot": "01",
      "tcd:tinh.nguoi": "1",
      "tcd:so.luot": "01",
      "tcd:huyen.luot": "38",
      "tcd:huyen.nguoi": "63",
      "tcd:noiDung.datDaiLuot": "38",
      "tcd:soSanh.luotThangTruoc": "24",
      "tcd:soSanh.nguoiThangTruoc": "37",
    });
  });

  it("catches a total that its parts do not make", () => {
    const text = corpus("daknong-tcd-2020-11-viet-lai.txt").replace("tiếp đột xuất 03 lượt", "tiếp đột xuất 05 lượt");
    const check = checkReport(text, { report: MONTHLY });
    expect(check.problems.find((p) => p.key === "tong.dinhKyDotXuat")?.message).toBe(
      "Tổng số lượt tiếp công dân là 31 (Lượt tiếp của lãnh đạo UBND tỉnh 01 + Lượt tiếp của thủ trưởng các sở, ban, ngành 02 + Lượt tiếp của lãnh đạo UBND các huyện, thành phố 28), nhưng Lượt tiếp định kỳ 28 + Lượt tiếp đột xuất 05 = 33 (chênh 02).",
    );
    // The total is the pane's own sum (a read-only box): «Đến ô» leads to a part the clerk can change.
    expect(check.problems.find((p) => p.key === "tong.dinhKyDotXuat")?.fields[0]).toBe("tcd:tong.dinhKy");
  });
});
