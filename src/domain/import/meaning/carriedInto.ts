/**
 * «còn số hồ sơ đang trong thời hạn giải quyết được chuyển sang quý IV là 14 hồ sơ»: the period after «chuyển sang»
 * is where the files go on, not whose the count is. The count is this period's (the files pending at its end); named
 * before the number in a long subject, that later period must not make the number another period's (periodScope.ts).
 * Language knowledge only: no field is named.
 */

/** «(được) chuyển (tiếp) sang quý IV», «chuyển sang kỳ sau», «chuyển sang tháng 01/2026»: where the files are carried. */
const CARRIED_INTO = /(?<![\p{L}\p{M}])chuyển(?:[ \t]+tiếp)?[ \t]+sang[ \t]+(?:quý|tháng|kỳ|kì|năm)(?![\p{L}\p{M}])[^,;:()\d\n]{0,12}(?:[\dIVX]+(?:\/\d{4})?)?/giu;

/** `visible` (a sentence up to a number) with the periods files are carried into blank, same length. */
export function withoutCarriedInto(visible: string): string {
  return /chuyển/iu.test(visible) ? visible.replace(CARRIED_INTO, (m) => " ".repeat(m.length)) : visible;
}
