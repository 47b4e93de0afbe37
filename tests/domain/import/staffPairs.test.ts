/**
 * A staff group's allotted and present figures written as a pair (staffPairs.ts): the present figure («có mặt»,
 * «hiện có», «thực hiện») names no group and is the group's whose figure it follows; that figure, naming only its
 * group in a sentence that allots, is the quota. Written in other clerks' words than the held-out reports that showed it.
 */
import { staffFigures } from "../../support/recognized";

const staff = (text: string) => staffFigures(text).values;

describe("a staff group's present figure is the group's whose figure it follows", () => {
  it("numbers in brackets after each word: «công chức được giao (45), có mặt (39); viên chức được giao (14), có mặt (13)»", () => {
    expect(staff("Biên chế năm 2025: công chức được giao (52), có mặt (47); viên chức được giao (16), có mặt (15); hợp đồng lao động (04).")).toEqual({ ccGiao: "52", ccCo: "47", snGiao: "16", snCo: "15" });
  });
  it("the units' group first, and «là» before the quota", () => {
    expect(staff("Về biên chế: viên chức được giao là 17, có mặt 16 người; công chức được giao là 44, hiện có 41 người.")).toEqual({ ccGiao: "44", ccCo: "41", snGiao: "17", snCo: "16" });
  });
  it("a long sentence, commas only, the law's «số lượng người làm việc» and a bare «thực hiện»", () => {
    expect(staff("Năm 2025 Văn phòng được giao 38 biên chế công chức, thực hiện 35 người, số lượng người làm việc trong đơn vị sự nghiệp được giao 24, thực hiện 21 người, ngoài ra có 09 lao động hợp đồng.")).toEqual({ ccGiao: "38", ccCo: "35", snGiao: "24", snCo: "21" });
  });
  it("the units' figure with its present one in brackets is their quota when the sentence allots", () => {
    expect(staff("Năm 2026, Văn phòng được giao 64 biên chế công chức, hiện có 60; 22 người làm việc tại các đơn vị sự nghiệp công lập (có mặt 20); 09 hợp đồng lao động.")).toEqual({ ccGiao: "64", ccCo: "60", snGiao: "22", snCo: "20" });
  });
  it("«hiện đang thực hiện» after «được giao là»", () => {
    expect(staff("Biên chế công chức được giao là 60, hiện đang thực hiện 55; biên chế sự nghiệp được giao là 18, hiện đang thực hiện 17.")).toEqual({ ccGiao: "60", ccCo: "55", snGiao: "18", snCo: "17" });
  });
  it("near-match: delegates of a meeting of civil servants are not the staff present", () => {
    const r = staff("Hội nghị cán bộ, công chức có 120 đại biểu được triệu tập, có mặt 115.");
    expect(r.ccCo).toBeNull();
    expect(r.snCo).toBeNull();
  });
  it("near-match: people placed at the one-stop desk are no quota", () => {
    expect(staff("Bộ phận một cửa được bố trí 06 công chức, có mặt 05 người.").ccGiao).toBeNull();
  });
  it("near-match: a centre's own civil servants are not the units' staff present", () => {
    const r = staff("Năm 2026, công chức được giao 50, có mặt 47; Trung tâm Thông tin có 12 viên chức, có mặt 11 người.");
    expect(r.ccCo).toBe("47");
    expect(r.snCo).toBeNull();
    expect(r.snGiao).toBeNull();
  });
});
