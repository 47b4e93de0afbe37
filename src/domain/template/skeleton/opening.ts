/** The header, the document's name and summary, the opening paragraph and section I (Đặc điểm, tình hình). */
import type { Block } from "../types";
import { body, f, h1, it, summary } from "./build";

export const HEADER: Block[] = [
  { role: "governingBody", runs: [{ setting: "governingBody" }] },
  { role: "officeName", runs: [{ setting: "officeName" }] },
  { role: "symbol", runs: [{ setting: "symbol" }] },
  { role: "nationalName", runs: [{ text: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" }] },
  { role: "motto", runs: [{ text: "Độc lập - Tự do - Hạnh phúc" }] },
  { role: "placeDate", runs: [{ setting: "placeDate" }] },
];

/*
 * The reference writes "quý I; Nhiệm vụ trọng tâm quý II năm 2026", letting one year serve both quarters. That is
 * wrong for a fourth quarter (the next quarter falls in the next year), so each quarter carries its own year.
 */
export const TITLE: Block[] = [
  { role: "docType", runs: [{ text: "BÁO CÁO" }] },
  summary`Kết quả thực hiện công tác dân chủ quý ${f("ky.quy")} năm ${f("ky.nam")};`,
  summary`nhiệm vụ trọng tâm quý ${f("ky.quySau")} năm ${f("ky.namQuySau")}`,
];

export const OPENING: Block[] = [
  body`Thực hiện Công văn số 4963/UBND-NC ngày 30/8/2025 của Chủ tịch UBND tỉnh về việc triển khai thực hiện Quy chế dân chủ ở cơ sở. Văn phòng UBND tỉnh báo cáo kết quả thực hiện công tác dân chủ quý ${f("ky.quy")} năm ${f("ky.nam")} (số liệu tính từ ngày ${f("ky.tuNgay")} đến ngày ${f("ky.denNgay")}); nhiệm vụ trọng tâm quý ${f("ky.quySau")} năm ${f("ky.namQuySau")} cụ thể như sau:`,
];

export const SECTION_I: Block[] = [
  h1`ĐẶC ĐIỂM, TÌNH HÌNH`,
  body`Văn phòng UBND tỉnh là cơ quan thuộc UBND tỉnh có chức năng tham mưu, giúp UBND tỉnh, Chủ tịch UBND tỉnh, các Phó Chủ tịch UBND tỉnh (${it("Lãnh đạo UBND tỉnh")}) chỉ đạo điều hành nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng, an ninh trên địa bàn tỉnh theo thẩm quyền. Tổng biên chế của Văn phòng đang quản lý năm ${f("bienChe.nam")}: Công chức được giao là ${f("bienChe.congChucGiao")}, đang thực hiện ${f("bienChe.congChucThucHien")}; Biên chế sự nghiệp ${f("bienChe.suNghiepGiao")}, đang thực hiện ${f("bienChe.suNghiepThucHien")}; Hợp đồng ${f("bienChe.hopDong")}. Tổng số viên chức hai đơn vị sự nghiệp công lập trực thuộc (${it("Nhà khách Thanh Xuân - Hà Nội, Nhà khách UBND tỉnh")} ${f("bienChe.vienChucNhaKhach")} ${it("người")}) đã thực hiện tự chủ tài chính 100%, tự trang trải kinh phí hoạt động.`,
  body`Về trình độ chuyên môn: Tiến sỹ: ${f("trinhDo.tienSi")} cán bộ; Thạc sỹ: ${f("trinhDo.thacSi")}; Đại học: ${f("trinhDo.daiHoc")}.`,
  body`Về trình độ lý luận chính trị: Cử nhân chính trị: ${f("llct.cuNhan")} đồng chí; Cao cấp lý luận chính trị: ${f("llct.caoCap")} đồng chí; Trung cấp lý luận chính trị - hành chính: ${f("llct.trungCap")} đồng chí (${it("đang học")} ${f("llct.dangHoc")} ${it("đồng chí")}).`,
  body`Lãnh đạo Văn phòng gồm Chánh Văn phòng và ${f("lanhDao.soPhoChanh")} Phó Chánh Văn phòng (${it("trong đó,")} ${f("lanhDao.kiemNhiem")} ${it("đồng chí kiêm nhiệm Giám đốc Trung tâm phục vụ hành chính công")}).`,
  body`Văn phòng có ${f("toChuc.so")} tổ chức trực thuộc, gồm: ${f("toChuc.danhSach")} và ${f("donViSuNghiep.so")} đơn vị sự nghiệp: ${f("donViSuNghiep.danhSach")}.`,
];
