/**
 * A total the sentence breaks into parts («06 cá nhân, gồm 05 … và 01 …») whose parts are two figures of one section
 * of the form is neither of them (siblingParts.ts); announced parts are counted past the years they are dated by
 * (sums.ts). So is a summary's count that the item under it breaks down (detailSums.ts).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { findSums } from "../../../src/domain/import/meaning/sums";
import { detailedSums } from "../../../src/domain/import/meaning/detailSums";
import { findNumbers } from "../../../src/domain/import/numbers";
import { scanHeadings } from "../../../src/domain/import/headings";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const AWARDS = "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN\n4. Thi đua, khen thưởng\n";
const STAFF = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\nc) Điều động, bổ nhiệm\n";
const bound = (text: string, label: string) => boundValue(recognizeFigures(`${text}\n`, REPORT).get(byLabel(label).id));
const PRIME_MINISTER = "Cá nhân đề nghị Thủ tướng tặng Bằng khen";

const sumsOf = (text: string) =>
  findSums(text, findCandidates(text, findNumbers(text), scanHeadings(text), false)).map((s) => [s.total.token.text, ...s.parts.map((p) => p.part.token.text)]);

describe("findSums: a year is no part of an announced breakdown", () => {
  it("«06 cá nhân, gồm 05 … năm 2025 và 01 …» adds up past the year", () => {
    expect(sumsOf("Tặng Bằng khen cho 06 cá nhân, gồm 05 cá nhân có thành tích xuất sắc năm 2025 và 01 cá nhân có thành tích trong Đợt thi đua.")).toContainEqual(["06", "05", "01"]);
  });

  it("counts not announced as parts still stop at a year («từ năm 2021 đến năm 2025, bên cạnh đó …»)", () => {
    const text = "Tặng Bằng khen cho 03 cá nhân có thành tích xuất sắc từ năm 2021 đến năm 2025, bên cạnh đó tặng Bằng khen cho 02 cá nhân, còn lại 01 cá nhân được tặng Giấy khen.";
    expect(sumsOf(text)).not.toContainEqual(["03", "02", "01"]);
  });
});

describe("recognised: a total of two sibling figures", () => {
  it("the Prime Minister's awards are not «06 cá nhân, gồm 05 … và 01 … Đại hội XIV» (the clerk chooses)", () => {
    const text = `${AWARDS}Văn phòng đã hoàn thiện hồ sơ đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 06 cá nhân, gồm 05 cá nhân có thành tích xuất sắc năm 2025 và 01 cá nhân có thành tích trong Đợt thi đua chào mừng Đại hội XIV của Đảng.`;
    expect(bound(text, PRIME_MINISTER)).toBeNull();
    expect(bound(text, "Cá nhân khen thưởng đợt thi đua chào mừng Đại hội XIV")).toBe("01");
  });

  it("a total whose parts are no other figure's («gồm 04 công chức và 02 viên chức») is still the figure", () => {
    expect(bound(`${AWARDS}Văn phòng đã hoàn thiện hồ sơ đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 06 cá nhân, gồm 04 công chức và 02 viên chức có thành tích xuất sắc trong thực hiện nhiệm vụ.`, PRIME_MINISTER)).toBe("06");
  });

  it("the form's own total of its parts takes it («02 Phó Trưởng phòng, gồm 01 … và 01 …»); a part does not", () => {
    const text = `${STAFF}Bổ nhiệm 02 Phó Trưởng phòng, gồm 01 Phó Trưởng phòng Khoa giáo - Văn xã và 01 Phó Trưởng phòng Nội chính.`;
    expect(bound(text, "Tổng số Phó Trưởng phòng được bổ nhiệm")).toBe("02");
    expect(bound(text, "Bổ nhiệm Phó Trưởng phòng Tổng hợp - Kinh tế")).toBeNull();
  });
});

const detailedOf = (text: string) =>
  detailedSums(text, findCandidates(text, findNumbers(text), scanHeadings(text), false)).map((s) => [s.total.token.text, ...s.parts.map((p) => p.part.token.text)]);

const SUMMARY = "Điều động, bổ nhiệm, luân chuyển: điều động đến 01, bổ nhiệm 04, luân chuyển 05. Cụ thể:\n";

describe("detailedSums: a summary's count and the item its words open", () => {
  it("adds the item's counts outside brackets, with a bullet or without, past a remark between the items", () => {
    const items = "- Điều động: tiếp nhận 01 công chức.\n- Bổ nhiệm sau sáp nhập: 01 Trưởng phòng và 03 Phó Trưởng phòng (02 Phó Trưởng phòng Nội chính, 01 Phó Trưởng phòng Kinh tế).\nLuân chuyển: 02 công chức phòng Nội chính và 03 chuyên viên phòng Kinh tế.\n";
    expect(detailedOf(SUMMARY + items)).toEqual([["04", "01", "03"], ["05", "02", "03"]]);
    const remark = "- Bổ nhiệm: 01 Trưởng phòng và 03 Phó Trưởng phòng.\nQuý trước Văn phòng không bổ nhiệm.\n- Luân chuyển: 02 công chức và 03 chuyên viên.\n";
    expect(detailedOf(SUMMARY + remark)).toEqual([["04", "01", "03"], ["05", "02", "03"]]);
  });

  it("reads no item another act opens, none that does not add up, none past the next heading, none without the summary's colon", () => {
    expect(detailedOf(`${SUMMARY}- Nâng lương: 01 Trưởng phòng và 03 chuyên viên.\n`)).toEqual([]);
    expect(detailedOf(`${SUMMARY}- Bổ nhiệm: 01 Trưởng phòng và 02 Phó Trưởng phòng.\n`)).toEqual([]);
    expect(detailedOf(`${SUMMARY}3.1.4. Chế độ, chính sách:\n- Bổ nhiệm: 01 Trưởng phòng và 03 Phó Trưởng phòng.\n`)).toEqual([]);
    expect(detailedOf(`${SUMMARY.replace(" Cụ thể:", "")}- Bổ nhiệm: 01 Trưởng phòng và 03 Phó Trưởng phòng.\n`)).toEqual([]);
  });
});

describe("recognised: a summary's total of two ranks", () => {
  const OWN = "3. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n";

  it("is no count of either rank («bổ nhiệm 03» over «- Bổ nhiệm …: 01 Trưởng phòng … và 02 Phó Trưởng phòng (…)»)", () => {
    const text = `${OWN}3.2.1. Điều động, bổ nhiệm, luân chuyển, biệt phái: điều động đến 02, bổ nhiệm 03, luân chuyển 05, trình biệt phái 01. Cụ thể:\n- Bổ nhiệm sau hợp nhất phòng: 01 Trưởng phòng Tổng hợp - Kinh tế và 02 Phó Trưởng phòng (01 Phó Trưởng phòng Tổng hợp - Kinh tế, 01 Phó Trưởng phòng Khoa giáo - Văn xã).\n- Luân chuyển: 01 công chức từ phòng Nội chính sang phòng Khoa giáo - Văn xã; 04 chuyên viên phòng Kinh tế về phòng Tổng hợp - Kinh tế.`;
    expect(bound(text, "Bổ nhiệm Trưởng phòng")).toBe("01");
  });

  it("a summary's count whose item is one figure's parts all is still that figure («bổ nhiệm 02» over two Trưởng phòng)", () => {
    const text = `${OWN}3.2.1. Điều động, bổ nhiệm, biệt phái: điều động đến 01, bổ nhiệm 02, trình biệt phái 01. Cụ thể:\n- Bổ nhiệm sau hợp nhất phòng: 01 Trưởng phòng Tổng hợp - Kinh tế và 01 Trưởng phòng Khoa giáo - Văn xã.`;
    expect(bound(text, "Bổ nhiệm Trưởng phòng")).toBe("02");
  });
});
