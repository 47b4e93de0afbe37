/**
 * A name asked for by a text field whose label reads «Tên <noun> <what befell it>» («Tên xã được giúp đỡ»), written
 * inside a sentence: «giúp đỡ 01 xã là xã Chiềng Mung», «Xã Chiềng Mung là 01 xã Văn phòng được phân công giúp đỡ»,
 * «tiếp tục giúp đỡ xã Đức Long». The value is the noun and the proper name after it, as written. Taken only where
 * the clause also says what befell it (the label's words after the noun, in full, or their first word right before
 * the noun: «giúp 1 xã») and every such clause names the same place: «trợ giúp gạo cho xã A» is not «giúp đỡ».
 * The issuer's own name is never the answer: a commune's report saying «xã Bình Gia được Sở Tài chính giúp đỡ» is
 * helped, it helps no one (its header «ỦY BAN NHÂN DÂN / XÃ BÌNH GIA» names it).
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { Span } from "./lists";
import { words } from "./listHeads";
import { documentHeader } from "./documentHeader";
import { normal } from "./vetoOwnAward";
import { escapeRegExp } from "../text";

/** Words that join the noun to what befell it in a label: «Tên xã được giúp đỡ», «Tên đơn vị đã kiểm tra». */
const JOINERS = new Set(["được", "đã", "bị", "do", "của", "có"]);

interface NameAsk {
  id: FieldId;
  noun: string[];
  deed: string[];
}

function asks(report: ReportDefinition): NameAsk[] {
  const out: NameAsk[] = [];
  for (const f of report.fields) {
    const w = words(f.label);
    if (f.kind !== "text" || w[0] !== "tên") continue;
    const join = w.findIndex((x, i) => i > 1 && JOINERS.has(x));
    if (join < 0) continue;
    const noun = w.slice(1, join);
    const deed = w.slice(join + 1);
    if (noun.length > 0 && noun.length <= 3 && deed.length > 0) out.push({ id: f.id, noun, deed });
  }
  return out;
}

const phrase = (w: readonly string[]) => w.map(escapeRegExp).join(String.raw`[ \t]+`);
/* The noun as written in a sentence: lower case, or capitalised where it opens one. A capital must stay a capital in
   the name after it, so the name's pattern is case-sensitive. */
const nounPhrase = (w: readonly string[]) =>
  [`(?:${escapeRegExp(w[0]!)}|${escapeRegExp(w[0]![0]!.toUpperCase() + w[0]!.slice(1))})`, ...w.slice(1).map(escapeRegExp)].join(String.raw`[ \t]+`);
const NOT_LETTER = String.raw`(?<![\p{L}\p{M}])`;
/** A number closing a name: then punctuation, the clause's end, or a joining word, never a unit («… 120 suất»). */
const NAME_NUMBER = String.raw`[ \t]+(?:số[ \t]+)?\d{1,3}(?=[ \t]*(?:[,;.:()\n]|$)|[ \t]+(?:và|là|thuộc|của)(?![\p{L}\p{M}]))`;

export function findNames(text: string, report: ReportDefinition): Map<FieldId, Span[]> {
  const out = new Map<FieldId, Span[]>();
  const issuer = documentHeader(text).lines.join(" ");
  const ownName = (name: string) => issuer !== "" && ` ${issuer} `.includes(` ${normal(name)} `);
  for (const ask of asks(report)) {
    // The noun, then a proper name: syllables each opening with a capital («Chiềng Mung», «Pa Vây Sử»). A counted
    // noun is the kind, not a name («01 xã Văn phòng được phân công…»).
    // A number may end the name («xã Sơn Kim 1», «Khu phố 3», «tổ dân phố số 5»): it is the name's (nameNumbers.ts).
    // A count in the cell before («Xã⇥01⇥Xã Hang Kia») is another cell's: only spaces make it the noun's count.
    const named = new RegExp(`${NOT_LETTER}(?<!\\d[ ]+)(?<v>${nounPhrase(ask.noun)}(?:(?:[ \\t]+\\p{Lu}[\\p{L}\\p{M}]*)+(?:${NAME_NUMBER})?|${NAME_NUMBER}))`, "gu");
    const deed = new RegExp(`${NOT_LETTER}${phrase(ask.deed)}(?![\\p{L}\\p{M}])|${NOT_LETTER}${escapeRegExp(ask.deed[0]!)}[ \\t]+(?:\\d{1,3}[ \\t]+)?${phrase(ask.noun)}(?![\\p{L}\\p{M}])`, "iu");
    const counted = new RegExp(`(?<![\\d.,/])(\\d{1,3})[ \\t]+${phrase(ask.noun)}(?![\\p{L}\\p{M}])`, "giu");
    const spans: Span[] = [];
    const countedSpans: Span[] = [];
    for (const clause of text.matchAll(/[^.;\n]+/gu)) {
      if (!deed.test(clause[0])) continue;
      const here: Span[] = [];
      for (const m of clause[0].matchAll(named)) {
        const start = clause.index + m.index;
        if (ownName(m[0])) continue;
        here.push({ start, end: start + m[0].length, input: m[0].replace(/\s+/g, " ") });
      }
      spans.push(...here);
      const run = countedRun(text, clause[0], clause.index, here, counted);
      if (run) countedSpans.push(run);
    }
    // A clause counting the places and naming as many is the statement itself: «giúp đỡ 02 xã: xã A, xã B»; every
    // other place writing the same value is one more place of it, other names are not read.
    const value = countedSpans.length > 0 && new Set(countedSpans.map((s) => s.input.toLowerCase())).size === 1 ? countedSpans[0]!.input.toLowerCase() : null;
    const chosen = value === null ? spans : [...countedSpans, ...spans.filter((s) => s.input.toLowerCase() === value && !countedSpans.some((c) => c.start === s.start))].sort((a, b) => a.start - b.start);
    const names = new Set(chosen.map((s) => s.input.toLowerCase()));
    // The first place the name is written gives the value, as written there.
    if (names.size === 1) out.set(ask.id, chosen.map((s) => ({ ...s, input: chosen[0]!.input })));
  }
  return out;
}

/** What joins the names of one enumeration: «, », « và », «, và ». */
const JOINED = /^(?:,[ \t]*(?:và[ \t]+)?|[ \t]+và[ \t]+)$/u;

/**
 * The names a clause counts: «giúp đỡ 02 xã: xã Bàn Tân Định, xã Thạnh Lộc», «03 xã: xã A, xã B và xã C», «01 xã là
 * xã Yên Xuân (xã mới hợp nhất từ các xã Yên Bình, …)». The clause's one count of the noun, and as many names outside
 * brackets (a bracket's names are an aside on the name before), run together by commas and «và»: the run as written
 * is the value. Null when the clause counts none, counts twice or names another number of places.
 */
function countedRun(text: string, clause: string, offset: number, names: readonly Span[], counted: RegExp): Span | null {
  const counts = [...clause.matchAll(counted)];
  if (counts.length !== 1) return null;
  const depth = (at: number) => clause.slice(0, at - offset).split("(").length - clause.slice(0, at - offset).split(")").length;
  const outside = names.filter((n) => depth(n.start) === 0);
  if (outside.length === 0 || outside.length !== Number(counts[0]![1])) return null;
  for (let i = 1; i < outside.length; i++) if (!JOINED.test(text.slice(outside[i - 1]!.end, outside[i]!.start))) return null;
  const start = outside[0]!.start;
  const end = outside.at(-1)!.end;
  return { start, end, input: text.slice(start, end).replace(/\s+/g, " ") };
}
