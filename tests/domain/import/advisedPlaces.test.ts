/**
 * What an office advises about grassroots places or a government's units is that government's act (advisedAct.ts
 * advisedPlaces): «tham mưu dự kiến kiểm tra … tại 03 khu phố» is the ward's check of its quarters, not the office's
 * planned check of its own units; the next period's task restating it is too. The same places checked by a People's
 * Committee reporting for itself, or an office checking its own units, stay. A clerk's sentences, not the corpus's.
 */
import { advisedPlaces, restatesAdvisedPlaces } from "../../../src/domain/import/meaning/advisedAct";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const OFFICE = "văn phòng hội đồng nhân dân và ủy ban nhân dân";
const at = (text: string, n: string, reported: string | null = OFFICE) => {
  const start = text.indexOf(n);
  return advisedPlaces(text, start, start + n.length, reported);
};

describe("advisedPlaces", () => {
  it("grassroots places or a government's units in an advised clause: the government's", () => {
    expect(at("Văn phòng tham mưu dự kiến kiểm tra dân chủ tại 04 tổ dân phố trong quý III.", "04")).toBe(true);
    expect(at("Văn phòng sẽ tham mưu tổ chức kiểm tra tại 02 cơ quan, đơn vị trực thuộc UBND xã.", "02")).toBe(true);
  });
  it("near-match: the office's own units, no advice, or the government reporting for itself", () => {
    expect(at("Văn phòng tham mưu dự kiến kiểm tra 02 đơn vị thuộc Văn phòng.", "02")).toBe(false);
    expect(at("Văn phòng dự kiến kiểm tra dân chủ tại 04 tổ dân phố.", "04")).toBe(false);
    expect(at("Văn phòng tham mưu kiểm tra; UBND xã kiểm tra 04 thôn.", "04")).toBe(false);
    expect(at("Văn phòng tham mưu dự kiến kiểm tra tại 04 thôn.", "04", "ủy ban nhân dân xã kỳ anh")).toBe(false);
    expect(at("Văn phòng tham mưu kiểm tra tại 02 cơ quan, đơn vị trực thuộc UBND xã.", "02", "ủy ban nhân dân xã kỳ anh")).toBe(false);
  });
  it("the next period's task restating the advised check, and only in the tasks", () => {
    const text = "Văn phòng tham mưu kiểm tra tại 03 khu phố trong quý III.\nIII. NHIỆM VỤ QUÝ III\n- Kiểm tra dân chủ tại 03 khu phố.";
    const task = text.lastIndexOf("03");
    expect(restatesAdvisedPlaces(text, task, task + 2, OFFICE, true)).toBe(true);
    expect(restatesAdvisedPlaces(text, task, task + 2, OFFICE, false)).toBe(false);
    const own = text.replace("tham mưu kiểm tra tại 03 khu phố", "dự kiến kiểm tra 03 đơn vị");
    const ownTask = own.lastIndexOf("03");
    expect(restatesAdvisedPlaces(own, ownTask, ownTask + 2, OFFICE, true)).toBe(false);
  });
});

it("in a report, the ward's check its office advises is no check the office plans of its units", () => {
  const text = [
    "UBND PHƯỜNG AN KHÁNH",
    "VĂN PHÒNG HĐND VÀ UBND",
    "",
    "II. KẾT QUẢ THỰC HIỆN",
    "3. Kiểm tra, giám sát: Văn phòng tham mưu dự kiến kiểm tra việc thực hiện quy chế dân chủ tại 04 khu phố trong tháng 8.",
  ].join("\n");
  const field = byLabel("Số đơn vị dự kiến kiểm tra việc thực hiện dân chủ").id;
  expect(boundValue(recognizeFigures(text, REPORT).get(field))).toBeNull();
  const own = text.replace("tham mưu dự kiến kiểm tra việc thực hiện quy chế dân chủ tại 04 khu phố", "dự kiến kiểm tra 04 đơn vị thuộc Văn phòng");
  expect(boundValue(recognizeFigures(own, REPORT).get(field))).toBe("04");
});
