/**
 * The clause a number stands in: the stretch of its sentence between the edges around it. One notion for the rules
 * that ask what the number's own clause says (datedBefore.ts, ownStaffLetters.ts, unitSubject.ts, vetoEarlier.ts,
 * dateRange.ts beganOn, staffKinds.ts totalOfKinds, totalAfterParts.ts).
 *
 * Edges: «;», a sentence's end («.», «!», «?» before a space or the text's end), a line's end, and, asked for, «:»
 * (`colon`: a lead or a label, «Riêng Chi cục Dân số: …», is a clause of its own). Not edges: the point inside
 * «17.912» or «95.06», the comma of «95,06», the strokes of «15/3/2026», the colon of «8:30».
 *
 * Brackets and quotes are skipped whole: «tiếp nhận 04 đơn (trong đó 03 đơn về đất đai; 01 đơn khác); …», «theo
 * “Quy chế; Nội quy” của cơ quan» — a «;» or a full stop inside them ends nothing outside. A mark with no partner on
 * the number's line within reach («a) Sở đã …», a bracket the clerk never closed) is read as if not there, and so is
 * the bracket or quote the number itself stands in: the number's clause runs on through it into its sentence. Straight
 * quotes («"») pair only when the reach starts at the line's start (otherwise which of them opens is not known).
 *
 * The clause reaches at most `reach` characters either side of the number (300: a clause of a report is rarely
 * longer), and so the cost per number is bounded, whatever the length of its line.
 */

export interface ClauseOptions {
  /** A colon ends the clause too (a lead or a label before it). Default false. */
  colon?: boolean;
  /** How far the clause may reach on each side of the number, in characters. Default 300. */
  reach?: number;
}

export interface ClauseSpan {
  from: number;
  to: number;
}

const REACH = 300;

/** Opening marks and the closing mark each pairs with; a straight quote closes itself. */
const CLOSES: Readonly<Record<string, string>> = { "(": ")", "[": "]", "“": "”", "«": "»", '"': '"' };
const CLOSERS: ReadonlySet<string> = new Set([")", "]", "”", "»"]);

/** The clause around the number at [start, end): `from` just after the edge before it, `to` at the edge after it. */
export function numberClause(text: string, start: number, end: number, options: ClauseOptions = {}): ClauseSpan {
  const reach = options.reach ?? REACH;
  const low = lineStart(text, start, Math.max(0, start - reach));
  const high = lineEnd(text, end, Math.min(text.length, end + reach));
  const partner = pairs(text, low, high, low === 0 || text[low - 1] === "\n");
  let from = low;
  for (let i = start - 1; i >= low; i--) {
    const skip = partner.get(i);
    // A group closed before the number: jump over it to its opening mark.
    if (skip !== undefined && skip < i) i = skip;
    else if (isEdge(text, i, options)) {
      from = i + 1;
      break;
    }
  }
  let to = end;
  for (; to < high; to++) {
    const skip = partner.get(to);
    // A group opened after the number: jump over it to its closing mark.
    if (skip !== undefined && skip > to) to = skip;
    else if (isEdge(text, to, options)) break;
  }
  return { from, to };
}

/** The start of the line holding `at`, or `low` when the line starts before it (only [low, at) is read). */
function lineStart(text: string, at: number, low: number): number {
  let i = at;
  while (i > low && text.charCodeAt(i - 1) !== NEWLINE) i--;
  return i;
}

/** The end of the line holding `at` (its «\n»), or `high` when the line ends after it (only [at, high) is read). */
function lineEnd(text: string, at: number, high: number): number {
  let i = at;
  while (i < high && text.charCodeAt(i) !== NEWLINE) i++;
  return i;
}

const NEWLINE = 10;

/** The character at `i` ends a clause. */
function isEdge(text: string, i: number, options: ClauseOptions): boolean {
  const c = text[i]!;
  if (c === ";" || c === "\n") return true;
  // A sentence's end: a full stop (or «!», «?») before a space or the text's end, not inside «17.912» or «TP.HCM».
  if (c === "." || c === "!" || c === "?") return i + 1 === text.length || /\s/u.test(text[i + 1]!);
  // A colon between digits is a time's («8:30»), no lead's.
  if (c === ":" && options.colon === true) return !(/\d/u.test(text[i - 1] ?? "") && /\d/u.test(text[i + 1] ?? ""));
  return false;
}

/**
 * Brackets and quotes in [low, high) and their partners, both ways (opening → closing and closing → opening); a mark
 * without a partner is not in the map. Straight quotes pair only when `lineOpens` (the stretch opens a line).
 */
function pairs(text: string, low: number, high: number, lineOpens: boolean): Map<number, number> {
  const partner = new Map<number, number>();
  const open: number[] = [];
  for (let i = low; i < high; i++) {
    const c = text[i]!;
    if (c === '"') {
      if (!lineOpens) continue;
      const top = open.at(-1);
      if (top !== undefined && text[top] === '"') {
        open.pop();
        partner.set(top, i).set(i, top);
      } else open.push(i);
    } else if (c in CLOSES) open.push(i);
    else if (CLOSERS.has(c)) {
      // Its opening mark, the nearest open one of its kind: marks opened after it and left open have no partner.
      let k = open.length - 1;
      while (k >= 0 && CLOSES[text[open[k]!]!] !== c) k--;
      if (k < 0) continue;
      partner.set(open[k]!, i).set(i, open[k]!);
      open.length = k;
    }
  }
  return partner;
}
