/**
 * A percentage written right after a count is that count's share (meaning/percentOwnCount.ts): «giải quyết xong 612
 * bộ, đạt 95,63%, trong đó trả sớm hạn …» gives the settled files' rate, not the early ones'. A Hà Nam clerk's
 * sentences, not the held-out Đắk Lắk report's.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const read = (text: string) => {
  const r = recognizeFigures(`III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n2. Bộ phận một cửa của Văn phòng\n${text}\n`, REPORT);
  return (label: string) => boundValue(r.get(byLabel(label).id));
};

it("the rate after the settled files is theirs, not the early files' that the words after it name", () => {
  const value = read("Trong quý, Bộ phận một cửa của Văn phòng nhận 642 bộ hồ sơ; giải quyết xong 612 bộ, đạt tỷ lệ 95,33%, trong đó trả sớm hạn 150 bộ (24,51%), trả đúng hạn 462 bộ (75,49%).");
  expect(value("Tỷ lệ đã giải quyết")).toBe("95,33");
  expect(value("Tỷ lệ trả sớm hạn")).not.toBe("95,33");
  expect(value("Tỷ lệ trả đúng hạn")).not.toBe("95,33");
  expect(value("Tỷ lệ đang giải quyết")).not.toBe("95,33");
});

it("a rate written after its own count is still read", () => {
  const value = read("Bộ phận một cửa của Văn phòng: tiếp nhận 126 hồ sơ; đã giải quyết, trả kết quả 118 hồ sơ, chiếm 93,65%; đang giải quyết 08 hồ sơ, chiếm 6,35%.");
  expect(value("Tỷ lệ đã giải quyết")).toBe("93,65");
  expect(value("Tỷ lệ đang giải quyết")).toBe("6,35");
});
