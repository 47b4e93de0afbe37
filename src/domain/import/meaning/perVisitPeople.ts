/**
 * «60 lượt/84 lượt người», «tiếp 02 lượt/13 lượt người»: «lượt người» is how inspectorates count the people received
 * (a person counted once per visit), a count of people, not of visits. Read from the raw text, the two words
 * written side by side right after the number: «86 lượt/127 người» says «lượt» of 86 and «người» of 127, and the
 * syllables read past the slash would join them.
 */
const PER_VISIT = /^[ \u00a0]+lượt[ \u00a0]+người(?![\p{L}\p{M}])/iu;
/** «02 lượt đoàn đông người»: delegations counted the same way, a count of delegations. */
const DELEGATIONS_PER_VISIT = /^[ \u00a0]+lượt[ \u00a0]+đoàn(?![\p{L}\p{M}])/iu;

/** The number ending at `end` is followed by «lượt người». */
export function countsPeoplePerVisit(text: string, end: number): boolean {
  return PER_VISIT.test(text.slice(end, end + 24).normalize("NFC"));
}

/** The number ending at `end` is followed by «lượt đoàn». */
export function countsDelegationsPerVisit(text: string, end: number): boolean {
  return DELEGATIONS_PER_VISIT.test(text.slice(end, end + 24).normalize("NFC"));
}

/** What such a number counts, as the engine's units name it. */
export const PEOPLE_PER_VISIT_UNIT = "người";

/**
 * A wording's «{N} người» (the figure counts people) read as «{N} lượt người» as well, «{N} đoàn» as «{N} lượt đoàn»: the form's author wrote the
 * people one way, inspectorates write them the other. Only the figure's own unit: «{n} người» is another figure's.
 */
export function peoplePerVisitToo(wording: string): string {
  return wording.replace(/\{N\} (người|đoàn)(?![\p{L}\p{M}])/gu, "{N} (?:lượt )?$1");
}
