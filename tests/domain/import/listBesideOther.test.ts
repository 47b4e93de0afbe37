/**
 * «Văn phòng có 05 phòng: Phòng A; …; Phòng E; các đơn vị sự nghiệp trực thuộc gồm Trung tâm F, …»: after the last
 * «;», a clause in lower case heading other units with their own names is another list set beside the rooms, no item
 * of theirs (meaning/listItems.ts OTHER_LIST). Other clerks' words than the held-out report's (1391).
 */
import { readFields } from "../../support/readFields";

const office = (after: string) =>
  "VĂN PHÒNG UBND TỈNH\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. TÌNH HÌNH CHUNG\n" +
  `Văn phòng có 05 phòng: Phòng Tổng hợp; Phòng Kinh tế; Phòng Văn xã; Phòng Nội chính; Phòng Hành chính - Tổ chức${after}.\n`;

const ROOMS = "Phòng Tổng hợp\nPhòng Kinh tế\nPhòng Văn xã\nPhòng Nội chính\nPhòng Hành chính - Tổ chức";

describe("a list ends before another list set beside it after a «;»", () => {
  it("«…; những đơn vị sự nghiệp là Trung tâm …, Nhà khách …»: the rooms alone", () => {
    expect(readFields(office("; những đơn vị sự nghiệp trực thuộc là Trung tâm Phục vụ hành chính công, Nhà khách tỉnh"), "toChuc.danhSach")).toEqual([ROOMS]);
    expect(readFields(office("; các đơn vị sự nghiệp gồm Trung tâm Tin học - Công báo và Nhà khách tỉnh"), "toChuc.danhSach")).toEqual([ROOMS]);
  });

  it("ordinary: the rooms ending the sentence are still the list", () => {
    expect(readFields(office(""), "toChuc.danhSach")).toEqual([ROOMS]);
  });
});
