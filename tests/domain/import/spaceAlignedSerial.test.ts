/**
 * A table aligned with spaces whose first column numbers the rows («STT», as a PDF's table copies): each row opens
 * with its number, then its label, then figures (meaning/spaceAligned.ts). Read as cells like any aligned table;
 * without a numbering header, a row opening with a number is not taken for one.
 */
import { isRowNumber } from "../../../src/domain/import/meaning/notCounts";
import { spaceAlignedTables } from "../../../src/domain/import/meaning/spaceAligned";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const TABLE = [
  "STT     Chỉ tiêu                              Số hồ sơ      Tỷ lệ (%)",
  "1       Tiếp nhận                             72",
  "2       Đã giải quyết, trả kết quả            69            95,83",
  "2.1     Trả sớm hạn                           16            23,19",
  "2.2     Trả đúng hạn                          53            76,81",
  "3       Đang giải quyết                       03            4,17",
].join("\n");

const cells = (text: string) => text.split("\n").map((l) => l.split("\t").map((c) => c.trim()));

describe("a space-aligned table with a row-number column", () => {
  it("reads its rows as cells under their headers, keeping the text's length", () => {
    const read = spaceAlignedTables(TABLE);
    expect(read.length).toBe(TABLE.length);
    expect(cells(read)).toEqual([
      ["STT", "Chỉ tiêu", "Số hồ sơ", "Tỷ lệ (%)"],
      ["1", "Tiếp nhận", "72"],
      ["2", "Đã giải quyết, trả kết quả", "69", "95,83"],
      ["2.1", "Trả sớm hạn", "16", "23,19"],
      ["2.2", "Trả đúng hạn", "53", "76,81"],
      ["3", "Đang giải quyết", "03", "4,17"],
    ]);
  });

  it("binds the one-stop desk's rates from the «Tỷ lệ (%)» column", () => {
    const text = `UBND TỈNH LAI CHÂU\nVĂN PHÒNG\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2025\n5. Cải cách hành chính\na) Kết quả giải quyết hồ sơ tại Bộ phận Một cửa Văn phòng:\n${TABLE}\n`;
    const r = recognizeFigures(text, REPORT);
    const bound = (id: string) => {
      const x = r.get(id);
      return x?.state === "bound" ? x.occurrences.map((o) => o.input) : x?.state;
    };
    expect(bound("bcdc:motCuaVp.tyLeTraSom")).toEqual(["23,19"]);
    expect(bound("bcdc:motCuaVp.traSom")).toEqual(["16"]);
  });

  it("leaves rows opening with a number as written where no header numbers the rows", () => {
    const text = TABLE.replace(/^STT {5}/, "Mục     ");
    expect(cells(spaceAlignedTables(text))[1]).toEqual(["1       Tiếp nhận                             72"]);
  });

  it("reads a row's number as no figure, its label a run of spaces away; the row's figures stay figures", () => {
    const read = spaceAlignedTables(TABLE);
    const row = read.indexOf("\n3\t") + 1;
    expect(isRowNumber(read, row, row + 1)).toBe(true);
    const count = read.indexOf("03", row);
    expect(isRowNumber(read, count, count + 2)).toBe(false);
  });
});
