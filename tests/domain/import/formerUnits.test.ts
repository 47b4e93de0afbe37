/**
 * A bracket naming the units as they were before a merger states their figures then (meaning/formerUnits.ts): no
 * figure of the report. A commune's staff in a clerk's words of our own.
 */
import { formerUnitsAside } from "../../../src/domain/import/meaning/formerUnits";
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const at = (text: string, n: string) => formerUnitsAside(text, text.lastIndexOf(n));

describe("the former units' figures in a bracket", () => {
  it("«3 huyện cũ», «trước sáp nhập», «trước khi hợp nhất» open the bracket", () => {
    expect(at("hiện có 52 người (tổng 3 huyện cũ được giao 80, có mặt 74)", "74")).toBe(true);
    expect(at("hiện có 52 người (trước sáp nhập có mặt 74 người)", "74")).toBe(true);
    expect(at("hiện có 52 người (trước khi hợp nhất: 74)", "74")).toBe(true);
  });

  it("not outside the bracket, nor a bracket that closed after «(cũ)», nor another aside", () => {
    expect(at("3 huyện cũ có 74 người", "74")).toBe(false);
    expect(at("Điểm tiếp nhận Bình Sơn (cũ): 74 hồ sơ", "74")).toBe(false);
    expect(at("hiện có 52 người (trong đó nữ 24)", "24")).toBe(false);
  });

  it("the new unit's staff are bound, the former units' are not", () => {
    const value = boundByLabel(
      "I. TÌNH HÌNH CHUNG\n1. Biên chế năm 2026: Văn phòng được giao 46 biên chế công chức, hiện có 41 người (tổng 2 đơn vị cũ trước sắp xếp được giao 70, có mặt 66). Hợp đồng lao động: 05 người.\n",
      REPORT,
    );
    expect(value("Công chức đang thực hiện")).toBe("41");
    expect(value("Biên chế sự nghiệp đang thực hiện")).not.toBe("66");
    expect(value("Biên chế sự nghiệp được giao")).not.toBe("70");
  });
});
