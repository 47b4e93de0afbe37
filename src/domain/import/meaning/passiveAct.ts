/**
 * What befell the people counted, said after who they are: «Hiện có 02 viên chức của Trung tâm Tin học - Công báo
 * được biệt phái về …», «03 công chức của Văn phòng được nâng lương trước thời hạn». A count that is the subject of
 * a passive «được / bị + act» is a count of that act, however long the name of whose people they are: the act is
 * as near to the number as its own words, though the name pushed it past their reach.
 * Only within the number's clause, with no other number between.
 */
import { syllables } from "./words";

/** How far after the number the act may be said, and how many of its syllables name it. */
const REACH = 100;
const ACT_SYLLABLES = 3;
/** «được / bị + act», and «đang biệt phái» (seconded now: «02 viên chức của Nhà khách … đang biệt phái sang …»). */
const PASSIVE = /(?<![\p{L}\p{M}])(?:được|bị|đang(?=\s+biệt\s+phái))\s+((?:[\p{L}\p{M}]+\s*){1,3})/u;

/** The act's syllables (at most three, «biệt phái về»), or none when the number is no passive's subject. */
export function passiveActWords(text: string, end: number, clauseTo: number): string[] {
  const after = text.slice(end, Math.min(clauseTo, end + REACH));
  const stop = after.search(/[\d.;:()\n]/u);
  const own = stop === -1 ? after : after.slice(0, stop);
  // «02 viên chức được …»: the number's own words, which describe it already; and a comma ends the subject.
  const act = PASSIVE.exec(own);
  if (act === null || own.slice(0, act.index).includes(",")) return [];
  return syllables(act[1]!).slice(0, ACT_SYLLABLES);
}

/** Acts that befall staff and are figures of their own: a count they befell is theirs, not a head count's. */
const STAFF_ACTS = ["biệt phái", "điều động", "luân chuyển", "nâng lương", "bổ nhiệm", "kỷ luật", "xử lý"];

/**
 * The staff act the count ending at `end` is the subject of («02 viên chức của Nhà khách Tỉnh ủy đang biệt phái sang
 * Phòng Quản trị»: «biệt phái»), or null. The number's own: read once per number, asked by every figure.
 */
export function staffActOf(text: string, end: number, clauseTo: number): string | null {
  const act = passiveActWords(text, end, clauseTo).slice(0, 2).join(" ");
  return STAFF_ACTS.includes(act) ? act : null;
}

/** A staff act the figure's words (`own`, lower case) do not name: the seconded two are no head count of the guest house. */
export function otherStaffAct(own: string, act: string | null): boolean {
  return act !== null && !own.includes(act);
}
