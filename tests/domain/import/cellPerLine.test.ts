/**
 * A table copied out of a PDF one cell per line (meaning/cellPerLine.ts) is read back as rows of cells, keeping every
 * offset; blocks whose rows cannot be told apart without guessing are left as written.
 */
import { cellPerLineTables } from "../../../src/domain/import/meaning/cellPerLine";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const TABLE = [
  "a) Kết quả giải quyết hồ sơ tại Bộ phận một cửa Văn phòng:",
  "STT", "Nội dung", "Số hồ sơ", "Tỷ lệ (%)",
  "1", "Tiếp nhận", "132",
  "2", "Đã giải quyết, trả kết quả", "127", "96,21",
  "2.1", "Trả sớm hạn", "35", "27,56",
  "2.2", "Trả đúng hạn", "92", "72,44",
  "3", "Đang giải quyết", "05", "3,79",
  "",
  "b) Kiểm soát thủ tục hành chính.",
].join("\n");

describe("a table copied one cell per line", () => {
  it("reads the header and each row as one line of cells, keeping the text's length", () => {
    const rows = cellPerLineTables(TABLE).split("\n");
    expect(rows).toContain("STT\tNội dung\tSố hồ sơ\tTỷ lệ (%)");
    expect(rows).toContain("1\tTiếp nhận\t132");
    expect(rows).toContain("2.1\tTrả sớm hạn\t35\t27,56");
    expect(rows).toContain("3\tĐang giải quyết\t05\t3,79");
    expect(rows[rows.length - 1]).toBe("b) Kiểm soát thủ tục hành chính.");
    expect(cellPerLineTables(TABLE).length).toBe(TABLE.length);
  });

  it("leaves lists and blocks that are not such a table as written", () => {
    for (const text of [
      "STT\nNội dung\n1\nTiếp nhận\n132",
      "Nội dung\nSố hồ sơ\nTỷ lệ\n1\nTiếp nhận\n132\n2\nĐã giải quyết\n127",
      "STT\nNội dung\nSố hồ sơ\n1\nTiếp nhận\n132\n14\n15\n2\nĐã giải quyết\n127",
      "STT\nNội dung\nSố hồ sơ\n1\nTiếp nhận\n132",
      "đại học 42\nthạc sỹ 27",
    ]) expect(cellPerLineTables(text)).toBe(text);
  });

  it("binds the one-stop counts from their rows on the quarterly form", () => {
    const result = recognizeFigures(TABLE, REPORT);
    const value = (id: string) => {
      const r = result.get(id);
      return r?.state === "bound" ? r.occurrences[0]!.input : r?.state;
    };
    expect(value("bcdc:motCuaVp.tiepNhan")).toBe("132");
    expect(value("bcdc:motCuaVp.daGiaiQuyet")).toBe("127");
    expect(value("bcdc:motCuaVp.dangGiaiQuyet")).toBe("05");
  });

  it("reads the bare rates of the «Tỷ lệ (%)» column as the rates of their rows, though the first row has no rate", () => {
    const result = recognizeFigures(TABLE, REPORT);
    const value = (id: string) => {
      const r = result.get(id);
      return r?.state === "bound" ? r.occurrences[0]!.input : r?.state;
    };
    expect(value("bcdc:motCuaVp.tyLeDaGiaiQuyet")).toBe("96,21");
    expect(value("bcdc:motCuaVp.tyLeTraSom")).toBe("27,56");
    expect(value("bcdc:motCuaVp.tyLeDungHan")).toBe("72,44");
    expect(value("bcdc:motCuaVp.tyLeDangGiaiQuyet")).toBe("3,79");
  });
});
