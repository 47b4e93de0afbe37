/**
 * What the definition says about each figure, as words: the wording around its placeholder in each recognition
 * wording (the nearest words say what it is, the farther ones where it is), its label, its section's title, and
 * the unit it counts. Everything comes from the ReportDefinition and the wording table: no field is named here.
 */
import type { ReportDefinition } from "../../report";
import type { FieldDef, FieldKind } from "../../types";
import type { FigurePattern } from "../patterns";
import { actOf, type Act } from "./acts";
import { CHANGE } from "./candidates";
import { labelChoices } from "./labelChoices";
import { features, syllables, unitAt } from "./words";

export interface FieldProfile {
  field: FieldDef;
  kind: FieldKind;
  /** Each description (a wording, the label): the features that say what the figure is. */
  descriptions: Array<ReadonlySet<string>>;
  /** Other ways its label may be written (labelChoices.ts): the label scores as its best way. */
  labelChoices: Array<ReadonlySet<string>>;
  /** Where it is: section title, the farther wording, the label's parenthesis. */
  context: ReadonlySet<string>;
  /** What it counts ("hồ sơ"), from `field.unit` or the word after the placeholder in its wording. */
  unit: string | null;
  unitFeatures: ReadonlySet<string>;
  /** Described as a change (tăng, giảm, chênh lệch): it may take "giảm 46". */
  change: boolean;
  /** A whole in the form's arithmetic (a sum's total, a percentage's base, an upper bound): it may be "…/55". */
  whole: boolean;
  /** The acts it counts: the words right before its placeholder in each wording (acts.ts). */
  acts: readonly Act[];
}

const FIGURE = /\{[NZPDY]\}/;
/** How many syllables on each side of the placeholder describe the figure itself. */
const NEAR_LEFT = 6;
const NEAR_RIGHT = 4;

/** A wording without regex syntax: "Tiến s[ỹĩ]:? {N}" → "Tiến sỹ {N}", "hồ(?: sơ)?" → "hồ sơ". */
export function plainWording(wording: string): string {
  return wording
    .replace(/\[([^\]])[^\]]*\]/g, "$1")
    .replace(/\(\?:([^)]*)\)\??/g, "$1")
    .replace(/\\[()[\].]/g, " ")
    .replace(/\\[A-Za-z]/g, " ")
    .replace(/[?*+]/g, "");
}

function describeWording(wording: string): { near: string[]; far: string[]; unit: string | null; act: Act | null } | null {
  const plain = plainWording(wording);
  const match = FIGURE.exec(plain);
  if (!match) return null;
  // Other figures in the wording ({n}, {d}) end the stretch that describes this one.
  const before = plain.slice(0, match.index).split(/\{[a-z]\}/);
  const after = plain.slice(match.index + match[0].length).split(/\{[a-z]\}/);
  const left = syllables(before.at(-1) ?? "");
  const right = syllables((after[0] ?? "").split(/[,;.:()]/)[0] ?? "");
  const near = [...left.slice(-NEAR_LEFT), "|", ...right.slice(0, NEAR_RIGHT)];
  const far = [...before.slice(0, -1).flatMap(syllables), ...left.slice(0, -NEAR_LEFT), ...after.slice(1).flatMap(syllables)];
  return { near, far, unit: unitAt(right), act: actOf(left) };
}

/** Features of a syllable run with "|" marks where the figure was (no pair across it). */
function featuresAround(sylls: readonly string[]): string[] {
  const cut = sylls.indexOf("|");
  return cut === -1 ? features(sylls) : [...features(sylls.slice(0, cut)), ...features(sylls.slice(cut + 1))];
}

export function buildProfiles(report: ReportDefinition, wordings: ReadonlyMap<string, readonly FigurePattern[]>): FieldProfile[] {
  const sectionTitle = new Map(report.sections.map((s) => [s.id, s.title]));
  const wholes = wholesOf(report);
  const profiles: FieldProfile[] = [];
  for (const field of report.fields) {
    if (field.formula?.op === "period" || field.kind === "list" || field.kind === "text") continue;
    const descriptions: Array<Set<string>> = [];
    const context = new Set<string>();
    const acts: Act[] = [];
    let unit = field.unit ?? null;
    for (const pattern of wordings.get(field.id) ?? []) {
      const described = describeWording(pattern.wording);
      if (!described) continue;
      // A wording with only function words beside its placeholder ("Năm {Y}, …") says nothing of what the figure is.
      const near = new Set(featuresAround(described.near));
      if (near.size > 0) descriptions.push(near);
      for (const f of features(described.far)) context.add(f);
      unit ??= described.unit;
      if (described.act) acts.push(described.act);
    }
    const label = field.label.replace(/\([^)]*\)/g, " ");
    descriptions.push(new Set(features(syllables(label))));
    for (const part of field.label.match(/\(([^)]*)\)/g) ?? []) for (const f of features(syllables(part))) context.add(f);
    for (const f of features(syllables(sectionTitle.get(field.section) ?? ""))) context.add(f);
    unit ??= unitAt(syllables(field.hint ?? ""));
    const change = descriptions.some((d) => [...CHANGE, "chênh", "lệch"].some((w) => d.has(w)));
    const choices = labelChoices(label).map((w) => new Set(features(w)));
    profiles.push({ field, kind: field.kind, descriptions, labelChoices: choices, context, unit, unitFeatures: new Set(unit ? features(unit.split(" ")) : []), change, whole: wholes.has(field.id), acts });
  }
  return profiles;
}

function wholesOf(report: ReportDefinition): Set<string> {
  const wholes = new Set<string>();
  for (const f of report.fields) {
    if (f.formula?.op === "percentOf") wholes.add(f.formula.whole);
    if (f.formula?.op === "sum") wholes.add(f.id);
  }
  for (const r of report.rules) {
    if (r.kind === "sum") wholes.add(r.total);
    if (r.kind === "atMost") for (const b of [r.big].flat()) wholes.add(b);
  }
  return wholes;
}

export interface Vocabulary {
  /** Inverse frequency of each feature over all profiles: a word many figures share weighs little. */
  idf: ReadonlyMap<string, number>;
  /** Every feature that describes some figure (not where it is). */
  describing: ReadonlySet<string>;
  /** Per profile: all the features that describe it. */
  own: ReadonlyMap<FieldProfile, ReadonlySet<string>>;
}

export function vocabulary(profiles: readonly FieldProfile[]): Vocabulary {
  const df = new Map<string, number>();
  const describing = new Set<string>();
  const own = new Map<FieldProfile, Set<string>>();
  for (const p of profiles) {
    const mine = new Set(p.descriptions.flatMap((d) => [...d]));
    own.set(p, mine);
    for (const f of mine) describing.add(f);
    for (const f of new Set([...mine, ...p.context])) df.set(f, (df.get(f) ?? 0) + 1);
  }
  const n = profiles.length;
  return { idf: new Map([...df].map(([f, count]) => [f, Math.log(1 + n / count)])), describing, own };
}

export interface BuiltProfiles {
  profiles: FieldProfile[];
  vocab: Vocabulary;
}

/** The form's profiles and vocabulary built on first use and shared: recognition asks for them in more than one place. */
export function profilesOnce(report: ReportDefinition, wordings: ReadonlyMap<string, readonly FigurePattern[]>): () => BuiltProfiles {
  let built: BuiltProfiles | undefined;
  return () => {
    if (built === undefined) {
      const profiles = buildProfiles(report, wordings);
      built = { profiles, vocab: vocabulary(profiles) };
    }
    return built;
  };
}
