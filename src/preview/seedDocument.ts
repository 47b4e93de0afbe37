/**
 * The reference report (Báo cáo công tác dân chủ quý I/2026, Văn phòng UBND tỉnh Sơn La) as a simulated document:
 * every figure already a content control tagged with its field. Long narrative is shortened ("…"); every paragraph
 * with a figure keeps the report's own wording and its own mistakes (9,7%; "Năm 2025"; "2026 - 20230").
 */
import { REPORT } from "../domain/report";
import { parseMarkup, type SimParagraph } from "./wordSim";

const SEED_MARKUP: readonly string[] = [
  "Số: /BC-VPUB",
  "Sơn La, ngày tháng 3 năm 2026",
  "BÁO CÁO",
  "Kết quả thực hiện công tác dân chủ quý [[ky.quy|I]]; Nhiệm vụ trọng tâm quý [[ky.quySau|II]] năm [[ky.namQuySau|2026]]",
  "Thực hiện Công văn số 4963/UBND-NC ngày 30/8/2025 của Chủ tịch UBND tỉnh về việc triển khai thực hiện Quy chế dân chủ ở cơ sở. Văn phòng UBND tỉnh báo cáo kết quả thực hiện công tác dân chủ quý [[ky.quy|I]]; Nhiệm vụ trọng tâm quý [[ky.quySau|II]] năm [[ky.namQuySau|2026]] cụ thể như sau:",
  "I. ĐẶC ĐIỂM, TÌNH HÌNH",
  "Văn phòng UBND tỉnh là cơ quan thuộc UBND tỉnh có chức năng tham mưu, giúp UBND tỉnh… Tổng biên chế của Văn phòng đang quản lý năm [[bienChe.nam|2026]]: Công chức được giao là [[bienChe.congChucGiao|55]], đang thực hiện [[bienChe.congChucThucHien|46]]; Biên chế sự nghiệp [[bienChe.suNghiepGiao|15]], đang thực hiện [[bienChe.suNghiepThucHien|14]]; Hợp đồng [[bienChe.hopDong|08]]. Tổng số viên chức hai đơn vị sự nghiệp công lập trực thuộc (Nhà khách Thanh Xuân - Hà Nội, Nhà khách UBND tỉnh [[bienChe.vienChucNhaKhach|48]] người) đã thực hiện tự chủ tài chính 100%, tự trang trải kinh phí hoạt động.",
  "Về trình độ chuyên môn: Tiến sỹ: [[trinhDo.tienSi|01]] cán bộ; Thạc sỹ: [[trinhDo.thacSi|27]]; Đại học: [[trinhDo.daiHoc|42]].",
  "Về trình độ lý luận chính trị: Cử nhân chính trị: [[llct.cuNhan|02]] đồng chí; Cao cấp lý luận chính trị: [[llct.caoCap|28]] đồng chí; Trung cấp lý luận chính trị - hành chính: [[llct.trungCap|26]] đồng chí (đang học [[llct.dangHoc|03]] đồng chí).",
  "Lãnh đạo Văn phòng gồm Chánh Văn phòng và [[lanhDao.soPhoChanh|02]] Phó Chánh Văn phòng (trong đó, [[lanhDao.kiemNhiem|01]] đồng chí kiêm nhiệm Giám đốc Trung tâm phục vụ hành chính công).",
  "Văn phòng có [[toChuc.so|05]] tổ chức trực thuộc, gồm: [[toChuc.danhSach|Phòng Tổng hợp - Kinh tế; Phòng Nội chính; Phòng Khoa giáo - Văn xã; Phòng Tổ chức - Hành chính - Quản trị; Trung tâm phục vụ hành chính công]] và [[donViSuNghiep.so|03]] đơn vị sự nghiệp: [[donViSuNghiep.danhSach|Trung tâm Thông tin tỉnh, Nhà khách UBND tỉnh và Nhà khách Thanh Xuân - Hà Nội]].",
  "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
  "1. Quán triệt các văn bản chỉ đạo thực hiện công tác dân chủ",
  "Trong năm, để thực hiện tốt công tác dân chủ ở cơ sở Đảng ủy và Lãnh đạo Văn phòng đã thường xuyên quan tâm chỉ đạo, quán triệt, triển khai các văn bản… Kế hoạch số 32/KH-UBND ngày 09/02/2026 của UBND tỉnh Sơn La về thực hiện công tác dân vận, dân chủ năm 2026.",
  "3. Công tác kiểm tra, giám sát việc thực hiện dân chủ đối với các phòng, đơn vị",
  "Thực hiện Kế hoạch số 32/KH-UBND ngày 09/02/2026 của UBND tỉnh Sơn La về thực hiện công tác dân vận, dân chủ năm 2026. Văn phòng dự kiến sẽ ban hành kế hoạch kiểm tra việc thực hiện công tác dân chủ đối với [[kiemTra.soDonVi|01]] đơn vị thuộc Văn phòng trong quý I năm 2026.",
  "4. Việc phát động phong trào thi đua gắn với thực hiện công tác dân chủ",
  "Kết quả: Tham mưu hoàn thiện hồ sơ đề nghị Thủ tướng Chính phủ tặng Bằng khen đối với [[khenThuong.bangKhenTTg|05]] cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ công tác năm 2025; [[khenThuong.daiHoiXIV|01]] cá nhân có thành tích xuất sắc trong triển khai thực hiện Đợt thi đua Lập thành tích chào mừng Đại hội lần thứ XIV của Đảng; Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen đối với [[khenThuong.pccc|01]] cá nhân có thành tích xuất sắc trong triển khai phong trào thi đua “Toàn dân tham gia phòng cháy, chữa cháy và cứu nạn, cứu hộ” năm 2025; [[khenThuong.hdndTapThe|01]] tập thể và [[khenThuong.hdndCaNhan|01]] cá nhân có nhiều thành tích trong các hoạt động của Hội đồng nhân dân tỉnh khóa XV, nhiệm kỳ 2021 - 2026; Đề nghị Giám đốc Công an tỉnh tặng Giấy khen đối với [[khenThuong.congAn|01]] cá nhân có thành tích xuất sắc trong thực hiện phong trào toàn dân Bảo vệ an ninh Tổ quốc năm 2025.",
  "5. Công tác an sinh xã hội",
  "… Trong quý, Văn phòng đã tham mưu với UBND tỉnh ban hành [[anSinh.soVanBan|07]] văn bản triển khai thực hiện trợ giúp gạo thiếu đói dịp Tết Nguyên đán Bính Ngọ và giáp hạn và tặng quà cho hộ nghèo, hộ cận nghèo năm 2026. … Văn phòng được phân công giúp đỡ [[anSinh.soXa|01]] xã ([[anSinh.tenXa|xã Chiềng Mung]]). Theo kế hoạch, Văn phòng sẽ ban hành Kế hoạch triển khai thực hiện công tác giúp đỡ [[anSinh.tenXa|xã Chiềng Mung]] giai đoạn 2026 - 20230 vào quý I năm 2026.",
  "II. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
  "a) Sử dụng và quản lý công chức, viên chức",
  "Việc đánh giá quản lý công chức, viên chức của Văn phòng được thực hiện thống nhất… Năm [[bienChe.nam|2025]], Văn phòng được giao: [[bienChe.congChucGiao|55]] biên chế, đang thực hiện: [[bienChe.congChucThucHien|46]]; biên chế sự nghiệp: [[bienChe.suNghiepGiao|15]], đang thực hiện: [[bienChe.suNghiepThucHien|14]]; Hợp đồng: [[bienChe.hopDong|08]]; biệt phái viên chức: [[bienChe.bietPhai|03]]. Tổng số viên chức hai đơn vị sự nghiệp công lập trực thuộc (Nhà khách Thanh Xuân - Hà Nội, Nhà khách UBND tỉnh: [[bienChe.vienChucNhaKhach|48]] người) đã thực hiện tự chủ tài chính 100%, tự trang trải kinh phí hoạt động.",
  "c) Điều động, luân chuyển, biệt phái",
  "- Điều động: Trong quý, Văn phòng đã phối hợp thực hiện quy trình điều động và bổ nhiệm [[dieuDong.den|01]] đồng chí Phó Chánh Văn phòng UBND về công tác tại Văn phòng; Phối hợp thực hiện quy trình điều động, luân chuyển [[dieuDong.di|01]] đồng chí Phó Chánh Văn phòng UBND tỉnh nhận công tác tại sở Công thương.",
  "- Tiếp nhận công chức: [[tiepNhan.congChuc|Không có]].",
  "- Bổ nhiệm: Triển khai và thực hiện quy trình điều động, bổ nhiệm sau sáp nhập, hiện toàn tổ chức, bộ máy bên trong Văn phòng, cụ thể: Bổ nhiệm [[boNhiem.truongPhong|01]] Trưởng phòng (Trưởng phòng Tổng hợp - Kinh tế); [[boNhiem.phoPhong|03]] Phó trưởng phòng ([[boNhiem.phoPhongTHKT|02]] Phó Trưởng phòng Tổng hợp - Kinh tế; [[boNhiem.phoPhongKGVX|01]] Phó trưởng phòng Khoa giáo - Văn xã).",
  "- Luân chuyển: Luân chuyển [[luanChuyen.congChuc|01]] công chức từ phòng Tổng hợp sang phòng Khoa giáo - Văn xã; [[luanChuyen.tongHop|03]] chuyên viên thuộc phòng Tổng hợp và [[luanChuyen.kinhTe|04]] chuyên viên phòng Kinh tế về phòng Tổng hợp - Kinh tế (do thực hiện sáp nhập phòng).",
  "- Biệt phái: Hoàn thiện quy trình và trình xin biệt phái [[bietPhai.trinhXin|01]] viên chức về công tác tại phòng Khoa giáo - Văn xã.",
  "d) Việc thực hiện chế độ chính sách đối với cán bộ, công chức",
  "Văn phòng đã triển khai thực hiện tốt công tác khen thưởng và các chế độ chính sách đối với cán bộ, công chức, viên chức như: Trong quý, Văn phòng đã ban hành Quyết định nâng lương trước thời hạn đối với [[cheDo.nangLuongTruocHan|04]] công chức có thành tích trong quá trình công tác.",
  "đ) Việc tổ chức các cuộc họp giao ban định kỳ của cơ quan Văn phòng",
  "… Trong quý, Văn phòng đã tổ chức [[giaoBan.soCuoc|11]] cuộc giao ban giữa Lãnh đạo UBND tỉnh, Lãnh đạo Văn phòng với Lãnh đạo, chuyên viên các phòng, đơn vị trực thuộc Văn phòng.",
  "g) Công tác phòng, chống tham nhũng",
  "Tính đến thời điểm báo cáo, tại cơ quan Văn phòng chưa phát hiện và [[thamNhung.soBiXuLy|không có]] cán bộ, công chức, viên chức và người lao động bị xử lý vì có hành vi tham nhũng.",
  "b) Kết quả tham mưu thực hiện công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính (TTHC)",
  "Về kết quả tiếp nhận và giải quyết thủ tục hành chính: Bộ phận một cửa Văn phòng: Tiếp nhận [[motCuaVp.tiepNhan|81]] hồ sơ, đã giải quyết, trả kết quả [[motCuaVp.daGiaiQuyet|77]] hồ sơ, chiếm [[motCuaVp.tyLeDaGiaiQuyet|95,06%]]; trong đó, trả sớm hạn: [[motCuaVp.traSom|06]] hồ sơ, chiếm [[motCuaVp.tyLeTraSom|7,79%]], trả đúng hạn: [[motCuaVp.dungHan|71]] hồ sơ, chiếm [[motCuaVp.tyLeDungHan|92,21%]]. Hồ sơ đang giải quyết: [[motCuaVp.dangGiaiQuyet|04]] hồ sơ, chiếm [[motCuaVp.tyLeDangGiaiQuyet|4,94%]].",
  "c) Kết quả tham mưu thực hiện công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính (TTHC)",
  "Văn phòng đã tham mưu với Chủ tịch UBND tỉnh ban hành Quyết định số 217/QĐ-UBND ngày 26/01/2026… Theo đó, đề ra [[ksthc.soNhom|09]] nhóm công việc và [[ksthc.soNhiemVu|32]] nhiệm vụ cụ thể gồm: [[ksthc.nhomCongViec|Công tác chỉ đạo, điều hành, ban hành văn bản tổ chức thực hiện nhiệm vụ kiểm soát thủ tục hành chính; Tổ chức thực hiện nhiệm vụ Kiểm soát TTHC; thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC; Thực hiện TTHC trên môi trường điện tử; Cắt giảm, đơn giản hóa TTHC liên quan đến hoạt động sản xuất, kinh doanh theo Nghị quyết số 66/NQ-CP; Thông tin tuyên truyền về cải cách TTHC, Kiểm soát TTHC; Kiểm tra công tác kiểm soát TTHC; Tập huấn về nghiệp vụ kiểm soát TTHC và trao đổi học tập kinh nghiệm; Chế độ thông tin, Báo cáo công tác kiểm soát TTHC]].",
  "Văn phòng đã phối hợp với các sở, ngành thẩm tra, trình Chủ tịch UBND tỉnh ban hành [[ksthc.soQuyetDinhCongBo|61]] Quyết định công bố danh mục TTHC và phê duyệt quy trình nội bộ giải quyết TTHC thuộc phạm vi chức năng quản lý của các sở…",
  "* Tiếp nhận, xử lý phản ánh, kiến nghị về quy định TTHC: Trong quý, các cơ quan, đơn vị trên địa bàn tỉnh đã nghiêm túc triển khai thực hiện việc tiếp nhận phản ánh kiến nghị trên môi trường điện tử tại hệ thống PAKN của Văn phòng Chính phủ trong quý I/2026 đã tiếp nhận và xử lý [[ksthc.soPhanAnh|70]] phản ánh kiến nghị.",
  "Các cơ quan chuyên môn trên địa bàn tỉnh đã thực hiện nghiêm túc, kịp thời việc tham mưu công bố danh mục TTHC… Kết quả, đã tham mưu cho Chủ tịch UBND tỉnh ban hành [[ksthc.soQuyetDinhCongBo|61]] Quyết định công bố danh mục TTHC.",
  "* Tiếp nhận và giải quyết thủ tục hành chính: Tại Trung tâm phục vụ Hành chính công tỉnh tính từ ngày [[hcc.tuNgay|15/12/2025]] đến ngày [[hcc.denNgay|03/3/2026]]: Đã tiếp nhận và giải quyết [[hcc.tiepNhan|9.780]] hồ sơ thủ tục hành chính, trong đó đã giải quyết [[hcc.daGiaiQuyet|7.766]] hồ sơ chiếm [[hcc.tyLeDaGiaiQuyet|79,41%]] (trong đó [[hcc.truocHan|7.613]] hồ sơ trả trước hạn, [[hcc.dungHan|15]] hồ đúng hạn, [[hcc.rutTraLai|109]] hồ sơ rút và trả lại); [[hcc.treHan|130]] hồ sơ trễ và quá hạn, chiếm [[hcc.tyLeTreHan|1,67%]], đang giải quyết [[hcc.dangGiaiQuyet|960]] hồ sơ, chiếm [[hcc.tyLeDangGiaiQuyet|9,7%]].",
  "3. Kết quả xây dựng và tổ chức Hội nghị đối thoại trực tiếp giữa người đứng đầu Văn phòng với nhân dân, với công chức, viên chức và người lao động",
  "Ngày 18/12/2025, Văn phòng đã tổ chức Hội nghị đối thoại trực tiếp người đứng đầu cơ quan Văn phòng với công chức, viên chức, người lao động thuộc Văn phòng năm 2026; Tại hội nghị, Văn phòng [[doiThoai.soYKien|không]] nhận được ý kiến đề nghị của công chức, viên chức, người lao động. …",
  "4. Kết quả thực hiện công tác tiếp dân, xử lý đơn thư, khiếu nại, tố cáo",
  "Tính đến thời điểm báo cáo, Văn phòng [[khieuNai.soDon|không]] nhận được đơn thư, khiếu nại, tố cáo và công dân đến khiếu nại, tố cáo đối với cán bộ, công chức, viên chức và người lao động trực thuộc Văn phòng.",
  "V. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2026",
  "4. Tiếp tục nâng cao chất lượng giải quyết thủ tục hành chính đối với các tổ chức, doanh nghiệp và nhân dân tại Trung tâm Phục vụ hành chính công tỉnh.",
  "Văn phòng UBND tỉnh trân trọng báo cáo Sở Nội vụ./.",
  "CHÁNH VĂN PHÒNG",
  "Trần Bình Minh",
];

/** Markup uses field ids without the prefix; the title is the field's label, as the add-in would set it. */
function titleOf(tag: string): string {
  const field = REPORT.byId.get(tag);
  if (!field) throw new Error(`Seed document: unknown field ${tag}`);
  return field.label;
}

export function seedParagraphs(): SimParagraph[] {
  return SEED_MARKUP.map((markup) => parseMarkup(markup.replace(/\[\[(?!bcdc:)/g, "[[bcdc:"), titleOf));
}

/** The same report as a clerk typed it before the add-in: every figure plain text, no control (index.html?plain). */
export function plainParagraphs(): SimParagraph[] {
  return SEED_MARKUP.map((markup) => ({ runs: [markup.replace(/\[\[[^|\]]+\|([^\]]*)\]\]/g, "$1")] }));
}
