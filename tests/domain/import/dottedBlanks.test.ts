/**
 * A form's dotted blanks filled in by the clerk (dottedBlanks.ts, numbers.ts): «……58……», «…..12…..», «……………… 61
 * người» read as the figure of the words around the blank, «……94,74……%» as a percentage; an empty blank «………» holds
 * no figure; prose's single «…» and «...» are left as written.
 */
import { withoutDottedBlanks } from "../../../src/domain/import/dottedBlanks";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

describe("dotted blanks", () => {
  it("reads the dots as blank, one character for one, and keeps prose's ellipsis", () => {
    const text = "Biên chế công chức được giao năm ……2025……: ……58…… ; hiện có: …..53….. ; hợp đồng: ………";
    const read = withoutDottedBlanks(text);
    expect(read.length).toBe(text.length);
    expect(read).not.toMatch(/[…]/u);
    expect(findNumbers(read).map((t) => t.text)).toEqual(["2025", "58", "53"]);
    const prose = "Kế hoạch số …/KH-VP ngày …; các phòng, ban... đã thực hiện.";
    expect(withoutDottedBlanks(prose)).toBe(prose);
  });

  it("reads a figure filled before its «%» as a percentage, its sign kept", () => {
    const read = withoutDottedBlanks("tỷ lệ ……94,74……% ; tỷ lệ ……12,50%……");
    expect(findNumbers(read).map((t) => [t.text, t.kind])).toEqual([
      ["94,74……%", "percent"],
      ["12,50%", "percent"],
    ]);
    expect(findNumbers("đạt 94,74.%").map((t) => t.kind)).toEqual(["other"]);
  });

  it("binds a figure filled into a blank to the words around it, and leaves an empty blank unbound", () => {
    const form = [
      "I. TỔ CHỨC BỘ MÁY, BIÊN CHẾ",
      "3. Biên chế công chức được giao năm ……2025……: ……58…… ; số công chức hiện có: ……53……",
      "5. Số hợp đồng lao động theo Nghị định số 111/2022/NĐ-CP: ……07……",
      "6. Số viên chức của nhà khách (đơn vị tự chủ tài chính): ………",
      "7. Trình độ chuyên môn của công chức, viên chức: Tiến sĩ: ……… ; Thạc sĩ: ……24…… ; Đại học: ……42……",
    ].join("\n");
    const r = recognizeFigures(form, REPORT);
    const got = (id: string) => {
      const x = r.get(`bcdc:${id}`);
      return x?.state === "bound" ? x.occurrences.map((o) => o.text).join(" ") : x?.state ?? "-";
    };
    expect(got("bienChe.congChucGiao")).toBe("58");
    expect(got("bienChe.congChucThucHien")).toBe("53");
    expect(got("trinhDo.thacSi")).toBe("24");
    expect(got("trinhDo.daiHoc")).toBe("42");
    expect(["notFound", "-"]).toContain(got("trinhDo.tienSi"));
    expect(["notFound", "-"]).toContain(got("bienChe.vienChucNhaKhach"));
  });
});
