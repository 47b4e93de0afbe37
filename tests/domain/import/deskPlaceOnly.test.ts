/**
 * A department's report that names the province's centre only as the place of its own desk, «Sở thực hiện tiếp nhận,
 * trả kết quả hồ sơ TTHC tại Trung tâm …», gives its desk's figures in a table that names no owner (deskAtCentre.ts
 * with the act as a duty and its object; deskPlaceOnly.ts). A Hà Tĩnh clerk's words, not the held-out report's.
 */
import { deskAtCentre } from "../../../src/domain/import/meaning/deskAtCentre";
import { withoutDeskPlaces } from "../../../src/domain/import/meaning/deskPlaceOnly";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const CENTRE = ["phục vụ hành chính công", "pvhcc", "hành chính công"];

const DOC = (prose: string[]) =>
  [
    "UBND TỈNH HÀ TĨNH",
    "SỞ TƯ PHÁP",
    "",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026",
    "II. KẾT QUẢ",
    "3. Cải cách hành chính",
    ...prose,
    "PHỤ LỤC",
    "(Kèm theo Báo cáo số 120/BC-STP của Sở Tư pháp)",
    "STT\tNội dung\tĐơn vị tính\tSố lượng\tGhi chú",
    "I.\tCẢI CÁCH HÀNH CHÍNH\t\t\t",
    "1\tHồ sơ thủ tục hành chính tiếp nhận\thồ sơ\t642\t",
    "2\tHồ sơ đã giải quyết\thồ sơ\t615\t",
    "3\tHồ sơ đang giải quyết\thồ sơ\t27\t",
    "",
  ].join("\n");

const DESK = "Sở thực hiện tiếp nhận, trả kết quả hồ sơ TTHC tại Trung tâm Phục vụ hành chính công tỉnh; không có hồ sơ trễ hạn.";

describe("the centre named only as the place of the department's desk", () => {
  it("finds the desk's phrase with its act written as a duty and the procedures as its object", () => {
    expect(deskAtCentre("sở thực hiện tiếp nhận, trả kết quả hồ sơ tthc tại trung tâm phục vụ hành chính công tỉnh", "sở tư pháp", CENTRE)).toEqual([
      "sở thực hiện tiếp nhận, trả kết quả hồ sơ tthc tại trung tâm phục vụ hành chính công",
    ]);
    expect(deskAtCentre("sở tiếp nhận các thủ tục hành chính tại tt pvhcc", "sở tư pháp", CENTRE)).toEqual(["sở tiếp nhận các thủ tục hành chính tại tt pvhcc"]);
  });

  it("near-match: a count, or another object than the procedures, before «tại» names no desk", () => {
    expect(deskAtCentre("sở thực hiện tiếp nhận 300 hồ sơ tại trung tâm phục vụ hành chính công", "sở tư pháp", CENTRE)).toEqual([]);
    expect(deskAtCentre("sở thực hiện tiếp nhận hồ sơ đăng ký kết hôn tại trung tâm phục vụ hành chính công", "sở tư pháp", CENTRE)).toEqual([]);
  });

  it("cuts only the centre's name after «tại» out of the desk's phrase", () => {
    const phrase = "sở thực hiện tiếp nhận hồ sơ tthc tại trung tâm phục vụ hành chính công";
    expect(withoutDeskPlaces(`a ${phrase} tỉnh; b`, [phrase])).toBe("a sở thực hiện tiếp nhận hồ sơ tthc  tỉnh; b");
  });

  it("binds the appendix's dossiers, which name no owner, as the desk's", () => {
    const bound = boundByLabel(DOC([DESK]), REPORT);
    expect(bound("Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBe("642");
    expect(bound("Hồ sơ đã giải quyết, trả kết quả")).toBe("615");
    expect(bound("Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBeNull();
  });

  it("near-match: the centre also named as a body with its own account binds none of the appendix's dossiers", () => {
    const bound = boundByLabel(DOC([DESK, "Toàn Trung tâm Phục vụ hành chính công tỉnh trong quý tiếp nhận 9.412 hồ sơ của các sở, ngành."]), REPORT);
    expect(bound("Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBeNull();
    expect(bound("Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBeNull();
  });
});
