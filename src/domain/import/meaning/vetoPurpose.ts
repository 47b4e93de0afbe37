/**
 * Awards of one section differ by what they are for and by whom they count: «Tập thể khen thưởng hoạt động HĐND tỉnh»
 * against «Cá nhân khen thưởng phong trào phòng cháy, chữa cháy». The rival rule (vetoRival.ts) reads a label's own
 * words whole, so «tập thể» alone clears a collective's number for the HĐND figure: «Chi cục Kiểm lâm (01 tập thể)
 * được Bộ trưởng Bộ Công an tặng Bằng khen về phòng cháy, chữa cháy rừng» was read as a council award. What a figure
 * counts (its unit) says nothing of what the award is for: with both units set aside, a number whose sentence names
 * none of its field's own purpose words and most of a rival's (two at least) is the rival's kind of award. Read from
 * the form's labels and units; no field is named.
 */
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import { features, syllables } from "./words";
import { clauseStart } from "./clauseStart";

/** Connecting words, and the levels («HĐND tỉnh», «UBND tỉnh»): a level is no purpose. */
export const STOP = new Set(["và", "của", "các", "có", "là", "được", "đã", "đang", "trong", "với", "cho", "theo", "tại", "về", "số", "này", "những", "đối", "tỉnh", "huyện", "xã", "thành", "phố"]);
const RIVAL_WORDS = 2;
/** An award's label: «khen thưởng», «Bằng khen», «Giấy khen». */
export const AWARD = /(?<![\p{L}])khen(?![\p{L}])/iu;
const RIVAL_SHARE = 0.6;

/** Per field: against each rival, the purpose words only it has and those only the rival has. */
export type Purposes = ReadonlyMap<FieldId, ReadonlyArray<{ mine: string[]; theirs: string[] }>>;

/** `units` gives each count field's unit («tập thể», «cá nhân»), as the head-noun rule reads it. */
export function purposes(report: ReportDefinition, units: (id: FieldId) => string | null): Purposes {
  const titles = new Map(report.sections.map((s) => [s.id, new Set(syllables(s.title))]));
  // Awards only: other figures of a section differ by what is done, and a clerk's synonym there is no other purpose.
  const counts = report.fields.filter((f) => f.kind === "count" && !f.formula && AWARD.test(f.label));
  const words = new Map(
    counts.map((f) => {
      const unit = new Set(syllables(units(f.id) ?? ""));
      const title = titles.get(f.section) ?? new Set<string>();
      return [f.id, new Set(syllables(f.label.replace(/\([^)]*\)/g, " ")).filter((w) => !STOP.has(w) && !title.has(w) && !unit.has(w)))] as const;
    }),
  );
  const out = new Map<FieldId, Array<{ mine: string[]; theirs: string[] }>>();
  for (const f of counts) {
    const a = words.get(f.id)!;
    const rivals: Array<{ mine: string[]; theirs: string[] }> = [];
    for (const g of counts) {
      // Awards counted in the same unit are told apart by the rival rule (vetoRival.ts).
      if (g.id === f.id || g.section !== f.section || units(g.id) === units(f.id)) continue;
      const b = words.get(g.id)!;
      // Only figures that differ by purpose: the other figure's unit is no purpose of its own either.
      const theirUnit = new Set(syllables(units(g.id) ?? ""));
      const mine = [...a].filter((w) => !b.has(w) && !theirUnit.has(w));
      const theirs = [...b].filter((w) => !a.has(w) && !new Set(syllables(units(f.id) ?? "")).has(w));
      if (mine.length > 0 && theirs.length >= RIVAL_WORDS) rivals.push({ mine, theirs });
    }
    if (rivals.length > 0) out.set(f.id, rivals);
  }
  return out;
}

/** The sentence names none of the field's own purpose words against a rival, and most of that rival's. */
export function otherPurpose(rivals: ReadonlyArray<{ mine: string[]; theirs: string[] }> | undefined, sentence: string): boolean {
  if (!rivals) return false;
  const named = new Set(syllables(sentence));
  return rivals.some((x) => {
    if (x.mine.some((w) => named.has(w))) return false;
    const found = x.theirs.filter((w) => named.has(w)).length;
    return found >= RIVAL_WORDS && found >= RIVAL_SHARE * x.theirs.length;
  });
}

/** An award's own words, no purpose: «khen thưởng», «tặng», «đề nghị», and its title's. */
const AWARD_WORDS = new Set(["khen", "thưởng", "tặng", "đề", "nghị", "bằng", "giấy", "danh", "hiệu"]);

/**
 * Per award figure that names no giver, the pairs of words saying what it is for: «Tập thể khen thưởng hoạt động
 * HĐND tỉnh» is for «hoạt động», «hội đồng», «nhân dân» (the abbreviation read out, words.ts features). Its unit, the
 * section's title, the level and the award's own words are no purpose.
 */
export function givenPurposes(report: ReportDefinition, units: (id: FieldId) => string | null, giversOf: (id: FieldId) => number): ReadonlyMap<FieldId, string[]> {
  const titles = new Map(report.sections.map((s) => [s.id, new Set(syllables(s.title))]));
  const out = new Map<FieldId, string[]>();
  for (const f of report.fields) {
    if (f.kind !== "count" || f.formula || !AWARD.test(f.label) || giversOf(f.id) > 0) continue;
    const unit = new Set(syllables(units(f.id) ?? ""));
    const title = titles.get(f.section) ?? new Set<string>();
    const own = syllables(f.label.replace(/\([^)]*\)/g, " ")).filter((w) => !STOP.has(w) && !title.has(w) && !unit.has(w) && !AWARD_WORDS.has(w));
    const pairs = [...features(own)].filter((x) => x.includes(" "));
    if (pairs.length > 0) out.set(f.id, pairs);
  }
  return out;
}

/**
 * «Bộ trưởng Bộ Tài chính tặng Bằng khen cho 04 cá nhân và 01 tập thể»: an award whose giver is named, its sentence
 * naming nothing of what the figure's award is for, is that giver's award for its own reasons — not the award «for
 * the activities of HĐND tỉnh», which its unit alone («tập thể») would make it. A figure naming its giver is judged
 * by the giver (vetoAward.ts); a sentence naming the purpose («… có thành tích trong hoạt động của HĐND tỉnh») keeps it.
 */
export function givenWithoutPurpose(purpose: readonly string[] | undefined, giverNamed: () => boolean, sentence: string): boolean {
  if (purpose === undefined) return false;
  const named = new Set(features(syllables(sentence)));
  return !purpose.some((p) => named.has(p)) && giverNamed();
}

/**
 * «khen thưởng 03 tập thể và 09 cá nhân có thành tích trong công tác bầu cử đại biểu Quốc hội khóa XVI và đại biểu
 * HĐND các cấp» (841): an award for the election is for the election, whatever council it names; it is no award for
 * the council's activities unless the figure's label names the election itself. Asked only of a figure whose label
 * names what its award is for.
 */
const ELECTION = /(?<![\p{L}])bầu cử(?![\p{L}])/iu;
/** A label naming what its award is for: an activity, a movement, a campaign («hoạt động HĐND», «phong trào …»). */
const PURPOSE_NAMED = /(?<![\p{L}])(?:hoạt động|phong trào|đợt thi đua)(?![\p{L}])/iu;
export function electionAward(label: string, text: string, start: number, end: number): boolean {
  // A figure that names no purpose («Cá nhân đề nghị Thủ tướng tặng Bằng khen») takes its giver's award for any.
  if (!AWARD.test(label) || !PURPOSE_NAMED.test(label) || ELECTION.test(label)) return false;
  const after = /^[^.;\n]{0,160}/u.exec(text.slice(end))![0];
  // …or the election leads the number's clause: «- Bầu cử ĐBQH khóa XVI, đại biểu HĐND các cấp (15/3/2026): đề nghị
  // CT UBND TP tặng BK 01 tập thể VP» (held-out 1093).
  if (ELECTION.test(after)) return true;
  const from = clauseStart(text, start, 160, ".;\n");
  return ELECTION.test(text.slice(from, start));
}
