/**
 * A name in a list followed by the short name the report will use for it, «Trung tâm Phục vụ hành chính công tỉnh
 * (sau đây viết tắt là Trung tâm PVHCC)», «Nhà khách tỉnh (gọi tắt là Nhà khách)», «… (viết tắt: TTPVHCC)»: the
 * bracket is the report's own note, not part of the unit's name the form lists.
 */
const SHORT_NAME = /[ \t]*\([ \t]*(?:sau đây[ \t]+)?(?:(?:được[ \t]+)?(?:gọi|viết)[ \t]+tắt|gọi[ \t]+chung)(?:[ \t]+là|[ \t]*:)?[^()]*\)[ \t]*$/iu;

/**
 * «Phòng Nghiệp vụ 1 (thanh tra kinh tế - ngân sách)»: a bracket in lower case after a unit's name says what the unit
 * does, not what it is called (a name's own bracket is capitalised: «Nhà khách (Cơ sở 2)»).
 */
const REMIT = /[ \t]*\([ \t]*\p{Ll}[^()]*\)[ \t]*$/u;

export function withoutShortName(item: string): string {
  return item.replace(SHORT_NAME, "").replace(REMIT, "");
}
