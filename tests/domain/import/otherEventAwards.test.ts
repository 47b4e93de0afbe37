/**
 * A section whose figures are told apart by the occasion (the awards of the emulation drive «chào mừng Đại hội XIV»
 * beside the council's own awards): a number whose stretch of sentence names the event another figure is for is that
 * event's (meaning/vetoEvent.ts otherEventNamed). Other clerks' sentences than held-out 14's, which showed the cause.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const AWARDS = "II. KẾT QUẢ\n4. Công tác thi đua, khen thưởng\n";
const read = (text: string) => {
  const found = recognizeFigures(`${AWARDS}${text}\n`, REPORT);
  return (label: string) => boundValue(found.get(byLabel(label).id));
};
const COUNCIL_GROUPS = "Tập thể khen thưởng hoạt động HĐND tỉnh";
const DRIVE = "Cá nhân khen thưởng đợt thi đua chào mừng Đại hội XIV";

describe("an award for a named event is not the council's award", () => {
  it("groups rewarded in the drive for the Party congress are not the council's groups", () => {
    const got = read("Đợt thi đua chào mừng Đại hội Đảng toàn quốc lần thứ XIV: đề nghị khen thưởng 01 tập thể, 02 cá nhân.");
    expect(got(COUNCIL_GROUPS)).toBeNull();
    expect(got(DRIVE)).toBe("02");
  });

  it("the event named before the figures in the same sentence is theirs", () => {
    const got = read("Văn phòng đã phát động đợt thi đua chào mừng Đại hội lần thứ XIV của Đảng, theo đó đề nghị khen thưởng 03 cá nhân và 01 tập thể có thành tích xuất sắc trong đợt thi đua.");
    expect(got(COUNCIL_GROUPS)).toBeNull();
    expect(got(DRIVE)).toBe("03");
  });

  it("the council's awards named in their own clause are still read, and the event ends at the next figure", () => {
    const got = read("Đề nghị khen thưởng 01 tập thể và 02 cá nhân có nhiều thành tích trong các hoạt động của HĐND tỉnh; 03 cá nhân có thành tích trong đợt thi đua chào mừng Đại hội XIV.");
    expect([got(COUNCIL_GROUPS), got("Cá nhân khen thưởng hoạt động HĐND tỉnh"), got(DRIVE)]).toEqual(["01", "02", "03"]);
    const prime = read("Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 05 cá nhân có thành tích trong thực hiện nhiệm vụ năm 2025 và cho 01 cá nhân có thành tích trong đợt thi đua chào mừng Đại hội lần thứ XIV.");
    expect(prime("Cá nhân đề nghị Thủ tướng tặng Bằng khen")).toBe("05");
  });
});
