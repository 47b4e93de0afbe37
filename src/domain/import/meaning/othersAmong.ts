/**
 * «Trong số 31 trưởng thôn, bản có 09 người tốt nghiệp đại học, 17 người trình độ trung cấp lý luận chính trị» (921):
 * counts said among a group of people who are not the office's staff (village heads, members, pupils) are that
 * group's, not the office's levels, whatever their words. The office's own staff («trong số 41 cán bộ, công chức có
 * …») is the form's subject and stays. Language knowledge only: no field named.
 */
import type { Candidate } from "./candidates";
import type { FieldProfile } from "./profiles";

/** «Trong số 31 trưởng thôn, bản có », «trong tổng số 12 đảng viên thì có »: the group, up to its «có». */
const AMONG = /(?<![\p{L}])trong (?:tổng )?số[ \t]+\d+[ \t]+([\p{L}\p{M}][\p{L}\p{M} ,]{0,40}?)[ \t]*,?[ \t]*(?:thì[ \t]+)?(?:có|gồm)(?![\p{L}])/giu;
/** The office's own people: its staff as the form counts them. */
const OWN_STAFF = /^(?:cán bộ|công chức|viên chức|người lao động|đồng chí|người|biên chế|cbcc|cbccvc|ccvc|cc|vc|nlđ)(?![\p{L}])/iu;

export function othersAmong(text: string): (p: FieldProfile, c: Candidate) => boolean {
  const groups = [...text.matchAll(AMONG)].filter((m) => !OWN_STAFF.test(m[1]!.trim())).map((m) => ({ group: m[1]!.trim().toLowerCase(), end: m.index + m[0].length }));
  return (p, c) => {
    if (groups.length === 0 || c.token.kind !== "count") return false;
    const at = c.token.start;
    return groups.some((g) => {
      if (g.end > at) return false;
      const between = text.slice(g.end, at);
      // The same sentence: no full stop, semicolon or line break between the group's «có» and the number.
      return !/[.;\n]/u.test(between) && !p.field.label.toLowerCase().includes(g.group.split(/[ ,]/u)[0]!);
    });
  };
}
