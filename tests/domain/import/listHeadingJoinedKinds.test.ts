/**
 * A list heading of two kinds of units joined by «và» (meaning/lists.ts joinedKind): «Các phòng chuyên môn và đơn vị
 * hành chính trực thuộc Văn phòng, …, với tổng số là 06 tổ chức, gồm: …»; a heading never ends with «và».
 */
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH NINH BÌNH\nVĂN PHÒNG\nSố: 236/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. TÌNH HÌNH CHUNG\n";
const ROOMS = "Phòng Tổng hợp; Phòng Kinh tế - Ngành; Phòng Nội chính - Pháp chế; Phòng Khoa giáo - Văn xã; Phòng Hành chính - Quản trị - Tài vụ; Trung tâm Phục vụ hành chính công tỉnh";
const ROOM_LINES = ROOMS.split("; ").join("\n");
const UNITS = "Trung tâm Tin học - Công báo; Nhà khách UBND tỉnh; Ban Quản lý nhà công vụ tỉnh";
const UNIT_LINES = UNITS.split("; ").join("\n");

describe("a list heading of two kinds of units joined by «và»", () => {
  it("reads a heading of two kinds of units joined by «và»", () => {
    const value = boundByLabel(`${HEAD}Các phòng chuyên môn và đơn vị hành chính trực thuộc Văn phòng, sau khi kiện toàn theo Quyết định số 12/QĐ-VP ngày 20/01/2026, với tổng số là 06 tổ chức, gồm: ${ROOMS}.\n`, REPORT);
    expect(value("Các tổ chức trực thuộc")).toBe(ROOM_LINES);
  });

  it("does not end a heading with «và»: «… trực thuộc và 03 đơn vị sự nghiệp» are two lists", () => {
    const value = boundByLabel(`${HEAD}Văn phòng có 06 tổ chức trực thuộc và 03 đơn vị sự nghiệp, gồm: ${UNITS}.\n`, REPORT);
    expect(value("Các tổ chức trực thuộc")).toBeNull();
    expect(value("Các đơn vị sự nghiệp")).toBe(UNIT_LINES);
  });
});
