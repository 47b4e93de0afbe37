/**
 * Runs of letters in a text, read by character codes: what /\p{L}+/gu (letters) or /[\p{L}\p{M}]+/gu (letters and
 * combining marks) would match. Recognition cuts every number's every piece of text into syllables, and toneless.ts
 * walks a whole report's: the regex's match objects were a tenth of recognition's time. Each code unit's class is
 * read once from the same regex class, so every script reads as the regex reads it (tests/…/syllableRuns).
 */

const CLASSES = { letters: /^\p{L}$/u, marks: /^[\p{L}\p{M}]$/u } as const;
export type RunKind = keyof typeof CLASSES;

/** Per UTF-16 code unit above ASCII: 0 not read yet, 1 in the class, 2 not. */
const KNOWN: Record<RunKind, Uint8Array> = { letters: new Uint8Array(0x10000), marks: new Uint8Array(0x10000) };

function inClass(kind: RunKind, c: number): boolean {
  const known = KNOWN[kind];
  let k = known[c]!;
  if (k === 0) known[c] = k = CLASSES[kind].test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Calls `visit` with the start and end of each run, in order; nothing is kept (a 100,000-line text has millions). */
export function eachRun(text: string, kind: RunKind, visit: (from: number, to: number) => void): void {
  let from = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let width = 1;
    let member: boolean;
    if (c < 128) member = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A letter past the 16-bit range is one code point in two units, as the regex's /u reads it.
      member = CLASSES[kind].test(text.slice(i, i + 2));
      width = 2;
    } else member = inClass(kind, c);
    if (member && from === -1) from = i;
    else if (!member && from !== -1) {
      visit(from, i);
      from = -1;
    }
    i += width - 1;
  }
  if (from !== -1) visit(from, text.length);
}

/** The runs themselves, as the regex's match would give them. */
export function runsOf(text: string, kind: RunKind): string[] {
  const runs: string[] = [];
  eachRun(text, kind, (from, to) => runs.push(text.slice(from, to)));
  return runs;
}
