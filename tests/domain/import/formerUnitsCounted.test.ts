/**
 * After a merger, a count of the former units («05 đơn vị cũ», «03 xã cũ») counts what no longer exists, and a figure
 * that says it includes the former units' («kể cả số liệu của 03 xã cũ») adds them to the new unit's
 * (meaning/formerUnits.ts). A clerk's words of our own.
 */
import { countsFormerUnits } from "../../../src/domain/import/meaning/formerUnits";
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const counted = (text: string, n: string) => countsFormerUnits(text, text.indexOf(n) + n.length);

describe("a count of the units before a merger", () => {
  it("«05 đơn vị cũ», «03 xã cũ», «05 phường, xã cũ» count former units", () => {
    expect(counted("(05 đơn vị cũ có tổng cộng 23 công chức)", "05")).toBe(true);
    expect(counted("của 03 xã cũ chuyển sang", "03")).toBe(true);
    expect(counted("của 05 phường, xã cũ cộng lại", "05")).toBe(true);
    expect(counted("05 đơn vị hành chính cấp xã cũ", "05")).toBe(true);
  });

  it("not a count of today's units, nor of people from a former unit", () => {
    expect(counted("có 01 đơn vị sự nghiệp công lập", "01")).toBe(false);
    expect(counted("38 cán bộ, công chức của 03 xã cũ", "38")).toBe(false);
    expect(counted("gồm 03 phòng chuyên môn", "03")).toBe(false);
  });

  it("the office's units are not the former units counted in a bracket", () => {
    const value = boundByLabel(
      "I. TÌNH HÌNH CHUNG\nBiên chế năm 2025: Văn phòng được giao 14 biên chế công chức, hiện có 17 công chức (05 đơn vị cũ có tổng cộng 23 công chức làm công tác văn phòng, sau sắp xếp bố trí về Văn phòng 17 người).\n",
      REPORT,
    );
    expect(value("Số đơn vị sự nghiệp")).toBeNull();
  });
});
