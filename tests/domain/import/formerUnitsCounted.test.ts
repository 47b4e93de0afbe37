/**
 * After a merger, a count of the former units («05 đơn vị cũ», «03 xã cũ») counts what no longer exists, and a figure
 * that says it includes the former units' («kể cả số liệu của 03 xã cũ») adds them to the new unit's
 * (meaning/formerUnits.ts). A clerk's words of our own.
 */
import { countsFormerUnits, includesFormerUnits } from "../../../src/domain/import/meaning/formerUnits";
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

describe("a figure that includes the former units'", () => {
  it("«kể cả số liệu của 03 xã cũ», «bao gồm cả số liệu trước sáp nhập»", () => {
    expect(includesFormerUnits("Tính chung cả quý, kể cả số liệu của 03 xã cũ trước sáp nhập, toàn xã tiếp nhận ")).toBe(true);
    expect(includesFormerUnits("Cả quý, bao gồm cả số liệu trước sáp nhập, Trung tâm tiếp nhận ")).toBe(true);
  });

  it("not a figure that says nothing of them", () => {
    expect(includesFormerUnits("Trung tâm tiếp nhận ")).toBe(false);
    expect(includesFormerUnits("kể cả hồ sơ trực tuyến, Trung tâm tiếp nhận ")).toBe(false);
    // A bracket saying what the section's only figures cover: the new centre's figures are those.
    expect(includesFormerUnits("c) Trung tâm: số liệu từ ngày 15/6/2025 (gồm cả số liệu của Trung tâm ba tỉnh cũ từ ngày 15/6 đến ngày 30/6/2025): tiếp nhận ")).toBe(false);
  });

  it("the new centre's dossiers are bound, not the whole quarter's with the old communes'", () => {
    const value = boundByLabel(
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n4. Cải cách hành chính, Trung tâm phục vụ hành chính công xã\nTừ ngày 01/7/2025 đến ngày 14/9/2025, Trung tâm phục vụ hành chính công xã tiếp nhận 3.846 hồ sơ; đã giải quyết 3.512 hồ sơ; đang giải quyết 334 hồ sơ. Tính chung cả quý, kể cả số liệu của 03 xã cũ trước sáp nhập, toàn xã tiếp nhận 4.285 hồ sơ.\n",
      REPORT,
    );
    expect(value("Hồ sơ tiếp nhận (Trung tâm PVHCC)")).not.toBe("4.285");
  });
});
