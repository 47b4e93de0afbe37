/**
 * A total the sentence breaks into parts («06 cá nhân, gồm 05 … và 01 …») whose parts are two figures of one section
 * of the form is neither of them (siblingParts.ts); announced parts are counted past the years they are dated by
 * (sums.ts).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { findSums } from "../../../src/domain/import/meaning/sums";
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
