/**
 * A list whose count is said with «là» (meaning/lists.ts): «Văn phòng có số tổ chức trực thuộc là 05 tổ chức, gồm: …»,
 * the count after an aside as the total of what the heading names («Các đơn vị sự nghiệp thuộc Văn phòng, được tổ
 * chức lại từ 07 đơn vị …, tổng cộng là 03 đơn vị, gồm: …»).
 */
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH NINH BÌNH\nVĂN PHÒNG\nSố: 236/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. TÌNH HÌNH CHUNG\n";
const ROOMS = "Phòng Tổng hợp; Phòng Kinh tế - Ngành; Phòng Nội chính - Pháp chế; Phòng Khoa giáo - Văn xã; Phòng Hành chính - Quản trị - Tài vụ; Trung tâm Phục vụ hành chính công tỉnh";
const ROOM_LINES = ROOMS.split("; ").join("\n");
const UNITS = "Trung tâm Tin học - Công báo; Nhà khách UBND tỉnh; Ban Quản lý nhà công vụ tỉnh";
const UNIT_LINES = UNITS.split("; ").join("\n");

describe("a list counted with «là»", () => {
  it("reads «số <heading> là N <unit>, gồm: …»", () => {
    const value = boundByLabel(`${HEAD}Văn phòng có số tổ chức trực thuộc là 06 tổ chức, gồm: ${ROOMS}; và số đơn vị sự nghiệp là 03 đơn vị, gồm: ${UNITS}.\n`, REPORT);
    expect([value("Các tổ chức trực thuộc"), value("Các đơn vị sự nghiệp")]).toEqual([ROOM_LINES, UNIT_LINES]);
  });

  it("reads the total said after an aside: «<heading>, <aside>, tổng cộng là N <unit>, gồm: …»", () => {
    const value = boundByLabel(`${HEAD}Các đơn vị sự nghiệp thuộc Văn phòng, được tổ chức lại từ 07 đơn vị của ba tỉnh cũ, tổng cộng là 03 đơn vị, gồm: ${UNITS}.\n`, REPORT);
    expect([value("Số đơn vị sự nghiệp"), value("Các đơn vị sự nghiệp")]).toEqual(["03", UNIT_LINES]);
  });
});
