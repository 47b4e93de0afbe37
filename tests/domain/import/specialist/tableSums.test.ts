/**
 * A specialist's walk: a Word table's «Tổng cộng» row whose column did not add up (150 + 30 + 15 ≠ 185) passed
 * without a word. Both sides: flagged where another column proves the rows are the parts; never where no column adds
 * up (a few units picked out under «Toàn tỉnh»), in a rate column, or over sub-rows («Trong đó», «-»).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { textFromDocx } from "../../../../src/domain/import/docx/docxText";
import { checkArithmetic } from "../../../../src/domain/import/arithmetic";
import { checkTableSums } from "../../../../src/domain/import/tableSums";
import { CORPUS } from "../../../support/corpusMeasure";

const table = (...rows: string[][]) => rows.map((r) => r.join("\t")).join("\n");
const HEADER = ["Lĩnh vực", "Tiếp nhận", "Đã giải quyết", "Đang giải quyết"];

describe("a table's total row", () => {
  it("warns on the one column whose rows do not add up, naming the row, the column and the terms", () => {
    const text = `Kết quả theo lĩnh vực:\n${table(HEADER, ["Đất đai", "1.250", "1.100", "150"], ["Xây dựng", "430", "400", "30"], ["Tư pháp", "2.115", "2.100", "15"], ["Tổng cộng", "3.795", "3.600", "185"])}\nHết.`;
    expect(checkTableSums(text)).toEqual([
      {
        key: "arithmetic.table:6:3",
        severity: "warning",
        lines: [3, 6],
        message: "Bảng: hàng «Tổng cộng», cột «Đang giải quyết» ghi 185, nhưng các hàng ở trên cộng lại 150 + 30 + 15 = 195 (chênh 10).",
      },
    ]);
    // The pane and the command line get it through checkArithmetic.
    expect(checkArithmetic(text).map((p) => p.key)).toEqual(["arithmetic.table:6:3"]);
  });

  it("reads a total written first against the rows under it", () => {
    const text = table(HEADER, ["Tổng cộng", "1.680", "1.500", "170"], ["Đất đai", "1.250", "1.100", "150"], ["Xây dựng", "430", "400", "30"]);
    expect(checkTableSums(text).map((p) => p.message)).toEqual([
      "Bảng: hàng «Tổng cộng», cột «Đang giải quyết» ghi 170, nhưng các hàng ở dưới cộng lại 150 + 30 = 180 (chênh 10).",
    ]);
  });

  it("says nothing when the rows are a selection (no column adds up), a rate, or sub-rows of another row", () => {
    const picked = table(HEADER, ["Huyện A", "120", "100", "20"], ["Huyện B", "80", "70", "10"], ["Toàn tỉnh", "1.500", "1.400", "100"]);
    const rates = table(["Kỳ", "Tiếp nhận", "Tỷ lệ (%)"], ["Tháng 7", "24", "95"], ["Tháng 8", "31", "96"], ["Cộng", "55", "95"]);
    const subRows = table(HEADER, ["Đất đai", "1.250", "1.100", "150"], ["Trong đó: cấp đổi", "300", "290", "10"], ["Xây dựng", "430", "400", "30"], ["Tổng cộng", "1.680", "1.500", "180"]);
    const words = table(HEADER, ["Đất đai", "1.250", "1.100", "150"], ["Xây dựng", "430", "400", "chưa có"], ["Tổng cộng", "1.680", "1.500", "160"]);
    for (const text of [picked, rates, subRows, words]) expect(checkTableSums(text)).toEqual([]);
  });

  it("leaves a column made only of the form's figures to the form's rules", () => {
    const text = table(HEADER, ["A", "10", "8", "2"], ["B", "20", "15", "4"], ["Tổng cộng", "30", "23", "7"]);
    const starts = (value: string) => [...text.matchAll(new RegExp(`\\t${value}(?=\\t|\\n|$)`, "g"))].map((m) => m.index! + 1);
    const form = new Set([...starts("2"), ...starts("4"), ...starts("7")]);
    expect(checkTableSums(text).map((p) => p.key)).toEqual(["arithmetic.table:4:3"]);
    expect(checkTableSums(text, form)).toEqual([]);
  });

  it("finds the held-out Lai Châu table's overdue column (41 + 6 + 0 + 3 ≠ 59), and nothing else in the corpus's tables", async () => {
    const laiChau = textFromDocx(readFileSync(join(CORPUS, "heldout/03-lai-chau-bang-tu-dong-danh-so.docx")));
    expect(checkTableSums(laiChau).map((p) => p.message)).toEqual([
      "Bảng: hàng «Tổng cộng», cột «Trễ hạn» ghi 59, nhưng các hàng ở trên cộng lại 41 + 6 + 0 + 3 = 50 (chênh 09).",
    ]);
    for (const file of ["reworded/03-bang-bieu.docx", "heldout/11-gia-lai-bieu-gop-o.docx", "reworded/06-ban-sua-theo-doi.docx"]) {
      expect([file, checkTableSums(textFromDocx(readFileSync(join(CORPUS, file))))]).toEqual([file, []]);
    }
    for (const file of ["heldout/07-so-tu-phap-bang-tab.txt", "reworded/04-gach-dau-dong.txt", "heldout/15-ca-mau-gach-dau-bang-ky-tu-quy1-2026.txt"]) {
      expect([file, checkTableSums(readFileSync(join(CORPUS, file), "utf8"))]).toEqual([file, []]);
    }
  });
});
