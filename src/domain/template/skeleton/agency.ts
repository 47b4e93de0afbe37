/** Section III.1: democracy inside the office (staff, training, transfers, allowances, meetings, anti-corruption). */
import type { Block } from "../types";
import { body, f, h1, h2, h3, it } from "./build";

export const SECTION_III_1: Block[] = [
  h1`THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN`,
  h2`Việc sử dụng, đào tạo bồi dưỡng cán bộ, công chức, viên chức, việc điều động, bổ nhiệm, bổ nhiệm lại, luân chuyển, biệt phái cán bộ, công chức; việc thực hiện chế độ chính sách đối với công chức, viên chức và người lao động`,
  h3`Sử dụng và quản lý công chức, viên chức`,
  body`Việc đánh giá quản lý công chức, viên chức của Văn phòng được thực hiện thống nhất theo quy định của Luật Cán bộ, công chức và Luật Viên chức. Năm ${f("bienChe.nam")}, Văn phòng được giao: ${f("bienChe.congChucGiao")} biên chế, đang thực hiện: ${f("bienChe.congChucThucHien")}; biên chế sự nghiệp: ${f("bienChe.suNghiepGiao")}, đang thực hiện: ${f("bienChe.suNghiepThucHien")}; Hợp đồng: ${f("bienChe.hopDong")}; biệt phái viên chức: ${f("bienChe.bietPhai")}. Tổng số viên chức hai đơn vị sự nghiệp công lập trực thuộc (${it("Nhà khách Thanh Xuân - Hà Nội, Nhà khách UBND tỉnh:")} ${f("bienChe.vienChucNhaKhach")} ${it("người")}) đã thực hiện tự chủ tài chính 100%, tự trang trải kinh phí hoạt động.`,
  body`Văn phòng luôn thực hiện nghiêm túc, công khai, minh bạch các quy định về quản lý công chức, viên chức trong tất cả các khâu: tuyển dụng, tiếp nhận, điều động, đánh giá, quy hoạch, bổ nhiệm, chuyển ngạch, nâng ngạch và thực hiện chế độ, chính sách đối với công chức, viên chức.`,

  h3`Đào tạo, bồi dưỡng cán bộ, công chức`,
  body`Công tác đào tạo bồi dưỡng cán bộ, công chức của Văn phòng UBND tỉnh thường xuyên được quan tâm đổi mới, tạo mọi điều kiện cho cán bộ, công chức được học tập nâng cao trình độ về mọi mặt.`,

  h3`Điều động, luân chuyển, biệt phái`,
  body`- Điều động: Trong quý, Văn phòng đã phối hợp thực hiện quy trình điều động và bổ nhiệm ${f("dieuDong.den")} đồng chí về công tác tại Văn phòng; phối hợp thực hiện quy trình điều động, luân chuyển ${f("dieuDong.di")} đồng chí nhận công tác tại cơ quan khác.`,
  body`- Tiếp nhận công chức: ${f("tiepNhan.congChuc")}.`,
  body`- Bổ nhiệm: Bổ nhiệm ${f("boNhiem.truongPhong")} Trưởng phòng; ${f("boNhiem.phoPhong")} Phó trưởng phòng (${f("boNhiem.phoPhongTHKT")} ${it("Phó Trưởng phòng Tổng hợp - Kinh tế;")} ${f("boNhiem.phoPhongKGVX")} ${it("Phó trưởng phòng Khoa giáo - Văn xã")}).`,
  body`- Luân chuyển: Luân chuyển ${f("luanChuyen.congChuc")} công chức giữa các phòng; ${f("luanChuyen.tongHop")} chuyên viên thuộc phòng Tổng hợp và ${f("luanChuyen.kinhTe")} chuyên viên phòng Kinh tế về phòng Tổng hợp - Kinh tế (${it("do thực hiện sáp nhập phòng")}).`,
  body`- Biệt phái: Hoàn thiện quy trình và trình xin biệt phái ${f("bietPhai.trinhXin")} viên chức.`,

  h3`Việc thực hiện chế độ chính sách đối với cán bộ, công chức`,
  body`Văn phòng đã triển khai thực hiện tốt công tác khen thưởng và các chế độ chính sách đối với cán bộ, công chức, viên chức như: Trong quý, Văn phòng đã ban hành Quyết định nâng lương trước thời hạn đối với ${f("cheDo.nangLuongTruocHan")} công chức có thành tích trong quá trình công tác.`,

  h3`Việc tổ chức các cuộc họp giao ban định kỳ của cơ quan Văn phòng`,
  body`Văn phòng duy trì và thực hiện tốt Quy chế họp giao ban của Văn phòng UBND tỉnh. Trong quý, Văn phòng đã tổ chức ${f("giaoBan.soCuoc")} cuộc giao ban giữa Lãnh đạo UBND tỉnh, Lãnh đạo Văn phòng với Lãnh đạo, chuyên viên các phòng, đơn vị trực thuộc Văn phòng.`,

  h3`Việc tổ chức hội nghị cán bộ, công chức`,
  body`Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ ban hành quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở. Văn phòng UBND tỉnh tổ chức Hội nghị cán bộ, công chức, viên chức cơ bản đảm bảo theo quy định.`,

  h3`Công tác phòng, chống tham nhũng`,
  body`Văn phòng đã ban hành Kế hoạch số …/KH-VPUB ngày … về công tác phòng, chống tham nhũng, tiêu cực năm ${f("ky.nam")}. Hàng tháng, Văn phòng thực hiện chế độ báo cáo gửi Thanh tra tỉnh theo quy định.`,
  body`Tính đến thời điểm báo cáo, tại cơ quan Văn phòng chưa phát hiện và ${f("thamNhung.soBiXuLy")} cán bộ, công chức, viên chức và người lao động bị xử lý vì có hành vi tham nhũng.`,
];
