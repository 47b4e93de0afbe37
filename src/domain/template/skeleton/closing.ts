/** Sections IV–VI, the closing sentence, "Nơi nhận" and the signature. */
import type { Block } from "../types";
import { body, f, h1, it } from "./build";

export const SECTIONS_IV_VI: Block[] = [
  h1`KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA "DÂN VẬN KHÉO"`,
  body`Hàng năm, Văn phòng duy trì triển khai mô hình, điển hình "${it("Dân vận khéo")}" đảm bảo tính trung thực, có sức lan tỏa và khả năng nhân rộng.`,

  h1`ĐÁNH GIÁ CHUNG`,
  body`Việc triển khai thực hiện công tác dân chủ của Văn phòng luôn nhận được sự quan tâm chỉ đạo sát sao của Đảng ủy và Lãnh đạo UBND tỉnh tạo được sự chuyển biến tích cực về nhận thức và hành động cụ thể trong đội ngũ cán bộ, công chức, viên chức và người lao động.`,

  h1`NHIỆM VỤ TRỌNG TÂM QUÝ ${f("ky.quySau")} NĂM ${f("ky.namQuySau")}`,
  body`1. Tiếp tục đẩy mạnh tuyên truyền, phổ biến và triển khai thực hiện các văn bản của Trung ương, của Tỉnh ủy, UBND tỉnh và của Văn phòng về công tác dân chủ.`,
  body`2. Tiếp tục gắn việc thực hiện tốt quy chế làm việc, quy chế công khai tài chính, quy chế chi tiêu nội bộ và quản lý sử dụng tài sản công và các quy chế khác có liên quan đến hoạt động của cơ quan Văn phòng.`,
  body`3. Thực hiện có hiệu quả công tác kiểm tra, giám sát đối với việc thực hiện quy chế dân chủ đối với phòng, đơn vị theo kế hoạch.`,
  body`4. Tiếp tục nâng cao chất lượng giải quyết thủ tục hành chính đối với các tổ chức, doanh nghiệp và nhân dân tại Trung tâm Phục vụ hành chính công tỉnh.`,
  body`Văn phòng UBND tỉnh trân trọng báo cáo Sở Nội vụ./.`,
];

export const SIGNATURE: Block[] = [
  { role: "recipientsTitle", runs: [{ text: "Nơi nhận:" }] },
  { role: "recipient", runs: [{ setting: "recipients" }] },
  { role: "signerTitle", runs: [{ setting: "signerTitle" }] },
  { role: "signerName", runs: [{ setting: "signerName" }] },
];
