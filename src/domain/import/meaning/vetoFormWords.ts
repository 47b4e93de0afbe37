/**
 * What the precision layer reads from the form alone, each field's words, its siblings, the parts of its sums and
 * the rest (vetoes.ts): read once per form (formMemo.ts), the document's own parts (vetoContext.ts) left empty.
 */
import { longerLeads, type LongerLeads } from "./vetoLonger";
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { PatternTable } from "../patterns";
import { plainWording } from "./profiles";
import { markParts } from "./partWords";
import { rivalries, type Rivalry } from "./vetoRival";
import { awardWords, type AwardWords } from "./vetoAward";
import { awardDescription } from "./vetoOwnAward";
import { heldByOwnHead } from "./otherHeadsAct";
import { countsOwnStaffLetters } from "./ownStaffLetters";
import { formOwnerKinds, provinceWide } from "./vetoProvinceBody";
import { fieldUnit } from "./vetoHeadNoun";
import { countedNouns } from "./countedKinds";
import { labelSubject } from "./memberShares";
import { eventNumerals } from "./vetoEvent";
import { movementNames } from "./vetoMovement";
import { openingMove } from "./moveBasis";
import { isUnitList, ownerOf } from "./vetoOwner";
import { siblingCountLabels, type SiblingCounts } from "./unitKindsJoined";
import { featureSet } from "./words";
import { qualifiedKind, type QualifiedKind } from "./unqualifiedKind";
import { bodiesIn, bodyLevelsIn, organisationNames, roomNames } from "./vetoPlace";
import { formOrganisations } from "./cellOrganisation";
import { givenPurposes, purposes, type Purposes } from "./vetoPurpose";
import { onTimeBesideEarly } from "./vetoOnTime";
import { asksComparison, fieldLevel, type AsksComparison, type FieldLevel } from "./vetoText";
import { titlePairs, type SectionTitle } from "./dateSection";
import { REQUEST } from "./requestLead";
import { countsRulesFeedback } from "./serviceFeedback";

/** What the form says about one field, read once. */
export interface FieldWords {
  words: ReadonlySet<string>;
  rooms: string[];
  bodies: number[];
  /** The bodies its words name with their level («HĐND tỉnh»), as «body:level» (vetoPlace.ts otherBodyLevel). */
  bodyLevels: string[];
  planned: boolean;
  comparison: AsksComparison;
  level: FieldLevel;
  /**
   * What sets this field apart from a more general one of the same kind («trình xin» in «trình xin biệt phái N
   * viên chức» beside «biệt phái viên chức: N»): one of these words must be in the number's sentence.
   */
  special: Array<{ extra: string[]; general: ReadonlySet<string> }>;
  /** The words of the fields that narrow this one so (their `special` extras; narrowerLead.ts). */
  narrower: string[][];
  /**
   * Against each sibling (same section, same kind, sharing two words or more): the words only this field has, and
   * the words only the sibling has. «lĩnh vực đất đai 3/3 lượt» names the land-field, not «lĩnh vực khác».
   */
  siblings: Array<{ mine: string[]; theirs: string[] }>;
  /** Against each sibling as above, by the labels alone: «đột xuất» against «định kỳ» (bothKinds.ts). */
  labelSiblings: Array<{ mine: string[]; theirs: string[] }>;
  /**
   * Against each figure of the same section and kind, by the labels alone, however few words they share: «thạc» against
   * «tiến» (the labels «Thạc sĩ», «Tiến sĩ»); a number described by both is neither (bothKinds.ts describesBothKinds).
   */
  kindSiblings: Array<{ mine: string[]; theirs: string[] }>;
  /** The section's organisation is never named in the document. */
  absent: boolean;
  /** Per sum of the form this field is a part of: the words that set it apart from the total (partWords.ts). */
  partWords: string[][];
  /** The ways the section's title names an organisation, if it does. */
  named: string[] | null;
  /** Those ways and the document's capitals that stand for one of them («TTPVHCC»; shortNames.ts). */
  organisation: string[] | null;
  /** Whose the organisation is, as the section's title says («của Văn phòng» → «văn phòng»). */
  owner: string | null;
  /** A list of units, or the count of one (vetoOwner.ts). */
  unitList: boolean;
  /** For a count of units: the labels of the other counts its part asks for (unitKindsJoined.ts). */
  unitSiblings: SiblingCounts;
  /** The award title and giver the field's words name (vetoAward.ts). */
  award: AwardWords;
  /** An award field's own words, lower case, or null (vetoOwnAward.ts). */
  awardText: string | null;
  /** The section's organisation serves the whole province (vetoProvinceBody.ts). */
  provinceWide: boolean;
  /** What the field counts («nhiệm vụ»), for «07 nhóm nhiệm vụ» (vetoHeadNoun.ts). */
  unit: string | null;
  /** A count's label opening with its unit and saying which of them («Viên chức biệt phái»; unqualifiedKind.ts). */
  qualified: QualifiedKind | null;
  /** The nouns of a known kind the field's own words count («văn bản», «đoàn»; countedKinds.ts). */
  nouns: string[];
  /** The label's subject words («lãnh đạo UBND tỉnh»): a total they name is the field's, not its members' shares. */
  subject: string[];
  /** The field's section has a year of its own (staff «năm 2025»): a year opening a sentence there is no other period. */
  yearSection: boolean;
  /** The numbered event the label names («Đại hội XIV»), which the number's sentence must name (vetoEvent.ts). */
  events: string[];
  /** The names of the emulation movement the label names, if it does (vetoMovement.ts). */
  movement: string[];
  /** The move the label opens with («Tiếp nhận …»), and the other moves opening labels of its section (moveBasis.ts). */
  move: string | null;
  sectionMoves: string[];
  /** For a count naming no event: the events other counts of its section name, which its number's stretch must not. */
  othersEvents: string[];
  /** The form says the field is held by the body's own head: another government's head's act is not it (otherHeadsAct.ts). */
  ownHeadsAct: boolean;
  /** The form says the field counts letters about the body's own staff (ownStaffLetters.ts). */
  ownStaffLetters: boolean;
  /** The number of the form's section the field is in («III.2.c»), for a date's part of the report (dateSection.ts). */
  sectionNumber: string;
  /** The form words the field as a request («trình xin biệt phái»): requests are what it counts (requestLead.ts). */
  requests: boolean;
  /** The field counts feedback on administrative rules, none on the service (serviceFeedback.ts). */
  rulesFeedback: boolean;
  /** Its label and its section's title, lower case: a place's kind they name («cấp xã») gives it that place's share (placeParts.ts). */
  placeWords: string;
}

/** What the form alone says of its fields, read once per form (formMemo.ts); the document's parts are left empty. */
export interface FormWords {
  fields: Map<FieldId, FieldWords>;
  allPairs: Map<string, Set<FieldId>>;
  organisations: string[][];
  rivals: Map<FieldId, Rivalry>;
  purposes: Purposes;
  /** Award figures naming no giver, with what each is for (vetoPurpose.ts givenPurposes). */
  givenPurposes: ReadonlyMap<FieldId, string[]>;
  longer: LongerLeads;
  onTime: ReadonlySet<FieldId>;
  ownerKinds: ReturnType<typeof formOwnerKinds>;
  figures: Map<FieldId, { words: ReadonlySet<string>; label: string }>;
  /** The form's sections as a heading may name them (dateSection.ts). */
  sections: SectionTitle[];
}

/**
 * A figure the form carries over from another («Lượt tiếp tháng trước» is last period's «Tổng số lượt tiếp công dân»:
 * `carriedFrom`) is that figure of another period: of the same level, a total when it is one. Its own words need not
 * say «tổng»: «So với tháng 3/2025 (tháng 3 tiếp 95 lượt, 131 người)» after a sentence naming every level is the
 * whole's earlier value, not a level's. A period carried over (the month compared with) is every level's.
 */
function carryLevels(report: ReportDefinition, fields: Map<FieldId, FieldWords>): void {
  for (const field of report.fields) {
    if (field.carriedFrom === undefined) continue;
    const own = fields.get(field.id)!;
    // The period compared with («So với tháng 3/2025») is every level's.
    if (field.carriedFrom === "period") {
      own.level = { total: true, levels: own.level.levels };
      continue;
    }
    const from = fields.get(field.carriedFrom);
    if (!from?.level.total || own.level.total) continue;
    own.level = { total: true, levels: [...new Set([...own.level.levels, ...from.level.levels])] };
  }
}

export function readForm(report: ReportDefinition, patterns: PatternTable): FormWords {
  const titles = new Map(report.sections.map((s) => [s.id, s.title]));
  const numbers = new Map(report.sections.map((s) => [s.id, s.number]));
  const fields = new Map<FieldId, FieldWords>();
  const allPairs = new Map<string, Set<FieldId>>();
  for (const field of report.fields) {
    const description = [field.label, ...(patterns.get(field.id) ?? []).map((p) => plainWording(p.wording).replace(/\{\w\}/g, " "))].join(" ; ");
    const words = featureSet(description);
    for (const w of words) if (w.includes(" ")) allPairs.set(w, (allPairs.get(w) ?? new Set()).add(field.id));
    const named = organisationNames(titles.get(field.section) ?? "");
    const where = `${description} ; ${titles.get(field.section) ?? ""}`;
    const listed = field.kind === "list" ? field : field.formula?.op === "countOf" ? report.byId.get(field.formula.list) : undefined;
    fields.set(field.id, { owner: ownerOf(titles.get(field.section) ?? ""), unitList: listed !== undefined && isUnitList(listed.label), unitSiblings: [], words, special: [], narrower: [], siblings: [], labelSiblings: [], kindSiblings: [], comparison: asksComparison(where), level: fieldLevel(where, `${field.label} ; ${titles.get(field.section) ?? ""}`), rooms: roomNames(description), bodies: bodiesIn(description), bodyLevels: bodyLevelsIn(description), named, organisation: null, planned: /dự kiến/iu.test(description), absent: false, partWords: [], award: awardWords(description), awardText: awardDescription(description), provinceWide: named !== null && provinceWide(titles.get(field.section) ?? ""), unit: field.kind === "count" ? fieldUnit(field, patterns.get(field.id) ?? []) : null, qualified: field.kind === "count" ? qualifiedKind(field.label) : null, nouns: field.kind === "count" ? countedNouns(field, patterns.get(field.id) ?? []) : [], subject: [], events: eventNumerals(field.label), movement: movementNames(field.label), move: field.kind === "count" ? openingMove(field.label) : null, sectionMoves: [], othersEvents: [], yearSection: report.fields.some((f) => f.section === field.section && f.kind === "year"), ownHeadsAct: heldByOwnHead(field.hint), ownStaffLetters: countsOwnStaffLetters(field.hint), sectionNumber: numbers.get(field.section) ?? field.section, requests: REQUEST.test(description), rulesFeedback: field.kind === "count" && countsRulesFeedback(field.label, titles.get(field.section) ?? ""), placeWords: `${field.label} ; ${titles.get(field.section) ?? ""}`.toLowerCase() });
  }
  for (const f of report.fields) {
    const own = fields.get(f.id)!;
    if (own.unitList) own.unitSiblings = siblingCountLabels(report.fields.filter((g) => g.section === f.section && g.id !== f.id && g.kind === "count").map((g) => g.label));
  }
  carryLevels(report, fields);
  markSpecial(report, fields);
  markOthersEvents(report, fields);
  for (const f of report.fields) {
    const own = fields.get(f.id)!;
    if (own.move === null) continue;
    own.sectionMoves = [...new Set(report.fields.flatMap((g) => (g.section === f.section && g.id !== f.id ? [fields.get(g.id)!.move ?? ""] : [])).filter((m) => m !== "" && m !== own.move))];
  }
  for (const f of report.fields) if (f.kind === "count") fields.get(f.id)!.subject = labelSubject(f.label, fields.get(f.id)!.nouns);
  markParts(report, fields, single);
  const onTime = onTimeBesideEarly(report, new Map([...fields].map(([id, f]) => [id, f.words])));
  const figures = new Map([...fields].flatMap(([id, f]) => (FIGURES.has(report.byId.get(id)?.kind ?? "") ? [[id, { words: f.words, label: report.byId.get(id)!.label }] as const] : [])));
  return { fields, allPairs, organisations: formOrganisations(report), rivals: rivalries(report), purposes: purposes(report, (id) => fields.get(id)?.unit ?? null), givenPurposes: givenPurposes(report, (id) => fields.get(id)?.unit ?? null, (id) => fields.get(id)?.award.givers.size ?? 0), longer: longerLeads(report, patterns), onTime, ownerKinds: formOwnerKinds(report.sections.map((s) => s.title)), figures, sections: report.sections.map((s) => ({ number: s.number, pairs: titlePairs(s.title) })) };
}

export const FIGURES: ReadonlySet<string> = new Set(["count", "percent"]);

/** Syllables alone: pairs differ between any two wordings and would make every field special. */
export function single(words: ReadonlySet<string>): Set<string> {
  return new Set([...words].filter((w) => !w.includes(" ")));
}

function markOthersEvents(report: ReportDefinition, fields: Map<FieldId, FieldWords>): void {
  for (const f of report.fields) {
    const own = fields.get(f.id)!;
    if (f.kind !== "count" || own.events.length > 0) continue;
    own.othersEvents = report.fields.filter((g) => g.section === f.section && g.kind === "count").flatMap((g) => fields.get(g.id)!.events);
  }
}

function markSpecial(report: ReportDefinition, fields: Map<FieldId, FieldWords>): void {
  const singles = new Map(report.fields.map((f) => [f.id, single(fields.get(f.id)!.words)]));
  // Siblings are told apart by their labels: wordings carry the connecting words of their sentence («đề ra»).
  const labels = new Map(report.fields.map((f) => [f.id, single(featureSet(f.label))]));
  for (const f of report.fields) {
    const mine = singles.get(f.id)!;
    for (const g of report.fields) {
      const theirs = singles.get(g.id)!;
      // Percentages are described by their part's words, which the part's own vetoes weigh.
      if (g.id !== f.id && g.kind === f.kind && g.section === f.section && f.kind !== "percent") {
        const a = labels.get(f.id)!;
        const b = labels.get(g.id)!;
        const shared = [...a].filter((w) => b.has(w)).length;
        // A word the other field's wording uses too («lĩnh vực đất đai {N}») does not set this one apart.
        const onlyMine = [...a].filter((w) => !b.has(w) && !theirs.has(w));
        const onlyTheirs = [...b].filter((w) => !a.has(w) && !mine.has(w));
        if (shared >= 2 && onlyMine.length > 0 && onlyMine.length <= 3 && onlyTheirs.length > 0 && onlyTheirs.length <= 3) {
          fields.get(f.id)!.siblings.push({ mine: onlyMine, theirs: onlyTheirs });
        }
        const labelMine = [...a].filter((w) => !b.has(w));
        const labelTheirs = [...b].filter((w) => !a.has(w));
        if (shared >= 2 && labelMine.length > 0 && labelMine.length <= 3 && labelTheirs.length > 0 && labelTheirs.length <= 3) {
          fields.get(f.id)!.labelSiblings.push({ mine: labelMine, theirs: labelTheirs });
        }
        if (labelMine.length > 0 && labelMine.length <= 3 && labelTheirs.length > 0 && labelTheirs.length <= 3) {
          fields.get(f.id)!.kindSiblings.push({ mine: labelMine, theirs: labelTheirs });
        }
      }
      if (g.id === f.id || g.kind !== f.kind || theirs.size === 0 || theirs.size >= mine.size) continue;
      if (![...theirs].every((w) => mine.has(w))) continue;
      // Only a qualifier of two syllables written together («trình xin»): longer differences are names of places,
      // which the organisation rule weighs, and single words are often the wording's own filler.
      const extra = [...mine].filter((w) => !theirs.has(w));
      if (extra.length === 2 && fields.get(f.id)!.words.has(extra.join(" "))) {
        fields.get(f.id)!.special.push({ extra, general: theirs });
        fields.get(g.id)!.narrower.push(extra);
      }
    }
  }
}
