/**
 * «trong sáu mươi mốt công chức có một tiến sĩ, 24 thạc sĩ, ba mươi lăm đại học» (932): a count followed by «có»,
 * «gồm», «trong đó» and the kinds it holds is the whole they make up. It is no count of one of those kinds, however
 * near that kind's word stands (here «một», the one doctor, is a word no digit reader takes). It may still be the
 * figure of what it counts itself («Công chức đang thực hiện»): only a figure counted in one of the kinds named after
 * it refuses it. Language knowledge only: no field named.
 */
import type { Candidate } from "./candidates";
import type { FieldProfile } from "./profiles";
import { escapeRegExp } from "../text";

/** The count's own unit, a few words of its own, then what opens the kinds it holds. */
const OPENS = /^(?:[ \t]+[^\d\n.;:,()]{0,30}?)?[ \t]*,?[ \t]*(?:thì[ \t]+)?(?:gồm có|gồm|bao gồm|trong đó có|trong đó|có)[ \t]*:?[ \t]*/iu;


/** The text of the kinds the count at `c` holds, up to its clause's end; null when none are named after it. */
function kindsAfter(text: string, c: Candidate): string | null {
  const unit = c.unit!;
  const after = text.slice(c.token.end, c.token.end + 240);
  const own = new RegExp(`^[ \\t\\u00a0]+${escapeRegExp(unit).replace(/ /g, "[ \\t]+")}(?![\\p{L}])`, "iu").exec(after);
  if (own === null) return null;
  const rest = after.slice(own[0].length);
  const open = OPENS.exec(rest);
  if (open === null) return null;
  const list = rest.slice(open[0].length);
  const end = list.search(/[.;\n]/u);
  return end === -1 ? list : list.slice(0, end);
}

/** A count in words before a kind: «một», «hai mươi hai», «ba mươi lăm». */
const SPELLED = "(?<![\\p{L}])(?:(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|tư|lăm|trăm|linh|lẻ)[ \\t]*)+";

/** «sĩ» and «sỹ» are one syllable written two ways. */
const fold = (s: string) => s.normalize("NFC").toLowerCase().replace(/ỹ/gu, "ĩ");

/** What a figure counts: its unit, or a label that is itself a kind («Tiến sĩ», «Thạc sĩ»), each as a counted kind. */
function kindsOf(p: FieldProfile): Array<{ kind: string; counted: RegExp }> {
  return [p.unit, p.field.label.split(/\s+/u).length <= 3 ? p.field.label : null]
    .filter((k): k is string => k !== null)
    .map(fold)
    // Each kind counted in the list («một tiến sĩ», «24 thạc sĩ»): «42 người có trình độ đại học» says who the 42 are.
    .map((kind) => ({ kind, counted: new RegExp(`(?:\\d+|${SPELLED})[ \\t\\u00a0]+${escapeRegExp(kind)}(?![\\p{L}])`, "iu") }));
}

export function wholeOfKinds(text: string): (p: FieldProfile, c: Candidate) => boolean {
  const kinds = new Map<Candidate, string | null>();
  const counted = new Map<FieldProfile, Array<{ kind: string; counted: RegExp }>>();
  return (p, c) => {
    if (c.unit === null || c.token.kind !== "count") return false;
    let named = kinds.get(c);
    if (named === undefined) kinds.set(c, (named = ((x) => (x === null ? null : fold(x)))(kindsAfter(text, c))));
    if (named === null) return false;
    let own = counted.get(p);
    if (own === undefined) counted.set(p, (own = kindsOf(p)));
    const unit = fold(c.unit);
    return own.some((k) => k.kind !== unit && k.counted.test(named!));
  };
}
