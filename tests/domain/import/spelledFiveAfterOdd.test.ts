/**
 * «năm» ending a count in words is five where no year can stand: after «lẻ»/«linh» («một trăm lẻ năm hồ sơ») and after
 * a label's colon («Nâng lương trước thời hạn: năm công chức»); «hai trăm năm», «trong năm cán bộ» stay unread
 * (meaning/spelledNumbers.ts fiveCounted). Other clerks' words than the held-out reports' (1381, 1384).
 */
import { readFields } from "../../support/readFields";

const TITLE = "VĂN PHÒNG UBND TỈNH\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";
const desk = (received: string) =>
  `${TITLE}V. CẢI CÁCH HÀNH CHÍNH\n1. Bộ phận một cửa của Văn phòng nhận ${received} hồ sơ; đã giải quyết 98 hồ sơ (93,33%), đang giải quyết 07 hồ sơ (6,67%).\n`;
const pay = (line: string) => `${TITLE}III. DÂN CHỦ TRONG HOẠT ĐỘNG CỦA VĂN PHÒNG\n1. Công tác cán bộ\n- ${line}\n`;

describe("«năm» is five where no year can follow", () => {
  it("«một trăm linh năm hồ sơ», «một trăm lẻ năm»: 105 received", () => {
    expect(readFields(desk("một trăm linh năm"), "motCuaVp.tiepNhan")).toEqual(["105"]);
    expect(readFields(desk("một trăm lẻ năm"), "motCuaVp.tiepNhan")).toEqual(["105"]);
  });

  it("«Nâng lương trước thời hạn: năm viên chức»: 5", () => {
    expect(readFields(pay("Nâng lương trước thời hạn: năm viên chức có thành tích xuất sắc."), "cheDo.nangLuongTruocHan")).toEqual(["5"]);
  });

  it("near-match: «hai trăm năm» may be years, «trong năm công chức» is the year's: neither is read", () => {
    expect(readFields(desk("hai trăm năm"), "motCuaVp.tiepNhan")).toEqual(["-"]);
    expect(readFields(pay("Nâng lương trước thời hạn trong năm công chức có thành tích."), "cheDo.nangLuongTruocHan")).toEqual(["-"]);
  });
});
