/**
 * Why an unclear figure's candidate may be another period's number, in the words of its report: «lũy kế 7 tháng»,
 * «6 tháng đầu năm 2026», «tháng 6/2026». Walk finding (walk44, 2): the only candidate offered for the communes' visits
 * in a July report was the seven-month total 558, and its five words of context («…các xã, phường tiếp») did not show
 * the «Lũy kế 7 tháng» that opened its sentence. Whose period a number is stays the recognizer's judgement
 * (periodScope.ts); this only finds the words it read, to set them beside the candidate.
 */
import { MARKER } from "./meaning/periodMarkers";
import { isOtherPeriod, namesOtherPeriod } from "./meaning/periodScope";
import type { PeriodScope } from "./meaning/reportPeriod";
import { tableCell } from "./meaning/tableGrid";
import { basisNamed } from "./meaning/vetoEarlier";
import { sentenceAround } from "./meaning/vetoText";

/** What may follow a period's word as part of its name: «quý II/2025», «6 tháng đầu năm 2026», «tháng 6 năm 2025». */
const NAME_GOES_ON = /^(?:[ \t]+(?:IV|III|II|I)(?![\p{L}]))?(?:[ \t]+(?:đầu|cuối)[ \t]+năm(?:[ \t]+\d{4}(?!\d))?|[ \t]*(?:\/|năm)[ \t]*\d{4}(?!\d))?/u;

/**
 * The words naming the other period the number at [start, end) is written for; "" when the recognizer reads it as
 * another period's from farther away (a list's lead line, a part's heading, the title); null when it is the report's
 * own period's (or the form's period is not judged: a year, a half-year).
 */
export function candidatePeriod(text: string, start: number, end: number, ctx: PeriodScope): string | null {
  const s = sentenceAround(text, start, end);
  if (!isOtherPeriod(text, start, end, ctx)) {
    // The basis of a comparison, «So với cùng kỳ năm 2025 (02 cá nhân) tăng …»: last year's number, said so beside it
    // (walk51, 3: the only candidate for three award figures, bound without a word that it was last year's).
    const basis = basisNamed(text, start, end, s.to, ctx);
    return basis === null ? null : basis.charAt(0).toLowerCase() + basis.slice(1);
  }
  const sentence = text.slice(s.from, s.to);
  const others = [...sentence.matchAll(MARKER)].filter((m) => namesOtherPeriod(m, sentence, ctx));
  const at = start - s.from;
  const before = others.filter((m) => m.index! + m[0].length <= at);
  const chosen = before.length > 0 ? before[before.length - 1]! : others.find((m) => m.index! >= end - s.from);
  if (chosen) return nameAround(sentence, chosen, others);
  const cell = tableCell(text, { start, end });
  return cell ? [cell.group, cell.header].filter((h) => h !== "").join(" ").trim() : "";
}

/** The period's whole name: markers written one after the other («Lũy kế 7 tháng») read as one. */
function nameAround(sentence: string, chosen: RegExpMatchArray, others: readonly RegExpMatchArray[]): string {
  let i = others.indexOf(chosen);
  let from = chosen.index!;
  let to = from + chosen[0].length;
  for (let k = i - 1; k >= 0 && /^\s*$/u.test(sentence.slice(others[k]!.index! + others[k]![0].length, from)); k--) from = others[k]!.index!;
  for (i += 1; i < others.length && /^\s*$/u.test(sentence.slice(to, others[i]!.index!)); i++) to = others[i]!.index! + others[i]![0].length;
  to += NAME_GOES_ON.exec(sentence.slice(to))![0].length;
  const name = sentence.slice(from, to).replace(/\s+/gu, " ");
  return name.charAt(0).toLowerCase() + name.slice(1);
}
