/**
 * Awards told apart by what they are for, whoever they count (meaning/vetoPurpose.ts): a collective's fire-safety
 * award is not the council's collective award. A Hà Nam clerk's sentences, not the held-out Đắk Lắk report's.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const read = (text: string) => {
  const r = recognizeFigures(`II. KẾT QUẢ TRIỂN KHAI\n4. Thi đua, khen thưởng\n${text}\n`, REPORT);
  return (label: string) => boundValue(r.get(byLabel(label).id));
};

it("a collective's fire-safety award is not the council's collective award", () => {
  const value = read("Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 cá nhân. Chi cục Thủy lợi (01 tập thể) được Bộ trưởng Bộ Công an tặng Bằng khen về phòng cháy, chữa cháy năm 2025.");
  expect(value("Tập thể khen thưởng hoạt động HĐND tỉnh")).toBeNull();
  expect(value("Cá nhân đề nghị Thủ tướng tặng Bằng khen")).toBe("02");
});

it("the council's awards are still read where the sentence names the council's work", () => {
  const value = read("Chủ tịch UBND tỉnh tặng Bằng khen cho 02 tập thể và 04 cá nhân có thành tích trong hoạt động của HĐND tỉnh nhiệm kỳ 2021 - 2026.");
  expect(value("Tập thể khen thưởng hoạt động HĐND tỉnh")).toBe("02");
  expect(value("Cá nhân khen thưởng hoạt động HĐND tỉnh")).toBe("04");
});

describe("an award whose giver is named and whose purpose is not (vetoPurpose.ts givenWithoutPurpose)", () => {
  it("a minister's award to a collective is not the council's collective award", () => {
    const value = read("Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 02 cá nhân;\nBộ trưởng Bộ Tài chính tặng Bằng khen cho 04 cá nhân và 01 tập thể;");
    expect(value("Tập thể khen thưởng hoạt động HĐND tỉnh")).toBeNull();
    expect(value("Cá nhân khen thưởng hoạt động HĐND tỉnh")).toBeNull();
    expect(value("Cá nhân đề nghị Thủ tướng tặng Bằng khen")).toBe("02");
  });

  it("near-match: the council's awards named by their purpose keep their giver", () => {
    const value = read("Chủ tịch HĐND tỉnh tặng Bằng khen cho 01 tập thể và 03 cá nhân có thành tích trong các hoạt động của Hội đồng nhân dân tỉnh.");
    expect(value("Tập thể khen thưởng hoạt động HĐND tỉnh")).toBe("01");
    expect(value("Cá nhân khen thưởng hoạt động HĐND tỉnh")).toBe("03");
  });
});
