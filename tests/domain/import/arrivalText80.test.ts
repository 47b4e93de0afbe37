/**
 * What the unseen batches 740–756 bound wrong, each with the near-miss beside it:
 * - «…; Chế độ thông tin, báo cáo, trong đó mỗi nhiệm vụ đều được giao …»: the last item of a «;» list ends before a
 *   clause commenting on them all (740);
 * - «41 xã, phường (trên tổng số 75 xã, phường)»: how many there are in all, no part of the places (756);
 * - «kiểm tra … tại Hội Chữ thập đỏ 03 huyện»: districts counted, no units of the office to be checked (754);
 * - «Giáo viên hợp đồng: 09» under «Hợp đồng lao động: 04»: teachers on contract, not the contract staff (742).
 */
import { listWithoutComment, withoutCommentClause } from "../../../src/domain/import/textClauses";
import { otherPeopleLabel } from "../../../src/domain/import/meaning/otherPeopleLabel";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

describe("text figures without what is said beside them", () => {
  it("ends a «;» list's last item before a comment on all of them", () => {
    const list = "Rà soát thủ tục; Công bố, công khai thủ tục; Chế độ thông tin, báo cáo, trong đó mỗi nhiệm vụ đều được giao cụ thể";
    expect(list.slice(0, listWithoutComment(list))).toBe("Rà soát thủ tục; Công bố, công khai thủ tục; Chế độ thông tin, báo cáo");
    // Near-miss: an item holding commas of its own is whole.
    const plain = "Rà soát thủ tục; Chế độ thông tin, báo cáo";
    expect(listWithoutComment(plain)).toBe(plain.length);
  });

  it("leaves out how many there are in all, not the places' own bracket", () => {
    const places = "41 xã, phường (trên tổng số 75 xã, phường)";
    expect(places.slice(0, withoutCommentClause(places))).toBe("41 xã, phường");
    const named = "03 xã (xã A, xã B, xã C)";
    expect(withoutCommentClause(named)).toBe(named.length);
  });
});

describe("counts whose noun says what they count", () => {
  const HEAD = "TRUNG ƯƠNG HỘI CHỮ THẬP ĐỎ VIỆT NAM\nHỘI CHỮ THẬP ĐỎ TỈNH QUẢNG BÌNH\n\nBÁO CÁO\n\nII. KẾT QUẢ\n2. Kiểm tra, giám sát\n";

  it("reads «03 huyện» as districts, no units of the office planned for a check", () => {
    const text = `${HEAD}Trong quý, Thường trực Hội kiểm tra công tác Hội và việc thực hiện dân chủ tại Hội Chữ thập đỏ 03 huyện (Tuyên Hóa, Minh Hóa, Quảng Ninh).\n`;
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:kiemTra.soDonVi"))).toBeNull();
  });

  it("reads a label line opening with a trade as those people's count", () => {
    const text = "Hợp đồng lao động: 04 (bảo vệ, tạp vụ, lái xe).\nGiáo viên hợp đồng: 09.\n";
    expect(otherPeopleLabel("Hợp đồng lao động", text, text.indexOf("09"))).toBe(true);
    expect(otherPeopleLabel("Hợp đồng lao động", text, text.indexOf("04"))).toBe(false);
    // Near-miss: a figure whose label names the trade takes it.
    expect(otherPeopleLabel("Giáo viên hợp đồng", text, text.indexOf("09"))).toBe(false);
  });

  it("binds the contract staff, not the teachers on contract", () => {
    const text = "UBND TỈNH QUẢNG NGÃI\nỦY BAN NHÂN DÂN XÃ TU MƠ RÔNG\n\nBÁO CÁO\n\nI. TÌNH HÌNH CHUNG\n3. Biên chế năm 2026\nCán bộ, công chức được giao: 38.\nHiện có: 35.\nHợp đồng lao động: 04 (bảo vệ, tạp vụ, lái xe).\nViên chức các trường: được giao 164, có mặt 151.\nGiáo viên hợp đồng: 09.\n";
    expect(boundValue(recognizeFigures(text, REPORT).get("bcdc:bienChe.hopDong"))).toBe("04");
  });
});
