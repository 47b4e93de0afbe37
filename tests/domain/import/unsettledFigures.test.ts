/**
 * A draft's figure that a reviewer's bracket questions («[đ/c … đề nghị kiểm tra lại số này]») and that the
 * compiler's closing note still calls unsettled («chưa thống nhất», «chưa có kết quả») is nobody's value yet: left for
 * the clerk. A questioned figure the note settles, or that no note takes up, is still the one written.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const HEAD = "VĂN PHÒNG UBND TỈNH\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";
const read = (body: string, field: string) => shown(recognizeFigures(`${HEAD}${body}`, REPORT).get(field));

describe("a questioned figure the closing note leaves unsettled", () => {
  it("is not bound", () => {
    const body =
      "3. Đơn thư\nTrong quý, Văn phòng tiếp nhận 04 đơn khiếu nại [ý kiến đ/c Phó Chánh Văn phòng: có 01 đơn gửi trùng, đề nghị xác định lại là 03 hay 04 đơn].\n\n" +
      "Ghi chú của chuyên viên tổng hợp: Số đơn khiếu nại: Phòng Hành chính - Tổ chức đang rà soát, chưa thống nhất.\n";
    expect(read(body, "bcdc:khieuNai.soDon")).toMatch(/^[?-]$/u);
  });
  it("nor when the note names the value itself", () => {
    const body =
      "5. Cải cách hành chính\nTrung tâm Phục vụ hành chính công tỉnh: tiếp nhận 12.400 hồ sơ; đã giải quyết 11.800 hồ sơ; đang giải quyết 600 hồ sơ, chiếm 4,84% [đ/c Chánh Văn phòng đề nghị kiểm tra lại số này].\n\n" +
      "Ghi chú: Trung tâm báo cáo 600 hồ sơ đang giải quyết, phần mềm một cửa hiển thị 612 hồ sơ; đến nay chưa có kết quả đối chiếu.\n";
    expect(read(body, "bcdc:hcc.dangGiaiQuyet")).toMatch(/^[?-]$/u);
    expect(read(body, "bcdc:hcc.tyLeDangGiaiQuyet")).toMatch(/^[?-]$/u);
  });
});

describe("a questioned figure whose recheck is still awaited", () => {
  it("is not bound", () => {
    const body =
      "5. Cải cách hành chính\nTrong quý, Văn phòng trình Chủ tịch UBND tỉnh ban hành 27 quyết định công bố danh mục thủ tục hành chính [ý kiến đ/c Chánh Văn phòng: phần mềm ghi 29 quyết định, đề nghị phòng KSTTHC xem lại].\n\n" +
      "Ghi chú: Số quyết định công bố: phòng Kiểm soát TTHC chưa gửi lại số liệu.\n";
    expect(read(body, "bcdc:ksthc.soQuyetDinhCongBo")).toMatch(/^[?-]$/u);
  });
});

describe("a figure a room proposes to change, awaiting the leaders", () => {
  it("is not bound while the note leaves it open", () => {
    const body =
      "1. Công tác cán bộ\nLuân chuyển 04 công chức giữa các phòng (Phòng Tổ chức - Hành chính đề nghị sửa thành 05, chờ Lãnh đạo Văn phòng cho ý kiến).\n\n" +
      "Ghi chú: Số công chức luân chuyển: chưa thống nhất giữa 04 và 05.\n";
    expect(read(body, "bcdc:luanChuyen.congChuc")).toMatch(/^[?-]$/u);
  });
  it("while an ordinary bracket beside it leaves it bound", () => {
    expect(read("1. Công tác cán bộ\nLuân chuyển 04 công chức giữa các phòng (theo Kế hoạch số 12/KH-VP).\n", "bcdc:luanChuyen.congChuc")).toBe("04");
  });
});

describe("a questioned figure nothing leaves unsettled", () => {
  it("is still the figure written when no note takes it up", () => {
    const body = "3. Đơn thư\nTrong quý, Văn phòng tiếp nhận 04 đơn khiếu nại [đề nghị đồng chí Lan kiểm tra lại].\n";
    expect(read(body, "bcdc:khieuNai.soDon")).toBe("04");
    const centre = "5. Cải cách hành chính\nTrung tâm Phục vụ hành chính công tỉnh: tiếp nhận 12.400 hồ sơ; đã giải quyết 11.800 hồ sơ; đang giải quyết 600 hồ sơ, chiếm 4,84% [đ/c Chánh Văn phòng đề nghị kiểm tra lại số này].\n";
    expect(read(centre, "bcdc:hcc.dangGiaiQuyet")).toBe("600");
  });
  it("and when the unsettled note is about another figure", () => {
    const body =
      "3. Đơn thư\nTrong quý, Văn phòng tiếp nhận 04 đơn khiếu nại [đề nghị đồng chí Lan kiểm tra lại].\n\n" +
      "Ghi chú của chuyên viên tổng hợp: Số đơn đã đối chiếu sổ theo dõi, đúng 04 đơn. Số hồ sơ đang giải quyết: chưa thống nhất với phần mềm.\n";
    expect(read(body, "bcdc:khieuNai.soDon")).toBe("04");
  });
});
