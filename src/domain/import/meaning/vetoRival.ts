/**
 * Figures of one section that differ by what they are for: awards «cho phong trào phòng cháy, chữa cháy», «chào mừng
 * Đại hội XIV», «cho hoạt động của HĐND tỉnh». A number whose sentence names nothing that sets its field apart from a
 * rival of the same section, while the words around it name what sets the rival apart, is the rival's kind of
 * figure, not this field's («Bằng khen cho 05 cá nhân … phục vụ hoạt động của HĐND tỉnh» is no fire-safety award).
 * And a label naming a numbered event or term («Đại hội XIV») does not take a number of another one («khóa XV»).
 * What sets fields apart comes from the form's labels and section titles; nothing here names a field.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import { syllables } from "./words";
// Connecting words and the levels, as the purpose rule reads them: «Đảng bộ tỉnh» of a congress shares nothing with
// «HĐND tỉnh» (410).
import { STOP } from "./vetoPurpose";


/** Content syllables of a text, as a set. */
function content(text: string): Set<string> {
  return new Set(syllables(text).filter((s) => !STOP.has(s)));
}

export interface Rivalry {
  /** Per rival: the syllables only this field's label has, and those only the rival's has. */
  rivals: Array<{ mine: string[]; theirs: string[]; mark?: string[] }>;
  /** Roman numerals the label names («Đại hội XIV»), upper case. */
  numerals: string[];
}

const ROMAN = /(?<![\p{L}])([IVXLC]{1,6})(?![\p{L}])/gu;
/** «quý III», «Phần II», «mục IV»: a period or a part of the document, not an event's number. */
const NOT_EVENT = /(?<![\p{L}])(?:quý|phần|mục|chương|phụ lục)\s*$/iu;

/** Roman numerals naming events or terms («Đại hội XIV», «khóa XV»), upper case. */
export function romanNumerals(text: string): string[] {
  return [...text.matchAll(ROMAN)]
    .filter((m) => !NOT_EVENT.test(text.slice(Math.max(0, m.index - 12), m.index)))
    .map((m) => m[1]!)
    .filter((r) => /^(?=[IVXLC])C{0,3}(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/.test(r));
}

/** For every count field: its rivals in its section (same kind), told apart by their labels less the section title. */
export function rivalries(report: ReportDefinition): Map<FieldId, Rivalry> {
  const titles = new Map(report.sections.map((s) => [s.id, s.title]));
  const words = new Map(report.fields.map((f) => {
    const title = content(titles.get(f.section) ?? "");
    // A label's bracket says where the figure is written, not what it is for.
    return [f.id, new Set([...content(f.label.replace(/\([^)]*\)/g, " "))].filter((w) => !title.has(w)))] as const;
  }));
  const out = new Map<FieldId, Rivalry>();
  for (const f of report.fields) {
    if (f.kind !== "count" || f.formula) continue;
    const a = words.get(f.id)!;
    const rivals: Rivalry["rivals"] = [];
    for (const g of report.fields) {
      // A computed rival (a total of parts) is described by the words every part's sentence has.
      if (g.id === f.id || g.section !== f.section || g.kind !== f.kind || g.formula) continue;
      const b = words.get(g.id)!;
      const mine = [...a].filter((w) => !b.has(w));
      const theirs = [...b].filter((w) => !a.has(w));
      // «HĐND» in the rival's label and no other's of the section but a twin's: its name alone says whose figure.
      const marks = [...g.label.matchAll(ACRONYM)].filter((m) => !ROMAN_ONLY.test(m[0])).map((m) => syllables(m[0]).filter((w) => !STOP.has(w)));
      const mark = marks.map((m) => m.filter((w) => theirs.includes(w))).find((m) => m.length >= RIVAL_WORDS);
      if (mine.length > 0 && theirs.length > 0) rivals.push(mark ? { mine, theirs, mark } : { mine, theirs });
    }
    out.set(f.id, { rivals, numerals: romanNumerals(f.label) });
  }
  return out;
}

/** A name written in capitals in a label: «HĐND», «PVHCC», «TTHC». */
const ACRONYM = /(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])/gu;
const ROMAN_ONLY = /^[IVXLC]+$/;

/** What rivalVeto reads of a number's sentence, stretch and own stretch: the same whichever field asks. */
export interface RivalWords {
  numerals: string[];
  inOwn: ReadonlySet<string>;
  inSentence: ReadonlySet<string>;
  inSegment: ReadonlySet<string>;
}

export function readRivalWords(sentence: string, segment: string, own: string = segment): RivalWords {
  // The same text is read once: a stretch with no bracket after it (`own` is the stretch and a space: a space adds no
  // syllable), a sentence that is all one stretch. The sets are only read.
  const inSegment = content(segment);
  const inOwn = own === segment || own === `${segment} ` ? inSegment : content(own);
  const inSentence = sentence === segment ? inSegment : sentence === own ? inOwn : content(sentence);
  return { numerals: romanNumerals(sentence), inOwn, inSentence, inSegment };
}

/** Two syllables of the rival's own at least, and most of them: one or two shared words are chance. */
const RIVAL_WORDS = 2;
const RIVAL_SHARE = 0.6;

/**
 * `sentence` is the number's sentence, `segment` its own stretch (an item of a list), `own` that stretch with the
 * bracket after it. The field's label names a numeral the sentence does not while it names another; or, against
 * some rival, the number's own stretch has none of this field's own words and most of the rival's («giải quyết
 * trước hạn có 13.529 hồ sơ» is not the figure «đang giải quyết»). Not `strict`, the field's words anywhere in the
 * sentence clear it: the assignment refuses numbers by that lenient reading, and only the final demotion is strict
 * (a number refused too eagerly sends its figure on to a wrong one; a figure demoted is left to the clerk).
 */
export function rivalVeto(
  r: Rivalry,
  sentence: string,
  segment: string,
  own: string = segment,
  strict = false,
  read: RivalWords = readRivalWords(sentence, segment, own),
): boolean {
  if (r.numerals.length > 0) {
    const named = read.numerals;
    if (named.length > 0 && !r.numerals.some((n) => named.includes(n))) return true;
  }
  const { inOwn, inSentence, inSegment } = read;
  return r.rivals.some((x) => {
    // The rival's name written in the number's own stretch, and none of this field's words there: the stretch is the
    // rival's, whatever else the sentence names («… tặng Bằng khen cho 04 cá nhân; khen thưởng 08 cá nhân … HĐND»).
    // One word of several is chance, as for the rival's: «phòng» of «Văn phòng đề nghị … HĐND» is no fire-safety's.
    if (x.mark?.every((w) => inSegment.has(w)) && x.mine.filter((w) => inOwn.has(w)).length < Math.min(RIVAL_WORDS, x.mine.length)) return true;
    if (x.mine.some((w) => inOwn.has(w) || (!strict && inSentence.has(w)))) return false;
    const named = x.theirs.filter((w) => inSegment.has(w)).length;
    return named >= RIVAL_WORDS && named >= RIVAL_SHARE * x.theirs.length;
  });
}
