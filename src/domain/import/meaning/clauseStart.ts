/**
 * Where the clause holding `at` begins: read back from `at`, at most `reach` characters, to just after one of `stops`
 * or after a sentence's end («. »; the dot of «9.780» or «1.2.a» ends nothing). A scan, not a regex anchored at
 * `at`: such a regex tries every start in its reach, and the rules ask this for every number.
 */
export function clauseStart(text: string, at: number, reach: number, stops: string): number {
  let from = at;
  while (from > 0 && at - from < reach) {
    const before = text[from - 1]!;
    if (stops.includes(before) || (before === "." && /\s/.test(text[from] ?? ""))) break;
    from--;
  }
  return from;
}
