/**
 * The service centre's period written in a bracket after its name, at the end of a heading or before the colon that
 * opens its figures: «4.3. Trung tâm Phục vụ hành chính công thành phố (từ 15/3/2026 đến 14/6/2026)», «**5. Cải cách
 * hành chính - Trung tâm PVHCC phường (15/6/2026 - 14/9/2026)**», «Trung tâm … xã (từ ngày 15/3/2026 đến ngày
 * 14/6/2026)?» (an outline's question). A range in a bracket that goes on into a sentence («… đúng kỳ (từ ngày … đến
 * ngày …).» among next quarter's tasks) is no heading. Sentences written for this test.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const FROM = byLabel("Số liệu Trung tâm tính từ ngày").id;
const TO = byLabel("Số liệu Trung tâm tính đến ngày").id;
const read = (heading: string, after = "", header = "UBND TỈNH BÌNH AN\nVĂN PHÒNG") => {
  const r = recognizeFigures(
    `${header}\nBÁO CÁO\nKết quả thực hiện dân chủ quý II năm 2026\nIII. KẾT QUẢ\n2. Cải cách hành chính\n${heading}\n- Tiếp nhận: 2.418 hồ sơ.\n- Đã giải quyết: 2.301 hồ sơ.\n${after}`,
    REPORT,
  );
  return { from: boundValue(r.get(FROM)), to: boundValue(r.get(TO)) };
};

describe("the centre's period in a bracket closing its heading", () => {
  it.each([
    ["3. Trung tâm PVHCC (15/3/2026 - 14/6/2026)"],
    ["**3. Cải cách hành chính - Trung tâm PVHCC tỉnh (15/3/2026 - 14/6/2026)**"],
  ])("«%s»", (heading) => {
    expect(read(heading)).toEqual({ from: "15/3/2026", to: "14/6/2026" });
  });

  it("a ward's own centre, in the ward office's report", () => {
    expect(read("**5. Trung tâm PVHCC phường (15/3/2026 - 14/6/2026)**", "", "UBND PHƯỜNG BÌNH AN\nVĂN PHÒNG HĐND VÀ UBND")).toEqual({ from: "15/3/2026", to: "14/6/2026" });
  });
});

describe("a bracketed range that is no heading of the centre's figures", () => {
  it("next quarter's task, the range inside a sentence going on after it: no second statement of the period", () => {
    const r = read(
      "3. Trung tâm PVHCC (15/3/2026 - 14/6/2026)",
      "IV. NHIỆM VỤ QUÝ III\n1. Chốt số liệu Trung tâm PVHCC đúng kỳ (15/6/2026 - 14/9/2026) để báo cáo.\n",
    );
    expect(r).toEqual({ from: "15/3/2026", to: "14/6/2026" });
  });
});
