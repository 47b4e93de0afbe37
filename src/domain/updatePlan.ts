/**
 * Decides, from what the document shows, which controls get which text. Pure: the gateway reads, this decides,
 * the gateway writes. Nothing typed by hand in the document is overwritten unless the clerk said so.
 */
import { inputsOf, type Values } from "./compute";
import { parseField, readsAs, showsValue } from "./fieldValues";
import { headerCarriesPercent, textAtPlace } from "./headerUnit";
import type { ReportDefinition } from "./report";
import { reviewedText } from "./pendingRevisions";
import type { FieldDef, FieldId, FieldValue, Problem } from "./types";

export interface ControlText {
  id: number;
  tag: FieldId;
  text: string;
  /** In a table: its column's header; a «%» there means a percentage is written bare (headerUnit.ts). */
  columnHeader?: string;
  /** In a table: its row's label, which may carry the «%» instead (headerUnit.ts). */
  rowLabel?: string;
}

export interface Conflict {
  field: FieldId;
  controlId: number;
  /** What the document shows now. */
  documentText: string;
  /** What the add-in would write. */
  target: string;
  /**
   * A computed figure whose document text the add-in never wrote or agreed with (unconfirmedTotals.ts): not a hand
   * edit but a number that may not be this figure at all; asked about in those words.
   */
  unconfirmed?: true;
  /**
   * A typed figure whose places never held one text the add-in agreed with (zero said in words: «không» here,
   * «không có KN, TC» there): the document's own difference, asked about, but nobody edited it by hand (walk50, 1).
   */
  differing?: true;
  /**
   * Zero said in words («không», «không có») where the figure is now a number: the digits would stand in a sentence
   * written around a word («Văn phòng không nhận được đơn thư» → «Văn phòng 01 nhận được …», walk52, 1), so the clerk
   * is asked, whatever the add-in agreed before.
   */
  inWords?: true;
}

export interface FieldChange {
  field: FieldId;
  from: string;
  to: string;
  /** Not made because the clerk chose to keep `from`, a total that does not add up (unconfirmedTotals.ts), not a leader. */
  kept?: true;
}

export interface UpdateDecision {
  texts: Map<number, string>;
  /** Per field, the text now written everywhere it was written. */
  written: Record<FieldId, string>;
  changes: FieldChange[];
  conflicts: Conflict[];
  /**
   * Controls that show the right value in a style other than the official one («12 450», «8», «95.06 %»): left as
   * the clerk (or another office) wrote them until the clerk asks for the official style (`overwrite`).
   */
  restyles: Conflict[];
  /** Fields not written because a figure they depend on has an error. */
  blocked: FieldId[];
  /**
   * Of `blocked`, those whose document text is not what the pane holds: what fixing the errors would write. The others
   * already show the pane's value (the report's own figures, its arithmetic wrong) or are computed from a figure that
   * cannot be read; listing them beside these made a long list at 350 px of figures nobody has to touch.
   */
  waiting: HeldFigure[];
  /**
   * Computed figures left as the document has them because a leader rejected this very change, or the clerk kept the
   * document's total (`kept`) for these very numbers (rejectedChanges.ts).
   */
  rejectedKept?: FieldChange[];
  /** Figures the clerk chose to leave as the document has them this time («Giữ nguyên văn bản»), where they differ. */
  skipped?: FieldChange[];
}

/** A figure held back by an error: the document's text, and the pane's (null: the pane's input is no figure yet). */
export interface HeldFigure {
  field: FieldId;
  from: string;
  to: string | null;
}

export interface UpdateInput {
  report: ReportDefinition;
  values: Values;
  problems: readonly Problem[];
  controls: readonly ControlText[];
  /** What the add-in last wrote (or found agreed) per field: such text may be replaced. */
  baseline: Readonly<Record<FieldId, string>>;
  /** Fields the clerk chose to overwrite despite hand edits. */
  overwrite?: ReadonlySet<FieldId>;
  /** Fields the clerk chose to leave as the document has them. */
  skip?: ReadonlySet<FieldId>;
  /** Per computed figure, the change a leader rejected (or the clerk declined, `kept`) and nothing has replaced since: not made again. */
  rejected?: ReadonlyMap<FieldId, FieldChange>;
  /**
   * Controls whose tag is derived from a field's tag (comparison phrases, `<field>@quyTruoc`: comparison/phrase.ts
   * and docs/comparison.md). Absent: such controls are left alone.
   */
  derived?: DerivedTags;
}

/**
 * A scheme of tags derived from fields' tags. `resolve` names the field a tag derives from and the text its controls
 * should show (null: cannot be computed now, leave the control as it is); null for a tag the scheme does not know.
 * Derived controls are planned like computed figures: blocked by their field's error, hand edits are conflicts.
 */
export interface DerivedTags {
  resolve(tag: string): { field: FieldId; text: string | null } | null;
}

export function blockedFields(report: ReportDefinition, problems: readonly Problem[]): Set<FieldId> {
  const blocked = new Set(problems.filter((p) => p.severity === "error").flatMap((p) => p.fields));
  for (const field of report.fields) {
    if (field.formula && inputsOf(field.formula).some((id) => blocked.has(id))) blocked.add(field.id);
  }
  return blocked;
}

export function planUpdate(input: UpdateInput): UpdateDecision {
  const { report, values, controls, baseline } = input;
  const blocked = blockedFields(report, input.problems);
  const decision: UpdateDecision = { texts: new Map(), written: {}, changes: [], conflicts: [], restyles: [], blocked: [], waiting: [] };
  const changed = new Map<FieldId, FieldChange>();
  for (const control of controls) {
    // A phrase is written and stored under its own tag; it is blocked, like a computed figure, by its field's error.
    const key = control.tag;
    const derived = report.byId.has(key) ? null : (input.derived?.resolve(key) ?? null);
    const field = report.byId.get(derived ? derived.field : key);
    if (!field) continue;
    if (input.skip?.has(key)) {
      // Said, so that the update that keeps her text does not call the document right (walk44, 8).
      const value = values.get(field.id) ?? null;
      const target = derived ? derived.text : value === null ? null : textAtPlace(field, value, control.columnHeader, control.text, control.rowLabel);
      if (target !== null && control.text !== target && !(decision.skipped ??= []).some((c) => c.field === key)) {
        decision.skipped.push({ field: key, from: control.text, to: target });
      }
      continue;
    }
    // Checked before the value: a figure typed as "abc" has none, and is skipped for its error, not silently.
    if (blocked.has(field.id)) {
      if (!decision.blocked.includes(field.id)) decision.blocked.push(field.id);
      const held = heldBack(field, derived, values.get(field.id) ?? null, control);
      if (held && !decision.waiting.some((w) => w.field === held.field)) decision.waiting.push(held);
      continue;
    }
    const value = values.get(field.id) ?? null;
    const target = derived ? derived.text : value === null ? null : textAtPlace(field, value, control.columnHeader, control.text, control.rowLabel);
    if (target === null) continue;
    if (control.text === target || (!derived && value !== null && showsValue(field, control.text, value))) continue;
    // The same value in the clerk's own style is a question of style, not a hand edit: asked once for all such figures.
    if (!derived && value !== null && !input.overwrite?.has(key) && readsAs(field, control.text, value)) {
      decision.restyles.push({ field: key, controlId: control.id, documentText: control.text, target });
      continue;
    }
    const rejected = derived ? undefined : input.rejected?.get(key);
    if (rejected && rejected.from === control.text && rejected.to === target) {
      if (!decision.rejectedKept?.some((c) => c.field === key)) (decision.rejectedKept ??= []).push(rejected);
      continue;
    }
    // What was last written is stored once per field, with its «%»: the bare text under a «%» header is that too.
    const bareBaseline = headerCarriesPercent(control.columnHeader, control.rowLabel) && baseline[key]?.replace(/\s*%$/u, "") === control.text;
    // Places that write one number in different styles («08» and «8», «9.780» and «9 780») leave no one text to compare
    // with: read together, they are the document's own statement, not a hand edit. Zero said in words («không», «không
    // có KN, TC trong nội bộ») may be another sentence's word: still asked about (walk50, 1).
    const oneValue = !derived && field.formula === undefined && baseline[key] === undefined && sameValueEverywhere(field, controls);
    const replaceable = input.overwrite?.has(key) || baseline[key] === control.text || bareBaseline || oneValue;
    if (replaceable && !derived && !input.overwrite?.has(key) && nonZeroNumber(value) && zeroInWords(field, control.text)) {
      decision.conflicts.push({ field: key, controlId: control.id, documentText: control.text, target, inWords: true });
      continue;
    }
    if (!replaceable) {
      const unconfirmed = !derived && field.formula !== undefined && baseline[key] === undefined;
      const differing = !derived && field.formula === undefined && baseline[key] === undefined;
      decision.conflicts.push({ field: key, controlId: control.id, documentText: control.text, target, ...(unconfirmed ? { unconfirmed } : {}), ...(differing ? { differing } : {}) });
      continue;
    }
    decision.texts.set(control.id, target);
    decision.written[key] = target;
    if (!changed.has(key)) changed.set(key, { field: key, from: control.text, to: target });
  }
  decision.changes = [...changed.values()];
  return decision;
}

/** A zero written with words and no digit: «không», «không có», «không phát sinh» (not «mười hai», a number). */
const zeroInWords = (field: FieldDef, text: string) => !/\d/u.test(text) && readsAs(field, text, { kind: "number", value: 0 });
const nonZeroNumber = (value: FieldValue | null) => value?.kind === "number" && value.value !== 0;

/** A blocked control whose text would change once the errors are fixed; null when it already shows the pane's value. */
function heldBack(field: FieldDef, derived: { text: string | null } | null, value: FieldValue | null, control: ControlText): HeldFigure | null {
  if (derived) return derived.text === null || derived.text === control.text ? null : { field: field.id, from: control.text, to: derived.text };
  // A typed figure with no value is the clerk's input that is no figure yet; a computed one follows its inputs.
  if (value === null) return field.formula ? null : { field: field.id, from: control.text, to: null };
  const target = textAtPlace(field, value, control.columnHeader, control.text, control.rowLabel);
  if (control.text === target || showsValue(field, control.text, value) || readsAs(field, control.text, value)) return null;
  return { field: field.id, from: control.text, to: target };
}

/** Per field, the text its controls agree on; fields whose controls disagree get none (they need a person). */
/** The field's places all write one number, each in its own style (not a list: lists follow their own style). */
function sameValueEverywhere(field: FieldDef, controls: readonly ControlText[]): boolean {
  if (field.kind === "list") return false;
  const values = new Set<string>();
  for (const control of controls) {
    if (control.tag !== field.id) continue;
    if (!/\d/u.test(control.text)) return false;
    const parsed = parseField(field, control.text.trim());
    if (!parsed.ok || parsed.value === null) return false;
    values.add(JSON.stringify(parsed.value));
  }
  return values.size === 1;
}

export function agreedTexts(controls: readonly ControlText[]): Record<FieldId, string> {
  const seen = new Map<FieldId, Set<string>>();
  for (const control of controls) {
    const texts = seen.get(control.tag) ?? new Set<string>();
    texts.add(control.text);
    seen.set(control.tag, texts);
  }
  const agreed: Record<FieldId, string> = {};
  for (const [tag, texts] of seen) if (texts.size === 1) agreed[tag] = [...texts][0]!;
  return agreed;
}

/**
 * After a write that Word stopped half way (batches are not transactional): the planned changes that reached every
 * control they were planned for, so the pane counts them as written rather than as hand edits. `planned` are the
 * controls the plan was made from, `after` what the document shows now.
 */
export function landedChanges(
  decision: UpdateDecision,
  planned: readonly ControlText[],
  after: readonly ControlText[],
): FieldChange[] {
  const now = new Map(after.map((c) => [c.id, c.text]));
  return decision.changes.filter((change) =>
    planned
      .filter((c) => c.tag === change.field && decision.texts.has(c.id))
      .every((c) => {
        const text = now.get(c.id);
        return text !== undefined && reviewedText(text, change.to, new Set([change.from])) === change.to;
      }),
  );
}
