import type { SectionDef } from "../types";

/**
 * The report's sections in its own order, numbered as a correct report numbers them. The reference report
 * repeats "II." for the agency's own democracy section; here it is III and the rest follow (IV, V, VI).
 */
export const TOP_SECTIONS: readonly SectionDef[] = [
  { id: "ky", number: "", title: "Kỳ báo cáo" },
  { id: "I", number: "I", title: "Đặc điểm, tình hình" },
  { id: "II", number: "II", title: "Kết quả triển khai thực hiện" },
  { id: "III", number: "III", title: "Thực hiện dân chủ trong hoạt động của cơ quan" },
  { id: "IV", number: "IV", title: "Kết quả thực hiện phong trào thi đua \"Dân vận khéo\"" },
  { id: "V", number: "V", title: "Đánh giá chung" },
  { id: "VI", number: "VI", title: "Nhiệm vụ trọng tâm quý sau" },
];

/** The subsections that hold figures; a field's `section` is one of these ids. */
export const SECTIONS: readonly SectionDef[] = [
  { id: "ky", number: "", title: "Kỳ báo cáo và ngày chốt số liệu" },
  { id: "I", number: "I", title: "Biên chế, trình độ, lãnh đạo, tổ chức" },
  { id: "II.3", number: "II.3", title: "Kiểm tra, giám sát" },
  { id: "II.4", number: "II.4", title: "Phong trào thi đua, khen thưởng" },
  { id: "II.5", number: "II.5", title: "Công tác an sinh xã hội" },
  { id: "III.1.a", number: "III.1.a", title: "Sử dụng và quản lý công chức, viên chức" },
  { id: "III.1.c", number: "III.1.c", title: "Điều động, bổ nhiệm, luân chuyển, biệt phái" },
  { id: "III.1.d", number: "III.1.d", title: "Chế độ chính sách" },
  { id: "III.1.đ", number: "III.1.đ", title: "Họp giao ban" },
  { id: "III.1.g", number: "III.1.g", title: "Phòng, chống tham nhũng" },
  { id: "III.2.b", number: "III.2.b", title: "Bộ phận một cửa của Văn phòng" },
  { id: "III.2.c", number: "III.2.c", title: "Kiểm soát thủ tục hành chính" },
  { id: "III.2.c.hcc", number: "III.2.c", title: "Trung tâm Phục vụ hành chính công tỉnh" },
  { id: "III.3", number: "III.3", title: "Đối thoại trực tiếp" },
  { id: "III.4", number: "III.4", title: "Tiếp dân, đơn thư, khiếu nại, tố cáo" },
];

/** The top-level section a subsection belongs to ("III.2.c.hcc" → "III"). */
export function topSectionOf(sectionId: string): string {
  return sectionId.split(".")[0]!;
}
