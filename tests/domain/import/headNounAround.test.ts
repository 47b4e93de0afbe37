/**
 * What a number counts, read from the nouns around it (meaning/vetoHeadNoun.ts): found trying reports written for the
 * specialist's walk, where «2 lượt» became the holders of a degree and a staff quota the count of units.
 */
import { countedBefore, otherHeadNoun } from "../../../src/domain/import/meaning/vetoHeadNoun";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const id = (label: string) => byLabel(label).id;
const end = (text: string, figure: string) => text.indexOf(figure) + figure.length;

describe("occasions are not holders", () => {
  it("a count of «lượt»/«lần» is no figure that names no unit, unless its label counts them", () => {
    const t = "trong đó: 2 lượt lý luận chính trị cao cấp, 10 lượt bồi dưỡng";
    expect(otherHeadNoun(null, t, end(t, "2"), "Cao cấp lý luận chính trị")).toBe(true);
    expect(otherHeadNoun(null, t, end(t, "2"), "Lượt tiếp của lãnh đạo UBND tỉnh")).toBe(false);
    const holders = "Cao cấp lý luận chính trị 2 đồng chí";
    expect(otherHeadNoun(null, holders, end(holders, "2"), "Cao cấp lý luận chính trị")).toBe(false);
  });

  it("in a report: trips to a course leave the degree holders unbound, holders written plainly are bound", () => {
    const trips = recognizeFigures("2. Đào tạo, bồi dưỡng\nCử 12 lượt công chức đi đào tạo, trong đó: 2 lượt lý luận chính trị cao cấp, 10 lượt bồi dưỡng kiến thức quốc phòng.", REPORT);
    expect(boundValue(trips.get(id("Cao cấp lý luận chính trị")))).toBeNull();
    const holders = recognizeFigures("I. TÌNH HÌNH CHUNG\nVề trình độ lý luận chính trị: cao cấp lý luận chính trị 07 đồng chí; trung cấp 21 đồng chí.", REPORT);
    expect(boundValue(holders.get(id("Cao cấp lý luận chính trị")))).toBe("07");
  });
});

describe("«số …» names what its number counts", () => {
  it("«số người làm việc trong đơn vị sự nghiệp được giao 24» counts people, not units", () => {
    const t = "có mặt 43; số người làm việc trong đơn vị sự nghiệp được giao 24, hiện có 22 người";
    expect(countedBefore("đơn vị", t, t.indexOf("24"))).toBe(true);
    const units = "Số đơn vị sự nghiệp trực thuộc: 02";
    expect(countedBefore("đơn vị", units, units.indexOf("02"))).toBe(false);
    const files = "số hồ sơ tiếp nhận tại đơn vị 120";
    expect(countedBefore("hồ sơ", files, files.indexOf("120"))).toBe(false);
  });

  it("in a report: the staff quota is the public-service staff's, not the number of units", () => {
    const r = recognizeFigures("I. TÌNH HÌNH CHUNG\nVăn phòng UBND tỉnh được giao 45 biên chế công chức, có mặt 43; số người làm việc trong đơn vị sự nghiệp được giao 24, hiện có 22 người.", REPORT);
    expect(boundValue(r.get(id("Số đơn vị sự nghiệp")))).toBeNull();
    expect(boundValue(r.get(id("Biên chế sự nghiệp được giao")))).toBe("24");
  });
});
