import type { FieldDef } from "../types";
import { count, countOf, date, list, percentOf, sumOf } from "./build";

const STAFF = { max: 10_000 };
const DOSSIERS = { max: 10_000_000 };

/** Section III: democracy inside the office, administrative reform, dialogue, complaints. */
export const AGENCY_FIELDS: FieldDef[] = [
  count("bienChe.bietPhai", "Viên chức biệt phái", "III.1.a", STAFF),
  count("dieuDong.den", "Điều động đến và bổ nhiệm", "III.1.c", STAFF),
  count("dieuDong.di", "Điều động, luân chuyển đi", "III.1.c", STAFF),
  count("tiepNhan.congChuc", "Tiếp nhận công chức", "III.1.c", { ...STAFF, zeroText: "Không có" }),
  count("boNhiem.truongPhong", "Bổ nhiệm Trưởng phòng", "III.1.c", STAFF),
  count("boNhiem.phoPhongTHKT", "Bổ nhiệm Phó Trưởng phòng Tổng hợp - Kinh tế", "III.1.c", STAFF),
  count("boNhiem.phoPhongKGVX", "Bổ nhiệm Phó Trưởng phòng Khoa giáo - Văn xã", "III.1.c", STAFF),
  sumOf("boNhiem.phoPhong", "Tổng số Phó Trưởng phòng được bổ nhiệm", "III.1.c", [
    "boNhiem.phoPhongTHKT",
    "boNhiem.phoPhongKGVX",
  ]),
  count("luanChuyen.congChuc", "Luân chuyển công chức giữa các phòng", "III.1.c", STAFF),
  count("luanChuyen.tongHop", "Chuyên viên phòng Tổng hợp chuyển về phòng mới", "III.1.c", STAFF),
  count("luanChuyen.kinhTe", "Chuyên viên phòng Kinh tế chuyển về phòng mới", "III.1.c", STAFF),
  count("bietPhai.trinhXin", "Viên chức trình xin biệt phái", "III.1.c", STAFF),
  count("cheDo.nangLuongTruocHan", "Công chức được nâng lương trước thời hạn", "III.1.d", STAFF),
  count("giaoBan.soCuoc", "Cuộc họp giao ban trong quý", "III.1.đ", { max: 1000 }),
  count("thamNhung.soBiXuLy", "Người bị xử lý vì hành vi tham nhũng", "III.1.g", { ...STAFF, zeroText: "không có" }),

  count("motCuaVp.tiepNhan", "Hồ sơ tiếp nhận (một cửa Văn phòng)", "III.2.b", DOSSIERS),
  count("motCuaVp.daGiaiQuyet", "Hồ sơ đã giải quyết, trả kết quả", "III.2.b", DOSSIERS),
  percentOf("motCuaVp.tyLeDaGiaiQuyet", "Tỷ lệ đã giải quyết", "III.2.b", "motCuaVp.daGiaiQuyet", "motCuaVp.tiepNhan"),
  count("motCuaVp.traSom", "Hồ sơ trả sớm hạn", "III.2.b", DOSSIERS),
  percentOf("motCuaVp.tyLeTraSom", "Tỷ lệ trả sớm hạn", "III.2.b", "motCuaVp.traSom", "motCuaVp.daGiaiQuyet"),
  count("motCuaVp.dungHan", "Hồ sơ trả đúng hạn", "III.2.b", DOSSIERS),
  percentOf("motCuaVp.tyLeDungHan", "Tỷ lệ trả đúng hạn", "III.2.b", "motCuaVp.dungHan", "motCuaVp.daGiaiQuyet"),
  count("motCuaVp.dangGiaiQuyet", "Hồ sơ đang giải quyết", "III.2.b", DOSSIERS),
  percentOf("motCuaVp.tyLeDangGiaiQuyet", "Tỷ lệ đang giải quyết", "III.2.b", "motCuaVp.dangGiaiQuyet", "motCuaVp.tiepNhan"),

  list("ksthc.nhomCongViec", "Các nhóm công việc kiểm soát TTHC", "III.2.c", { hint: "Mỗi dòng một nhóm" }),
  countOf("ksthc.soNhom", "Số nhóm công việc", "III.2.c", "ksthc.nhomCongViec"),
  count("ksthc.soNhiemVu", "Số nhiệm vụ cụ thể", "III.2.c", { max: 1000 }),
  count("ksthc.soQuyetDinhCongBo", "Quyết định công bố danh mục TTHC", "III.2.c", { max: 10_000 }),
  count("ksthc.soPhanAnh", "Phản ánh, kiến nghị đã tiếp nhận và xử lý", "III.2.c", DOSSIERS),

  date("hcc.tuNgay", "Số liệu Trung tâm tính từ ngày", "III.2.c.hcc"),
  date("hcc.denNgay", "Số liệu Trung tâm tính đến ngày", "III.2.c.hcc"),
  count("hcc.tiepNhan", "Hồ sơ tiếp nhận (Trung tâm PVHCC)", "III.2.c.hcc", DOSSIERS),
  count("hcc.daGiaiQuyet", "Hồ sơ đã giải quyết", "III.2.c.hcc", DOSSIERS),
  percentOf("hcc.tyLeDaGiaiQuyet", "Tỷ lệ đã giải quyết", "III.2.c.hcc", "hcc.daGiaiQuyet", "hcc.tiepNhan"),
  count("hcc.truocHan", "Hồ sơ trả trước hạn", "III.2.c.hcc", DOSSIERS),
  count("hcc.dungHan", "Hồ sơ trả đúng hạn", "III.2.c.hcc", DOSSIERS),
  count("hcc.rutTraLai", "Hồ sơ rút và trả lại", "III.2.c.hcc", DOSSIERS),
  count("hcc.treHan", "Hồ sơ trễ và quá hạn", "III.2.c.hcc", DOSSIERS),
  percentOf("hcc.tyLeTreHan", "Tỷ lệ trễ và quá hạn (trên số đã giải quyết)", "III.2.c.hcc", "hcc.treHan", "hcc.daGiaiQuyet"),
  count("hcc.dangGiaiQuyet", "Hồ sơ đang giải quyết", "III.2.c.hcc", DOSSIERS),
  percentOf("hcc.tyLeDangGiaiQuyet", "Tỷ lệ đang giải quyết", "III.2.c.hcc", "hcc.dangGiaiQuyet", "hcc.tiepNhan"),

  count("doiThoai.soYKien", "Ý kiến đề nghị nhận được tại hội nghị đối thoại", "III.3", { max: 10_000, zeroText: "không" }),
  count("khieuNai.soDon", "Đơn thư, khiếu nại, tố cáo nhận được", "III.4", { max: 10_000, zeroText: "không" }),
];

