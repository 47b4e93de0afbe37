/**
 * Section II (Kết quả triển khai thực hiện). Citations whose number and date change every year are left as "…" for
 * the clerk: a template that repeated last year's plan number would be wrong in a way nobody notices.
 */
import type { Block } from "../types";
import { body, f, h1, h2 } from "./build";

export const SECTION_II: Block[] = [
  h1`KẾT QUẢ TRIỂN KHAI THỰC HIỆN`,
  h2`Quán triệt các văn bản chỉ đạo thực hiện công tác dân chủ`,
  body`Trong quý, để thực hiện tốt công tác dân chủ ở cơ sở Đảng ủy và Lãnh đạo Văn phòng đã thường xuyên quan tâm chỉ đạo, quán triệt, triển khai các văn bản như: Luật, Nghị định, Nghị quyết, Chỉ thị, Kết luận của Trung ương, của Tỉnh ủy và của UBND tỉnh về thực hiện công tác dân chủ ở cơ sở tới toàn thể đảng viên, cán bộ, công chức, viên chức và người lao động.`,
  body`Đảng ủy Văn phòng quan tâm chỉ đạo tốt việc tuyên truyền, phổ biến các văn bản chỉ đạo của Trung ương, Tỉnh ủy và UBND tỉnh về thực hiện công tác dân chủ nhằm nâng cao nhận thức của cán bộ, công chức, viên chức và người lao động về công tác dân chủ ở cơ sở. 100% đảng viên, cán bộ, công chức, viên chức và người lao động thuộc Văn phòng được nghe phổ biến, quán triệt Luật Thực hiện dân chủ ở cơ sở và các văn bản của cấp trên về công tác dân chủ ở cơ sở.`,

  h2`Việc ban hành văn bản chỉ đạo triển khai về công tác dân chủ`,
  body`Trong quý, Văn phòng đã ban hành văn bản chỉ đạo triển khai thực hiện công tác dân chủ cụ thể như sau: Kế hoạch số …/KH-VPUB ngày … thực hiện công tác dân vận, dân chủ năm ${f("ky.nam")}.`,

  h2`Công tác kiểm tra, giám sát việc thực hiện dân chủ đối với các phòng, đơn vị`,
  body`Văn phòng dự kiến sẽ ban hành kế hoạch kiểm tra việc thực hiện công tác dân chủ đối với ${f("kiemTra.soDonVi")} đơn vị thuộc Văn phòng trong quý ${f("ky.quy")} năm ${f("ky.nam")}.`,

  h2`Việc phát động phong trào thi đua gắn với thực hiện công tác dân chủ`,
  body`Trong quý, Văn phòng đã ban hành các văn bản chỉ đạo triển khai công tác thi đua, khen thưởng đảm bảo phù hợp, kịp thời, nội dung bám sát các văn bản của cấp trên hướng dẫn.`,
  body`Kết quả: Tham mưu hoàn thiện hồ sơ đề nghị Thủ tướng Chính phủ tặng Bằng khen đối với ${f("khenThuong.bangKhenTTg")} cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ công tác; ${f("khenThuong.daiHoiXIV")} cá nhân có thành tích xuất sắc trong triển khai thực hiện Đợt thi đua Lập thành tích chào mừng Đại hội lần thứ XIV của Đảng; Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen đối với ${f("khenThuong.pccc")} cá nhân có thành tích xuất sắc trong triển khai phong trào thi đua “Toàn dân tham gia phòng cháy, chữa cháy và cứu nạn, cứu hộ”; ${f("khenThuong.hdndTapThe")} tập thể và ${f("khenThuong.hdndCaNhan")} cá nhân có nhiều thành tích trong các hoạt động của Hội đồng nhân dân tỉnh; Đề nghị Giám đốc Công an tỉnh tặng Giấy khen đối với ${f("khenThuong.congAn")} cá nhân có thành tích xuất sắc trong thực hiện phong trào toàn dân Bảo vệ an ninh Tổ quốc.`,

  h2`Công tác an sinh xã hội`,
  body`Trong quý, Văn phòng đã tham mưu với UBND tỉnh ban hành ${f("anSinh.soVanBan")} văn bản triển khai thực hiện trợ giúp gạo thiếu đói dịp Tết Nguyên đán và giáp hạt, tặng quà cho hộ nghèo, hộ cận nghèo năm ${f("ky.nam")}. Văn phòng được phân công giúp đỡ ${f("anSinh.soXa")} xã (${f("anSinh.tenXa")}).`,

  h2`Công tác sơ kết, tổng kết`,
  body`Công tác sơ kết, tổng kết được lãnh đạo Văn phòng chỉ đạo triển khai thực hiện nghiêm túc và đúng quy định.`,
  body`Chế độ thông tin, báo cáo thường xuyên và đột xuất về công tác dân chủ đối với cơ quan có thẩm quyền đảm bảo đầy đủ và đúng thời gian.`,
];
