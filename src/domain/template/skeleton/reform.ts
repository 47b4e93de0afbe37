/**
 * Section III.2–4: administrative reform, dialogue, complaints. The reference gives b) and c) the same heading though
 * b) reports the office's own one-stop desk; b) is named for what it reports.
 */
import type { Block } from "../types";
import { body, f, h2, h3, it } from "./build";

export const SECTION_III_2_4: Block[] = [
  h2`Việc triển khai thực hiện công tác cải cách hành chính`,
  h3`Ban hành các văn bản chỉ đạo, điều hành về cải cách hành chính`,
  body`Công tác chỉ đạo, điều hành hoạt động của Văn phòng nói chung, công tác cải cách hành chính nói riêng của Văn phòng tiếp tục được đổi mới về nội dung, phương pháp và có nhiều chuyển biến tích cực. Công tác chỉ đạo, điều hành trong quý ${f("ky.quy")} năm ${f("ky.nam")} tập trung vào các hoạt động: …`,

  h3`Kết quả tiếp nhận và giải quyết thủ tục hành chính tại Bộ phận một cửa của Văn phòng`,
  body`Bộ phận một cửa Văn phòng: Tiếp nhận ${f("motCuaVp.tiepNhan")} hồ sơ, đã giải quyết, trả kết quả ${f("motCuaVp.daGiaiQuyet")} hồ sơ, chiếm ${f("motCuaVp.tyLeDaGiaiQuyet")}; trong đó, trả sớm hạn: ${f("motCuaVp.traSom")} hồ sơ, chiếm ${f("motCuaVp.tyLeTraSom")}, trả đúng hạn: ${f("motCuaVp.dungHan")} hồ sơ, chiếm ${f("motCuaVp.tyLeDungHan")}. Hồ sơ đang giải quyết: ${f("motCuaVp.dangGiaiQuyet")} hồ sơ, chiếm ${f("motCuaVp.tyLeDangGiaiQuyet")}.`,

  h3`Kết quả tham mưu thực hiện công tác kiểm soát thủ tục hành chính, triển khai cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính (TTHC)`,
  body`Văn phòng đã tham mưu với Chủ tịch UBND tỉnh ban hành kế hoạch kiểm soát thủ tục hành chính trên địa bàn tỉnh năm ${f("ky.nam")}. Theo đó, đề ra ${f("ksthc.soNhom")} nhóm công việc và ${f("ksthc.soNhiemVu")} nhiệm vụ cụ thể gồm: ${f("ksthc.nhomCongViec")}.`,
  body`Văn phòng đã phối hợp với các sở, ngành thẩm tra, trình Chủ tịch UBND tỉnh ban hành ${f("ksthc.soQuyetDinhCongBo")} Quyết định công bố danh mục TTHC và phê duyệt quy trình nội bộ giải quyết TTHC thuộc phạm vi chức năng quản lý của các sở.`,
  body`${it("* Tiếp nhận, xử lý phản ánh, kiến nghị về quy định TTHC:")} Trong quý ${f("ky.quy")}/${f("ky.nam")}, các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận và xử lý ${f("ksthc.soPhanAnh")} phản ánh kiến nghị trên hệ thống PAKN của Văn phòng Chính phủ.`,
  body`${it("* Tiếp nhận và giải quyết thủ tục hành chính:")} Tại Trung tâm phục vụ Hành chính công tỉnh tính từ ngày ${f("hcc.tuNgay")} đến ngày ${f("hcc.denNgay")}: Đã tiếp nhận ${f("hcc.tiepNhan")} hồ sơ thủ tục hành chính, trong đó đã giải quyết ${f("hcc.daGiaiQuyet")} hồ sơ chiếm ${f("hcc.tyLeDaGiaiQuyet")} (${it("trong đó")} ${f("hcc.truocHan")} ${it("hồ sơ trả trước hạn,")} ${f("hcc.dungHan")} ${it("hồ sơ đúng hạn,")} ${f("hcc.rutTraLai")} ${it("hồ sơ rút và trả lại")}); ${f("hcc.treHan")} hồ sơ trễ và quá hạn, chiếm ${f("hcc.tyLeTreHan")}, đang giải quyết ${f("hcc.dangGiaiQuyet")} hồ sơ, chiếm ${f("hcc.tyLeDangGiaiQuyet")}.`,

  h2`Kết quả xây dựng và tổ chức Hội nghị đối thoại trực tiếp giữa người đứng đầu Văn phòng với nhân dân, với công chức, viên chức và người lao động`,
  body`Văn phòng đã tổ chức Hội nghị đối thoại trực tiếp người đứng đầu cơ quan Văn phòng với công chức, viên chức, người lao động thuộc Văn phòng; tại hội nghị, Văn phòng ${f("doiThoai.soYKien")} nhận được ý kiến đề nghị của công chức, viên chức, người lao động.`,

  h2`Kết quả thực hiện công tác tiếp dân, xử lý đơn thư, khiếu nại, tố cáo`,
  body`Tính đến thời điểm báo cáo, Văn phòng ${f("khieuNai.soDon")} nhận được đơn thư, khiếu nại, tố cáo và công dân đến khiếu nại, tố cáo đối với cán bộ, công chức, viên chức và người lao động trực thuộc Văn phòng.`,
];
