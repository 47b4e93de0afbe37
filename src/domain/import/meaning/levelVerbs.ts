/**
 * The verbs that open a bracket giving the level a change reached: «tăng 9,7% so với cùng kỳ (đạt 68 người …)»,
 * «giảm 8 hồ sơ so với quý I (còn 16 hồ sơ)», «(hiện có 41 người …)», «(nâng lên 68 người)». One list for the two
 * rules that read such a bracket, so that they never disagree on which bracket is a level: vetoText.ts (the bracket
 * is this period's figure, no earlier value) and levelAfterChange.ts (the level takes the change's subject).
 */
const LEVEL_VERBS: readonly string[] = ["đạt", "còn", "hiện có", "hiện còn", "lên", "nâng lên"];

/** The verbs as one regex alternative (none holds a character a regex reads as a pattern). */
export const LEVEL_VERB = `(?:${LEVEL_VERBS.join("|")})`;
