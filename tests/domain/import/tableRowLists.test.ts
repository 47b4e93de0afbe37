/**
 * A cell naming a list heads a column only under a header row; on a row of an outline answered in a table it labels
 * the row, and the list is the cell beside it, never the next rows' labels (meaning/tableRows.ts). Tables of a Lào Cai
 * and a Bắc Kạn clerk's kind, not the held-out report that showed the cause (81).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const read = (rows: string[]) => {
  const r = recognizeFigures(`I. ĐẶC ĐIỂM, TÌNH HÌNH\n${rows.join("\n")}\nNơi nhận:\n`, REPORT);
  const services = r.get(byLabel("Các đơn vị sự nghiệp").id);
  return { services: boundValue(services), state: services?.state, units: boundValue(r.get(byLabel("Các tổ chức trực thuộc").id)) };
};

it("the units beside a row's label «Các đơn vị sự nghiệp công lập trực thuộc» are the list, the rows under it are not", () => {
  const r = read([
    "TT\tNội dung báo cáo\tKết quả\tGhi chú",
    "c\tCác đơn vị sự nghiệp công lập trực thuộc\tNhà khách tỉnh, Trung tâm Tin học - Công báo\t",
    "2\tCông tác thi đua, khen thưởng\tTặng Giấy khen 04 cá nhân\t",
    "3\tTiếp công dân\tKhông phát sinh\t",
  ]);
  expect(r.services).toBe("Nhà khách tỉnh\nTrung tâm Tin học - Công báo");
});

it("a row's label whose result cell is prose leaves the list for the clerk rather than reading the next labels", () => {
  const r = read([
    "Số TT\tNội dung\tThực hiện trong quý\tGhi chú",
    "5\tĐơn vị sự nghiệp trực thuộc\tKhông thay đổi so với quý trước\t",
    "II\tCông tác dân chủ\t\t",
    "6\tHội nghị cán bộ, công chức\tĐã tổ chức ngày 20/01\t",
    "7\tThanh tra nhân dân\tHọp 02 cuộc\t",
  ]);
  expect(r.services).toBeNull();
});

it("a label row whose units are written with commas is no header row, even with nothing else on it", () => {
  const r = read([
    "Đơn vị sự nghiệp trực thuộc\tTrung tâm Hội nghị tỉnh, Nhà khách Thành Công",
    "Tình hình kỷ luật\tKhông có",
    "Công tác thi đua\tKhen thưởng đột xuất",
  ]);
  expect(r.services).toBe("Trung tâm Hội nghị tỉnh\nNhà khách Thành Công");
});

it("under a true header row the column is still the list", () => {
  const r = read([
    "STT\tTổ chức trực thuộc (03)\tĐơn vị sự nghiệp (02)",
    "1\tPhòng Tổng hợp\tTrung tâm Công báo - Tin học",
    "2\tPhòng Nội chính\tNhà khách UBND tỉnh",
    "3\tPhòng Hành chính - Tổ chức\t",
  ]);
  expect(r.units).toBe("Phòng Tổng hợp\nPhòng Nội chính\nPhòng Hành chính - Tổ chức");
  expect(r.services).toBe("Trung tâm Công báo - Tin học\nNhà khách UBND tỉnh");
});

it("a column's list ends where a row numbered «II» opens the table's next part", () => {
  const r = read([
    "STT\tĐơn vị sự nghiệp trực thuộc\tGhi chú",
    "1\tTrung tâm Công báo - Tin học\t",
    "2\tNhà khách Ủy ban\t",
    "II\tTình hình thực hiện dân chủ\t",
    "3\tHội nghị cán bộ, công chức\tĐã tổ chức",
  ]);
  expect(r.services).toBe("Trung tâm Công báo - Tin học\nNhà khách Ủy ban");
});
