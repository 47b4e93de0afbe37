/**
 * A level written after its change: «thạc sĩ tăng 03 người so với quý trước, nâng tổng số lên 47 người», «đại học
 * giảm 02 người (…), còn 86 người», «viên chức hiện có tăng 04 người …, đạt 151 người». The subject before «tăng» /
 * «giảm» is what both numbers are about: the change takes the words «tăng 03» (candidates.ts `change`), the level the
 * subject. Without this the level's only words are «nâng tổng số lên», and the subject is left to the change. The
 * level is told by its verb after the change's comma; a subject is the words right before the change word, back to a
 * punctuation mark or a number: «Đã giải quyết 1.274 hồ sơ, tăng 31 hồ sơ …, đạt 95,07%» has none (the comma stands
 * right before «tăng»), and the share is left to what reads it beside its count. Language knowledge only.
 */
import { LEVEL_VERB } from "./levelVerbs";
import { syllables } from "./words";

type Span = { start: number; end: number };

/** The change's word right before a number: «tăng», «giảm». */
const CHANGE_BEFORE = /(?<![\p{L}])(?:tăng|giảm)(?:\s+thêm)?\s*$/iu;
/** After the change's own words, a comma and the verb that gives the level: «, đạt», «, còn», «, nâng tổng số lên». */
const LEVEL_AFTER = /^[^,;.:\n\d]*(?:\([^()\n\d]*\))?[^,;.:\n\d]*,\s*(?:và\s+)?(?:đạt|còn|lên|lên thành|nâng\s+(?:tổng\s+số\s+)?lên|tổng\s+số\s+là)\s*$/iu;
/** Or in a bracket opened after the change's own words: «tăng 9,7% so với cùng kỳ (đạt 68 người …)», «(hiện có 41 …». */
const LEVEL_BRACKETED = new RegExp(String.raw`^[^,;.:\n\d()]*\(\s*${LEVEL_VERB}\s*$`, "iu");
/** The subject ends back at a mark or a number. */
const SUBJECT = /(?:^|[,;:.()\n\t\d])([^,;:.()\n\t\d]{2,60})$/u;

/** The subject's syllables, when `token` is the level written after the change `previous`; [] otherwise. */
export function subjectOfChange(text: string, previous: Span | undefined, token: Span): string[] {
  if (previous === undefined) return [];
  const lead = text.slice(Math.max(0, previous.start - 80), previous.start);
  const change = CHANGE_BEFORE.exec(lead);
  const between = text.slice(previous.end, token.start);
  if (change === null || !(LEVEL_AFTER.test(between) || LEVEL_BRACKETED.test(between))) return [];
  const subject = SUBJECT.exec(lead.slice(0, change.index));
  return subject ? syllables(subject[1]!) : [];
}
