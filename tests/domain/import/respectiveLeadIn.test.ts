/**
 * «trình độ tiến sĩ, thạc sĩ, đại học lần lượt là 02, 47 và 55»: the first label carries the words that lead into every
 * item, and its head is its own item («tiến sĩ»), not the lead-in; a number under its own label is that label's figure,
 * whatever other labels' words stand around it (respectivePairs.ts, vetoTrailing.ts). Other clerks' sentences than the
 * held-out report that showed it (1404).
 */
import { respectiveOwn } from "../../../src/domain/import/meaning/respectivePairs";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const HEAD = "UBND TỈNH QUẢNG NGÃI\nVĂN PHÒNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý II năm 2026\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\n";
const DOCTORS = new Set(["tiến", "sĩ", "tiến sĩ", "sĩ tiến"]);

describe("a respective list whose first label carries the lead-in", () => {
  it("gives the first number to the first item", () => {
    const text = "Cán bộ có trình độ tiến sĩ, thạc sĩ, đại học tương ứng là 01, 29 và 60 người.";
    expect(respectiveOwn(text, text.indexOf("01"), DOCTORS)).toBe(true);
    expect(respectiveOwn(text, text.indexOf("29"), DOCTORS)).toBe(false);
  });

  it("binds each degree to its own number", () => {
    const r = recognizeFigures(`${HEAD}Văn phòng có 64 công chức; cán bộ có trình độ tiến sĩ, thạc sĩ, đại học tương ứng là 01, 29 và 60 người.`, REPORT);
    expect(shown(r.get("bcdc:trinhDo.tienSi"))).toBe("01");
    expect(shown(r.get("bcdc:trinhDo.thacSi"))).toBe("29");
    expect(shown(r.get("bcdc:trinhDo.daiHoc"))).toBe("60");
  });

  it("near-match: the items in another order still give each its own", () => {
    const r = recognizeFigures(`${HEAD}Văn phòng có 64 công chức; số có trình độ thạc sĩ, tiến sĩ lần lượt là 29 và 01 người.`, REPORT);
    expect(shown(r.get("bcdc:trinhDo.tienSi"))).not.toBe("29");
    expect(shown(r.get("bcdc:trinhDo.thacSi"))).not.toBe("01");
  });
});
