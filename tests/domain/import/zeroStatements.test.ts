/**
 * Figures stated as none (zeroItems.ts, zeroHeads.ts): an item whose value is «không (có)» after a period or in a
 * table row's cell, and «không phát sinh / không có trường hợp» followed by a count's own words — each beside a
 * near-match of the same shape that must not bind. Sentences in other clerks' words than the held-out reports'.
 */
import { readFields } from "../../support/readFields";

const TITLE = "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";

const read = (text: string, ...ids: string[]): string[] => readFields(TITLE + text, ...ids);

describe("a zero written as an item's value", () => {
  it("is read by the item's label, with the report's own period between the colon and the zero", () => {
    const withPeriod = "III. KẾT QUẢ\n1. Công tác cán bộ\n- Nâng lương trước thời hạn: quý II không có trường hợp nào (6 tháng: 02 trường hợp).\n";
    expect(read(withPeriod, "cheDo.nangLuongTruocHan")).toEqual(["không có"]);
    expect(read("III. KẾT QUẢ\n1. Công tác cán bộ\n- Nâng lương trước thời hạn: trong quý không có.\n", "cheDo.nangLuongTruocHan")).toEqual(["không có"]);
    expect(read("III. KẾT QUẢ\n1. Bổ nhiệm Trưởng phòng: không có trường hợp nào.\n", "boNhiem.truongPhong")).toEqual(["không có"]);
  });

  it("is not bound for another quarter named between the colon and the zero", () => {
    const earlier = "III. KẾT QUẢ\n1. Công tác cán bộ\n- Nâng lương trước thời hạn: quý I không có trường hợp nào (6 tháng: 02 trường hợp).\n";
    expect(read(earlier, "cheDo.nangLuongTruocHan")[0]).not.toBe("không có");
  });

  it("is read from a table row answering the outline, and a cell that goes on past the zero is no value", () => {
    const table = "STT\tNội dung\tKết quả\n12\tNâng lương trước thời hạn\tKhông\t\n13\tHội nghị đối thoại\tKhông tổ chức trong quý\t\n";
    expect(read(table, "cheDo.nangLuongTruocHan", "doiThoai.soYKien")).toEqual(["Không", "-"]);
    expect(read("STT\tNội dung\tKết quả\n15\tCông chức bị xử lý vi phạm về tham nhũng\tKhông có\t\n", "thamNhung.soBiXuLy")).toEqual(["Không có"]);
  });
});

describe("a zero that says no case of a count arose", () => {
  it("binds the count whose label's words follow it, in the label's order", () => {
    const moves = "III. KẾT QUẢ\n1. Công tác cán bộ: tiếp nhận 02 công chức, không có trường hợp điều động đi, đồng thời nâng lương trước thời hạn cho 03 công chức.\n";
    expect(read(moves, "dieuDong.di", "dieuDong.den", "cheDo.nangLuongTruocHan")).toEqual(["không có", "-", "03"]);
    const arriving = "III. KẾT QUẢ\n1. Công tác cán bộ: trong quý không có trường hợp nào được điều động đến và bổ nhiệm.\n";
    expect(read(arriving, "dieuDong.den", "dieuDong.di")).toEqual(["không có", "-"]);
    const complaints = "III. KẾT QUẢ\n2. Kiểm soát thủ tục hành chính: trong quý không phát sinh phản ánh, kiến nghị về quy định hành chính.\n";
    expect(read(complaints, "ksthc.soPhanAnh")).toEqual(["không phát sinh"]);
  });

  it("reads «trường hợp nào» as no unit of its own", () => {
    expect(read("III. KẾT QUẢ\nPhòng, chống tham nhũng: Không có trường hợp nào bị xử lý vì hành vi tham nhũng.\n", "thamNhung.soBiXuLy")).toEqual(["Không có"]);
  });

  it("binds nothing where «không» says what the office has not or what one person does not do", () => {
    expect(read("II. AN SINH\nVăn phòng không có xã được phân công giúp đỡ.\n", "anSinh.soXa")).toEqual(["-"]);
    const post = "I. TỔ CHỨC\nLãnh đạo: Chánh Văn phòng, 03 Phó Chánh Văn phòng. Chánh Văn phòng không kiêm nhiệm Giám đốc Trung tâm PVHCC.\n";
    expect(read(post, "lanhDao.kiemNhiem")).toEqual(["-"]);
    expect(read("I. TỔ CHỨC\nVăn phòng không có đơn vị sự nghiệp trực thuộc.\n", "donViSuNghiep.so")).toEqual(["-"]);
  });

  it("binds no post's count from a zero of the act alone («không có trường hợp bổ nhiệm»: was anyone appointed)", () => {
    const none = "III. KẾT QUẢ\n1. Công tác cán bộ: trong quý không có trường hợp bổ nhiệm, luân chuyển.\n";
    expect(read(none, "boNhiem.truongPhong", "boNhiem.phoPhongTHKT")).toEqual(["-", "-"]);
  });

  it("binds a post's count from a zero that names the post, past the first words it is told by", () => {
    const head = "III. KẾT QUẢ\n1. Công tác cán bộ: trong quý không có trường hợp bổ nhiệm Trưởng phòng, đồng thời nâng lương trước thời hạn cho 03 công chức.\n";
    expect(read(head, "boNhiem.truongPhong")).toEqual(["không có"]);
    const deputy = "III. KẾT QUẢ\n1. Công tác cán bộ: trong quý không có trường hợp bổ nhiệm Phó Trưởng phòng Tổng hợp - Kinh tế.\n";
    expect(read(deputy, "boNhiem.phoPhongTHKT", "boNhiem.truongPhong")).toEqual(["không có", "-"]);
  });

  it("binds no zero of an earlier quarter beside the report's own figure", () => {
    const earlier = "III. KẾT QUẢ\n1. Công tác cán bộ: quý I không có trường hợp điều động đi; quý II điều động đi 01 công chức.\n";
    expect(read(earlier, "dieuDong.di")).toEqual(["01"]);
  });
});

describe("a zero that denies one kind of the figure's thing (held-out 450's cause)", () => {
  const letters = (text: string) => read(`III. KẾT QUẢ\n4. Công tác tiếp nhận, giải quyết đơn thư\n${text}\n`, "khieuNai.soDon");

  it("«không có đơn … vượt cấp» beside the letters received is not their count", () => {
    expect(letters("Đơn thư: trong quý, cơ quan nhận 02 đơn của người lao động kiến nghị về chế độ phụ cấp; đã trả lời. Không có đơn thư khiếu nại vượt cấp, kéo dài.")).toEqual(["02"]);
    expect(letters("Không có đơn thư khiếu nại, tố cáo phức tạp, đông người.")[0]).not.toBe("Không có");
  });

  it("a zero that denies every letter is still their count", () => {
    expect(letters("Trong quý, không có đơn thư khiếu nại, tố cáo.")).toEqual(["không có"]);
  });
});
