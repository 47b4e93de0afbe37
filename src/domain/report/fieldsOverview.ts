import type { FieldDef } from "../types";
import { count, countOf, list, periodPart, text, year } from "./build";

/** The reporting period (computed) and sections I–II of the report. */
export const PERIOD_FIELDS: FieldDef[] = [
  periodPart("ky.quy", "Quý báo cáo", "quarterRoman"),
  periodPart("ky.nam", "Năm báo cáo", "year"),
  periodPart("ky.quySau", "Quý tiếp theo", "nextQuarterRoman"),
  periodPart("ky.namQuySau", "Năm của quý tiếp theo", "nextQuarterYear"),
  periodPart("ky.tuNgay", "Ngày bắt đầu chốt số liệu", "cutoffStart"),
  periodPart("ky.denNgay", "Ngày kết thúc chốt số liệu", "cutoffEnd"),
];

const STAFF = { max: 10_000 };

export const OVERVIEW_FIELDS: FieldDef[] = [
  year("bienChe.nam", "Năm của số liệu biên chế", "I", { hint: "Thường là năm báo cáo" }),
  count("bienChe.congChucGiao", "Biên chế công chức được giao", "I", STAFF),
  count("bienChe.congChucThucHien", "Công chức đang thực hiện", "I", STAFF),
  count("bienChe.suNghiepGiao", "Biên chế sự nghiệp được giao", "I", STAFF),
  count("bienChe.suNghiepThucHien", "Biên chế sự nghiệp đang thực hiện", "I", STAFF),
  count("bienChe.hopDong", "Hợp đồng lao động", "I", STAFF),
  count("bienChe.vienChucNhaKhach", "Viên chức hai nhà khách (tự chủ tài chính)", "I", STAFF),
  count("trinhDo.tienSi", "Tiến sĩ", "I", STAFF),
  count("trinhDo.thacSi", "Thạc sĩ", "I", STAFF),
  count("trinhDo.daiHoc", "Đại học", "I", STAFF),
  count("llct.cuNhan", "Cử nhân chính trị", "I", STAFF),
  count("llct.caoCap", "Cao cấp lý luận chính trị", "I", STAFF),
  count("llct.trungCap", "Trung cấp lý luận chính trị - hành chính", "I", STAFF),
  count("llct.dangHoc", "Đang học lý luận chính trị", "I", STAFF),
  count("lanhDao.soPhoChanh", "Số Phó Chánh Văn phòng", "I", { max: 10 }),
  count("lanhDao.kiemNhiem", "Lãnh đạo kiêm nhiệm Giám đốc Trung tâm PVHCC", "I", { max: 10 }),
  list("toChuc.danhSach", "Các tổ chức trực thuộc", "I", { hint: "Mỗi dòng một tổ chức" }),
  countOf("toChuc.so", "Số tổ chức trực thuộc", "I", "toChuc.danhSach"),
  list("donViSuNghiep.danhSach", "Các đơn vị sự nghiệp", "I", { hint: "Mỗi dòng một đơn vị" }),
  countOf("donViSuNghiep.so", "Số đơn vị sự nghiệp", "I", "donViSuNghiep.danhSach"),
  count("kiemTra.soDonVi", "Số đơn vị dự kiến kiểm tra việc thực hiện dân chủ", "II.3", { max: 100 }),
  count("khenThuong.bangKhenTTg", "Cá nhân đề nghị Thủ tướng tặng Bằng khen", "II.4", STAFF),
  count("khenThuong.daiHoiXIV", "Cá nhân khen thưởng đợt thi đua chào mừng Đại hội XIV", "II.4", STAFF),
  count("khenThuong.pccc", "Cá nhân khen thưởng phong trào phòng cháy, chữa cháy", "II.4", STAFF),
  count("khenThuong.hdndTapThe", "Tập thể khen thưởng hoạt động HĐND tỉnh", "II.4", STAFF),
  count("khenThuong.hdndCaNhan", "Cá nhân khen thưởng hoạt động HĐND tỉnh", "II.4", STAFF),
  count("khenThuong.congAn", "Cá nhân đề nghị Giám đốc Công an tỉnh tặng Giấy khen", "II.4", STAFF),
  count("anSinh.soVanBan", "Văn bản về trợ giúp gạo, tặng quà Tết", "II.5", { max: 1000 }),
  count("anSinh.soXa", "Số xã được phân công giúp đỡ", "II.5", { max: 100 }),
  text("anSinh.tenXa", "Tên xã được giúp đỡ", "II.5"),
];
