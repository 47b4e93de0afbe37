/**
 * A table typed with tabs numbers its rows in the first cell («STT», «TT»): those numbers are no figure's, and a clerk
 * offered «2 · Công chức hiện có» as a candidate for a staff figure is offered a trap (walk on held-out 40). They
 * are no candidates at all, bound or unclear.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const TABLE = [
  "ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ",
  "SỞ DÂN TỘC VÀ TÔN GIÁO",
  "BÁO CÁO",
  "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2025",
  "TT\tChỉ tiêu\tĐơn vị\tQuý II/2025\tLũy kế 6 tháng",
  "1\tBiên chế công chức được giao năm 2025\tngười\t27\t",
  "2\tCông chức hiện có mặt\tngười\t25\t",
  "3\tNâng lương trước thời hạn\tngười\t\t02",
  "4\tHọp giao ban cơ quan\tcuộc\t03\t06",
  "5\tĐiều động, luân chuyển đi\tngười\t\t01",
  "6\tTiếp nhận công chức\tngười\t01\t01",
  "7\tĐối thoại với công chức, người lao động\tý kiến\t\t",
].join("\n");

describe("row numbers of a tab table", () => {
  it("are never offered for a figure, bound or unclear", () => {
    const lines = TABLE.split("\n");
    const offered: string[] = [];
    for (const [field, r] of recognizeFigures(TABLE, REPORT)) {
      const places = r.state === "bound" ? r.occurrences : r.state === "ambiguous" ? r.candidates : [];
      for (const o of places) {
        const line = lines[o.line - 1] ?? "";
        if (/^\d+\t/.test(line) && o.start === TABLE.split("\n").slice(0, o.line - 1).join("\n").length + (o.line > 1 ? 1 : 0)) offered.push(`${field}: ${o.text} (dòng ${o.line})`);
      }
    }
    expect(offered).toEqual([]);
  });

  it("leave the row's own figures readable", () => {
    const r = recognizeFigures(TABLE, REPORT);
    const read = (id: string) => {
      const x = r.get(id);
      return x?.state === "bound" ? x.occurrences[0]!.text : x?.state ?? "notFound";
    };
    expect([read("bcdc:bienChe.congChucGiao"), read("bcdc:bienChe.congChucThucHien")]).toEqual(["27", "25"]);
  });
});
