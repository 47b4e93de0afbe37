/**
 * A name in a list followed by the short name the report will use for it, «Trung tâm Phục vụ hành chính công tỉnh
 * (sau đây viết tắt là Trung tâm PVHCC)», «Nhà khách tỉnh (gọi tắt là Nhà khách)», «… (viết tắt: TTPVHCC)»: the
 * bracket is the report's own note, not part of the unit's name the form lists.
 */
const SHORT_NAME = /[ \t]*\([ \t]*(?:sau đây[ \t]+)?(?:(?:được[ \t]+)?(?:gọi|viết)[ \t]+tắt|gọi[ \t]+chung)(?:[ \t]+là|[ \t]*:)?[^()]*\)[ \t]*$/iu;

export function withoutShortName(item: string): string {
  return item.replace(SHORT_NAME, "");
}
