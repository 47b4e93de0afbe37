/**
 * «Luân chuyển giữa các phòng: 04 lượt công chức (trong đó 01 trường hợp luân chuyển hai lần)»: «lượt» before
 * «công chức» or «viên chức» measures the staff, each move of a person once, as «lượt người» does people
 * (meaning/measureWords.ts).
 */
import { measuredAt } from "../../../src/domain/import/meaning/measureWords";
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

function counts(text: string): string | null {
  const number = /\d[\d.,]*/.exec(text)!;
  return measuredAt(text, number.index + number[0].length)?.unit ?? null;
}

const QUARTERLY = builtInDefinition("bao-cao-dan-chu-quy");
const ROTATED = "Luân chuyển công chức giữa các phòng";
const HEAD = "BÁO CÁO\nKết quả thực hiện quy chế dân chủ quý III năm 2026\n\nIII. KẾT QUẢ\n1. Công tác tổ chức cán bộ\n";

describe("«lượt» before the staff", () => {
  it("counts công chức and viên chức", () => {
    expect(counts("Luân chuyển giữa các phòng: 04 lượt công chức")).toBe("công chức");
    expect(counts("điều động 03 lượt viên chức")).toBe("viên chức");
  });

  it("not «lượt» alone nor before another noun", () => {
    expect(counts("tiếp 40 lượt công dân")).toBeNull();
    expect(counts("luân chuyển 04 lượt trong quý")).toBeNull();
  });

  it("the moves counted in «lượt công chức», not the part in the bracket", () => {
    const bound = boundByLabel(`${HEAD}- Luân chuyển giữa các phòng: 04 lượt công chức (trong đó 01 trường hợp luân chuyển hai lần trong quý).\n`, QUARTERLY);
    expect(bound(ROTATED)).toBe("04");
  });
});
