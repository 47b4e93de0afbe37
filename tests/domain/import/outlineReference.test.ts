/**
 * «không tính vào số lượng người làm việc được giao nêu tại điểm 1.3.2»: the last number of a part's dotted outline
 * number is the part's name, never a count (meaning/notCounts.ts isIdentifier).
 */
import { isIdentifier } from "../../../src/domain/import/meaning/notCounts";
import { boundByLabel } from "../../support/recognized";
import { builtInDefinition } from "../../support/forms";

const QUARTERLY = builtInDefinition("bao-cao-dan-chu-quy");
const GIVEN = "Biên chế sự nghiệp được giao";

function lastNumberNames(text: string): boolean {
  const m = /(\d+)\D*$/.exec(text)!;
  return isIdentifier(text, m.index, m.index + m[1]!.length);
}

describe("a part's dotted outline number", () => {
  it("names the part after «điểm», «mục», «tiết»", () => {
    expect(lastNumberNames("nêu tại điểm 1.3.2")).toBe(true);
    expect(lastNumberNames("như mục 2.3.1")).toBe(true);
    expect(lastNumberNames("theo tiết 3.6.2.1")).toBe(true);
  });

  it("a count after a part's number, or a number after «điểm» alone, is no name", () => {
    expect(lastNumberNames("tại mục 2. 05")).toBe(false);
    expect(lastNumberNames("đạt 1.3 điểm, 2")).toBe(false);
    expect(lastNumberNames("có 5 điểm tiếp nhận")).toBe(false);
  });

  it("the units' staff given is not the reference's last number", () => {
    const head = "BÁO CÁO\nKết quả thực hiện quy chế dân chủ quý I năm 2026\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n";
    const text = `${head}1.3.2. Số lượng người làm việc: được giao 19, hiện có 17 viên chức.\n\n1.3.4. Nhà khách là đơn vị sự nghiệp tự bảo đảm chi thường xuyên, có 26 viên chức, không tính vào số lượng người làm việc được giao nêu tại điểm 1.3.2.\n`;
    expect(boundByLabel(text, QUARTERLY)(GIVEN)).not.toBe("2");
  });
});
