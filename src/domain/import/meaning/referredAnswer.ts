/**
 * «Việc nâng lương trước thời hạn: như báo cáo quý trước; nâng bậc lương thường xuyên cho 06 công chức»: a label
 * answered by a reference to another report (or «không thay đổi») is answered there, in words; the clause after its
 * «;» is the next matter, not an item of a list that label introduces. A list's introduction carries over its «;»
 * (candidates.ts) only when the colon opens figures, as in «Lý luận chính trị: cao cấp 18; trung cấp 41».
 */
const REFERRED =
  /^[\s,]*(?:(?:vẫn|cơ bản|về cơ bản)[\s,]+)?(?:(?:(?:giống|giống như|như|theo|xem)\s+(?:(?:nội dung|số liệu)\s+)?(?:(?:đã\s+)?(?:báo cáo|nêu|trình bày)\s+(?:ở|tại|trong)?\s*)?(?:(?:kỳ|kì|quý|tháng|năm|lần|đợt)\s+trước|(?:quý|kỳ|kì)\s+(?:I|II|III|IV)(?![\p{L}])|báo cáo\s+số(?![\p{L}])|phụ lục(?![\p{L}])))|không\s+thay\s+đổi|giữ\s+nguyên)/iu;

/** The words after a label's colon, up to its «;», answer it by pointing elsewhere: no figure is stated here. */
export function refersElsewhere(answer: string): boolean {
  return !/\d/u.test(answer) && REFERRED.test(answer);
}
