/**
 * «2.1. Công tác quán triệt, ban hành văn bản / Số lượng: 03 văn bản.»: a label line under a heading that names another
 * topic is that topic's count, not the rice-aid documents of the form's «Công tác an sinh xã hội», when the report has
 * its own heading for that section (otherTopicHeading.ts). Without such a heading, or under it, the line is read as before.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const OPENING = "UBND TỈNH GIA LAI\nSỞ CÔNG THƯƠNG\nBÁO CÁO\nKết quả thực hiện công tác dân chủ quý IV năm 2025\n";
const riceDocs = (text: string) => recognizeFigures(text, REPORT).get(byLabel("Văn bản về trợ giúp gạo, tặng quà Tết").id);

it("a count under another topic's decimal heading is not the figure of a section the report heads elsewhere", () => {
  const text = [
    OPENING,
    "2. KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
    "2.1. Công tác quán triệt, ban hành văn bản",
    "Số lượng: 05 văn bản.",
    "2.2. Công tác an sinh xã hội",
    "Số xã được phân công giúp đỡ: 01 xã.",
    "3. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
  ].join("\n");
  expect(riceDocs(text)?.state).not.toBe("bound");
});

it("the same line under the section's own heading is still read", () => {
  const text = [
    OPENING,
    "2. KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
    "2.1. Công tác quán triệt",
    "Sở quán triệt các văn bản của Trung ương.",
    "2.2. Công tác an sinh xã hội",
    "Ban hành văn bản về trợ giúp gạo, tặng quà Tết: 05 văn bản.",
    "3. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
  ].join("\n");
  expect(boundValue(riceDocs(text))).toBe("05");
});
