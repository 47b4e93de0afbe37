/**
 * «…, Điểm tiếp nhận số 2 tại phường Phan Rang»: a name capitalised inside its sentence, then «số» and the number,
 * whatever the name's noun (nameNumbers.ts numberedName); the number is the name's, never a count.
 */
import { isNameNumber } from "../../../src/domain/import/meaning/nameNumbers";

const at = (t: string, n: string) => isNameNumber(t, t.lastIndexOf(n), t.lastIndexOf(n) + n.length);

describe("a number after «số» closing a name inside its sentence", () => {
  it("is the name's", () => {
    expect(at("trụ sở chính tại phường Nha Trang, Điểm tiếp nhận số 2 tại phường Phan Rang.", "2")).toBe(true);
    expect(at("được niêm yết tại trụ sở và Điểm tiếp nhận số 2.", "2")).toBe(true);
    expect(at("hồ sơ tiếp nhận; Điểm tiếp nhận số 2 chiếm khoảng 31% tổng số hồ sơ", "2")).toBe(true);
    expect(at("gồm Phòng Công chứng số 1 và Phòng Công chứng số 2", "2")).toBe(true);
  });

  it("is a count at a sentence's start, after «tổng số», or with its unit after it", () => {
    expect(at("Tổng số 25 hồ sơ.", "25")).toBe(false);
    expect(at("đã giải quyết. Trong đó số 12 đúng hạn.", "12")).toBe(false);
    expect(at("Trung tâm tiếp nhận, Tổng số 25, đã giải quyết 20", "25")).toBe(false);
    expect(at("trong quý UBND xã tiếp nhận số 120 hồ sơ", "120")).toBe(false);
    expect(at("theo Quyết định số 12/QĐ-UBND", "12")).toBe(false);
  });
});
