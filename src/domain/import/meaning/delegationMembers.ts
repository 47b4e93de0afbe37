/**
 * The people of a delegation are counted with it: «(tháng trước: 01 đoàn, 09 người)», «01 đoàn/14 người». Such a
 * number of people is the delegations' members, not the people received in the period, which count every citizen
 * who came (the report counts a crowd's delegation apart). Language knowledge only: no field is named.
 */

/**
 * A count of delegations right before the number, joined to it: «01 đoàn, », «01 đoàn/», «02 đoàn với ». A bracket
 * after «đoàn đông người (» is left to the other rules: it may say which people of the period's came in it.
 */
const AFTER_DELEGATIONS = /(?<![\d.])\d{1,3}[ \u00a0]+đoàn(?:[ \u00a0]+đông[ \u00a0]+người)?[ \u00a0]*(?:,|\/|với|gồm|có)[ \u00a0]*$/iu;

/** The number starting at `start` counts the members of the delegations counted right before it. */
export function delegationMembers(text: string, start: number): boolean {
  return AFTER_DELEGATIONS.test(text.slice(Math.max(0, start - 40), start));
}

/** A figure about delegations themselves («Số đoàn đông người»): the members may be its own. */
export function aboutDelegations(words: string): boolean {
  return /(?<![\p{L}])đoàn(?![\p{L}])/iu.test(words);
}
