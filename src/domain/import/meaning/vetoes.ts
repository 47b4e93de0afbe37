/**
 * The precision layer: a figure bound by wording or by meaning is demoted to unclear when something around it says
 * it is not the form's figure (vetoText.ts: approximation, comparison, another level, a result for a plan;
 * vetoPlace.ts: another column, room, body, or an organisation the document never names). Demoted, never dropped:
 * the clerk still sees the number as a candidate and chooses. A wrong value silently imported is the one outcome
 * recognition must never give; a figure left for the clerk costs two clicks.
 */
import { directionWords, withWay } from "./moveDirection";
import { longerLeads, longerWordingBefore, type LongerLeads } from "./vetoLonger";
import type { ReportDefinition } from "../../report";
import type { FieldDef, FieldId } from "../../types";
import type { NumberToken } from "../numbers";
import type { PatternTable } from "../patterns";
import type { Occurrence, Recognition } from "../types";
import { roleClash } from "./dateRole";
import { countsTime, isRowNumber, notACount } from "./notCounts";
import { isOtherPeriod, readPeriodScope, type PeriodScope } from "./periodScope";
import { plainWording } from "./profiles";
import { markParts, unnamedPart, wordsAround } from "./partWords";
import { readRivalWords, rivalries, rivalVeto, type Rivalry } from "./vetoRival";
import { awardWords, giverNamedElsewhere, otherAward, type AwardWords } from "./vetoAward";
import { awardDescription, issuingBody, ownAwardOf, ownHeadAward } from "./vetoOwnAward";
import { monthShare } from "./monthShare";
import { anotherKindsReport, formOwnerKinds, provinceSubject, provinceWide } from "./vetoProvinceBody";
import { planLabelled } from "./planLabel";
import { countedBefore, fieldUnit, otherHeadNoun } from "./vetoHeadNoun";
import { countedNouns, countsOtherKind, documentsAboutOther } from "./countedKinds";
import { labelSubject, memberShare, shareOfNamedTotal } from "./memberShares";
import { mentionedInPassing } from "./placeMentions";
import { eventNumerals, eventUnnamed, otherEventNamed } from "./vetoEvent";
import { isTarget, issuerOf, otherAgencySubject, ownSectorOnly } from "./vetoTarget";
import { departmentSubject, sectorHeading } from "./vetoChannel";
import { isUnitList, otherOwner, ownerOf, unitsOfActivity } from "./vetoOwner";
import { earlierTail, earlierTopic, earlierYearTopic } from "./vetoEarlier";
import { countsLearners, learnersBefore, quotedForComparison } from "./vetoQuoted";
import { itemMark, spelledOtherUnit } from "./vetoSpelled";
import { levelRange } from "./vetoLevelRange";
import { unnamedColumn } from "./vetoColumns";
import { featureSet, syllables } from "./words";
import { earlierUnstated, yearAgoForPrevious } from "./vetoUnstatedEarlier";
import { lastPeriodCell } from "./tableGrid";
import { bodiesIn, fractionLegend, otherSide, rowNamesField, headerNamesOther, namesOrganisation, organisationNames, otherBody, otherRoom, roomNames, scopeBefore } from "./vetoPlace";
import { namedByShortName, shortFormsOf, type ShortForms } from "./shortNames";
import { cellOfOtherOrganisation, formOrganisations } from "./cellOrganisation";
import { levelCarried, namedUnitBefore } from "./levelAround";
import { memoFor, remembered } from "./vetoMemo";
import { respectiveClaims, respectiveOwn, respectiveRefuses } from "./respectivePairs";
import { otherBodysDeputy } from "./vetoDeputy";
import { otherConcurrentPost } from "./vetoConcurrent";
import { otherPurpose, purposes, type Purposes } from "./vetoPurpose";
import { inTasksPart, planColumn } from "./planPlaces";
import { blindTotal, totalCellAbout } from "./blindTotal";
import { asksLevel, singleBodyRow } from "./singleBodyRow";
import { spanFacts } from "./vetoFacts";
import { earlyMentions, earlyNamedNear, onTimeBesideEarly } from "./vetoOnTime";
import { atCommuneLevel, communeIssuer, COMMUNE_LEVEL } from "./communeReport";
import { perForm } from "./formMemo";
import { asksComparison, comparisonVetoes, fieldLevel, isApproximate, type AsksComparison, type FieldLevel, isDoneForPlanned, isOtherLevel, ownLevel } from "./vetoText";

export type VetoReason = "approximate" | "comparison" | "otherLevel" | "doneForPlanned" | "otherColumn" | "otherRoom" | "otherBody" | "noOrganisation" | "organisationOutOfScope" | "general" | "otherSide" | "sibling" | "otherAgents" | "unnamedPart" | "broken" | "notCount" | "otherPeriod" | "dateOrder" | "rival" | "superseded" | "otherAward" | "headNoun" | "otherEvent" | "target" | "otherAgency" | "ownAward";

/** What the form says about one field, read once. */
interface FieldWords {
  words: ReadonlySet<string>;
  rooms: string[];
  bodies: number[];
  planned: boolean;
  comparison: AsksComparison;
  level: FieldLevel;
  /**
   * What sets this field apart from a more general one of the same kind («trình xin» in «trình xin biệt phái N
   * viên chức» beside «biệt phái viên chức: N»): one of these words must be in the number's sentence.
   */
  special: Array<{ extra: string[]; general: ReadonlySet<string> }>;
  /**
   * Against each sibling (same section, same kind, sharing two words or more): the words only this field has, and
   * the words only the sibling has. «lĩnh vực đất đai 3/3 lượt» names the land-field, not «lĩnh vực khác».
   */
  siblings: Array<{ mine: string[]; theirs: string[] }>;
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
  /** The award title and giver the field's words name (vetoAward.ts). */
  award: AwardWords;
  /** An award field's own words, lower case, or null (vetoOwnAward.ts). */
  awardText: string | null;
  /** The section's organisation serves the whole province (vetoProvinceBody.ts). */
  provinceWide: boolean;
  /** What the field counts («nhiệm vụ»), for «07 nhóm nhiệm vụ» (vetoHeadNoun.ts). */
  unit: string | null;
  /** The nouns of a known kind the field's own words count («văn bản», «đoàn»; countedKinds.ts). */
  nouns: string[];
  /** The label's subject words («lãnh đạo UBND tỉnh»): a total they name is the field's, not its members' shares. */
  subject: string[];
  /** The field's section has a year of its own (staff «năm 2025»): a year opening a sentence there is no other period. */
  yearSection: boolean;
  /** The numbered event the label names («Đại hội XIV»), which the number's sentence must name (vetoEvent.ts). */
  events: string[];
  /** For a count naming no event: the events other counts of its section name, which its number's stretch must not. */
  othersEvents: string[];
}

export interface VetoContext {
  text: string;
  level: number;
  year: number | null;
  /** The document states a plan with a number («dự kiến kiểm tra 02 đơn vị»). */
  plans: boolean;
  /** The form's period and the report's: figures written for another (a cumulative beside a quarter) are not its. */
  period: PeriodScope;
  rivals: Map<FieldId, Rivalry>;
  /** Awards told apart by what they are for, their units set aside (vetoPurpose.ts). */
  purposes: Purposes;
  /** The issuing body named in the document's header, lower case (vetoTarget.ts). */
  issuer: string | null;
  /** The issuing body alone, from the header's capitals (vetoOwnAward.ts): its head's awards are its own. */
  ownBody: string | null;
  /** The issuing body is of another kind than the office the form is written for (vetoProvinceBody.ts). */
  anotherKind: boolean;
  /** The ways the form names its province-wide bodies. */
  provinceNames: string[];
  fields: Map<FieldId, FieldWords>;
  /** Every field's pairs of words, to tell a header that names another figure. */
  allPairs: Map<string, Set<FieldId>>;
  /** The organisations the form's sections name (cellOrganisation.ts). */
  organisations: string[][];
  /** Other fields' wordings that end like a field's own and go further back (vetoLonger.ts). */
  longer: LongerLeads;
  /** «Đúng hạn» figures the form sets beside early ones, and where the document names early files (vetoOnTime.ts). */
  onTime: ReadonlySet<FieldId>;
  early: readonly number[];
  /** The document's short forms for an organisation: defined («sau đây gọi tắt là Trung tâm») or capitals (shortNames.ts). */
  shortForms: (names: readonly string[]) => ShortForms;
  /** Figures a respective list's label names best, with the numbers it gives them (respectivePairs.ts). */
  claims: Map<FieldId, Array<{ start: number; value: number }>>;
}

export function vetoContext(text: string, report: ReportDefinition, patterns: PatternTable): VetoContext {
  const lower = text.normalize("NFC").toLowerCase();
  const form = perForm(report, patterns, () => readForm(report, patterns));
  const absentBySection = new Map<string, boolean>();
  // Organisations the document names only by a short form («TTPVHCC», «Trung tâm»; shortNames.ts).
  const shortForms = shortFormsOf(text);
  const title = /quý\s+(?:I|II|III|IV)\s*(?:năm|\/)\s*(\d{4})/iu.exec(text.slice(0, 1500));
  const ownBody = issuingBody(text);
  // A commune's own report reads the form at its level, its centre as its own (communeReport.ts).
  const commune = communeIssuer(ownBody);
  const fields = new Map<FieldId, FieldWords>();
  for (const field of report.fields) {
    const read = form.fields.get(field.id)!;
    const { named } = read;
    const organisation = named && [...named, ...shortForms(named).written];
    let absent = absentBySection.get(field.section);
    if (absent === undefined) {
      absent = organisation !== null && !namesOrganisation(lower, organisation);
      absentBySection.set(field.section, absent);
    }
    fields.set(field.id, { ...read, organisation, absent, level: commune ? atCommuneLevel(read.level) : read.level });
  }
  const plans = /dự kiến[^.;\n]{0,80}\d/iu.test(text);
  const early = form.onTime.size > 0 ? earlyMentions(text) : [];
  return { text, level: commune ? COMMUNE_LEVEL : ownLevel(text), plans, year: title ? Number(title[1]) : null, fields, allPairs: form.allPairs, organisations: form.organisations, period: readPeriodScope(text, report.periodKind), rivals: form.rivals, purposes: form.purposes, issuer: issuerOf(text), ownBody, anotherKind: !commune && anotherKindsReport(ownBody, form.ownerKinds), provinceNames: [...fields.values()].flatMap((f) => (f.provinceWide ? (f.organisation ?? []) : [])), longer: form.longer, onTime: form.onTime, early, shortForms, claims: respectiveClaims(text, form.figures) };
}

/** What the form alone says of its fields, read once per form (formMemo.ts); the document's parts are left empty. */
interface FormWords {
  fields: Map<FieldId, FieldWords>;
  allPairs: Map<string, Set<FieldId>>;
  organisations: string[][];
  rivals: Map<FieldId, Rivalry>;
  purposes: Purposes;
  longer: LongerLeads;
  onTime: ReadonlySet<FieldId>;
  ownerKinds: ReturnType<typeof formOwnerKinds>;
  figures: Map<FieldId, { words: ReadonlySet<string>; label: string }>;
}

function readForm(report: ReportDefinition, patterns: PatternTable): FormWords {
  const titles = new Map(report.sections.map((s) => [s.id, s.title]));
  const fields = new Map<FieldId, FieldWords>();
  const allPairs = new Map<string, Set<FieldId>>();
  for (const field of report.fields) {
    const description = [field.label, ...(patterns.get(field.id) ?? []).map((p) => plainWording(p.wording).replace(/\{\w\}/g, " "))].join(" ; ");
    const words = featureSet(description);
    for (const w of words) if (w.includes(" ")) allPairs.set(w, (allPairs.get(w) ?? new Set()).add(field.id));
    const named = organisationNames(titles.get(field.section) ?? "");
    const where = `${description} ; ${titles.get(field.section) ?? ""}`;
    const listed = field.kind === "list" ? field : field.formula?.op === "countOf" ? report.byId.get(field.formula.list) : undefined;
    fields.set(field.id, { owner: ownerOf(titles.get(field.section) ?? ""), unitList: listed !== undefined && isUnitList(listed.label), words, special: [], siblings: [], comparison: asksComparison(where), level: fieldLevel(where, `${field.label} ; ${titles.get(field.section) ?? ""}`), rooms: roomNames(description), bodies: bodiesIn(description), named, organisation: null, planned: /dự kiến/iu.test(description), absent: false, partWords: [], award: awardWords(description), awardText: awardDescription(description), provinceWide: named !== null && provinceWide(titles.get(field.section) ?? ""), unit: field.kind === "count" ? fieldUnit(field, patterns.get(field.id) ?? []) : null, nouns: field.kind === "count" ? countedNouns(field, patterns.get(field.id) ?? []) : [], subject: [], events: eventNumerals(field.label), othersEvents: [], yearSection: report.fields.some((f) => f.section === field.section && f.kind === "year") });
  }
  markSpecial(report, fields);
  markOthersEvents(report, fields);
  for (const f of report.fields) if (f.kind === "count") fields.get(f.id)!.subject = labelSubject(f.label, fields.get(f.id)!.nouns);
  markParts(report, fields, single);
  const onTime = onTimeBesideEarly(report, new Map([...fields].map(([id, f]) => [id, f.words])));
  const figures = new Map([...fields].flatMap(([id, f]) => (FIGURES.has(report.byId.get(id)?.kind ?? "") ? [[id, { words: f.words, label: report.byId.get(id)!.label }] as const] : [])));
  return { fields, allPairs, organisations: formOrganisations(report), rivals: rivalries(report), purposes: purposes(report, (id) => fields.get(id)?.unit ?? null), longer: longerLeads(report, patterns), onTime, ownerKinds: formOwnerKinds(report.sections.map((s) => s.title)), figures };
}

const reasons = memoFor<VetoReason | null>();
const FIGURES: ReadonlySet<string> = new Set(["count", "percent"]);

/** The value a written figure gives («25.131» 25131, «93,65%» 93.65), to compare with a respective list's. */
function writtenValue(written: string): number {
  return Number(written.replace(/[.\s\u00a0%]/gu, "").replace(",", "."));
}

/** Why the number at [start, end) is not this field's figure, or null when nothing says so (read once per document). */
export function vetoReason(ctx: VetoContext, field: FieldDef, o: { start: number; end: number }, strict = false): VetoReason | null {
  return remembered(reasons, ctx, field, `${o.start}:${o.end}:${strict ? 1 : 0}`, () => judgeVeto(ctx, field, o, strict));
}

const leading = memoFor<VetoReason | null>();

function judgeVeto(ctx: VetoContext, field: FieldDef, o: { start: number; end: number }, strict: boolean): VetoReason | null {
  // The vetoes before the first strict-only one answer the same for both readings (the wording's refusal and the
  // assignment ask leniently, the final demotion strictly): read once for both.
  return remembered(leading, ctx, field, `${o.start}:${o.end}`, () => leadingVeto(ctx, field, o)) ?? trailingVeto(ctx, field, o, strict);
}

function leadingVeto(ctx: VetoContext, field: FieldDef, o: { start: number; end: number }): VetoReason | null {
  const { text } = ctx;
  const own = ctx.fields.get(field.id);
  if (!own) return null;
  if (own.absent) return "noOrganisation";
  if (own.provinceWide && ctx.anotherKind) return "otherAgency";
  // What is the same for every figure is read once per number (vetoFacts.ts).
  const at = spanFacts(ctx, o);
  if (ctx.anotherKind && ctx.provinceNames.length > 0 && at.once("provinceSubject", () => provinceSubject(text.slice(at.sentence.from, o.start), ctx.provinceNames))) return "otherAgency";
  const organisation = own.organisation;
  const named = () => namesOrganisation(at.scopeLower, organisation!) || namedByShortName(scopeBefore(text, o.start), ctx.shortForms(own.named!).alone);
  if (organisation && !at.once(`names:${organisation.join("|")}`, named)) {
    return "organisationOutOfScope";
  }
  if (cellOfOtherOrganisation(text, o, own.organisation, ctx.organisations)) return "otherColumn";
  if (organisation && at.once(`owner:${organisation.join("|")}:${own.owner ?? ""}`, () => otherOwner(at.scopeLower, organisation, own.owner, ctx.issuer, ctx.level))) return "otherBody";
  if (own.unitList && at.once("unitsOfActivity", () => unitsOfActivity(text, o.start))) return "otherRoom";
  if (at.approximate) return "approximate";
  if (at.broken) return "broken";
  if (at.superseded) return "superseded";
  const digits = /^\d/.test(text.slice(o.start, o.end));
  // «A và B lần lượt là 84 và 77»: the number is its own label's; a figure a list names is the list's (respectivePairs.ts).
  if (FIGURES.has(field.kind) && digits && respectiveRefuses(text, o.start, own.words)) return "sibling";
  const claim = FIGURES.has(field.kind) ? ctx.claims.get(field.id) : undefined;
  if (claim && digits && !claim.some((c) => c.start === o.start || c.value === writtenValue(text.slice(o.start, o.end)))) return "superseded";
  if (field.kind === "count" && digits && at.once(`notCount:${countsTime(field.unit)}`, () => notACount(text, o.start, o.end, field.unit))) return "notCount";
  if (field.kind === "count" && digits && (at.rowNumber || itemMark(text, o.start, o.end))) return "notCount";
  // «Cộng⇥115» under «Tổng số» in a staff table: a total of what the table is about (blindTotal.ts).
  if (FIGURES.has(field.kind) && digits && blindTotal(at.once("totalCell", () => totalCellAbout(text, o)), own.words)) return "otherColumn";
  // «Lãnh đạo UBND Thành phố⇥0» for the wards' level «UBND các huyện, thành phố»: one body's row (singleBodyRow.ts).
  if (FIGURES.has(field.kind) && asksLevel(field.label) && at.once("singleBodyRow", () => singleBodyRow(text, o))) return "otherLevel";
  // «03 Phó Chánh Thanh tra» for the office's «Phó Chánh Văn phòng»: another body's deputies (vetoDeputy.ts).
  if (field.kind === "count" && otherBodysDeputy(field.label, text, o.start, o.end)) return "otherBody";
  // «01 Phó Chánh Văn phòng kiêm Phó Giám đốc Trung tâm» for «kiêm nhiệm Giám đốc Trung tâm» (vetoConcurrent.ts).
  if (field.kind === "count" && otherConcurrentPost(field.label, text, o.start, o.end)) return "otherBody";
  if (at.otherPeriod) return "otherPeriod";
  if (digits && at.once("unnamedColumn", () => unnamedColumn(text, o))) return "otherColumn";
  if (field.kind === "date" && roleClash(field.label, text, o.start, o.end)) return "dateOrder";
  if (field.kind === "count" && at.agentsBefore) return "otherAgents";
  if (field.kind === "count" && digits && at.once(`headNoun:${own.unit ?? ""}:${field.label}`, () => otherHeadNoun(own.unit, text, o.end, field.label) || countedBefore(own.unit, text, o.start) || spelledOtherUnit(own.unit, text, o.end))) return "headNoun";
  // «làm việc tại hai đơn vị sự nghiệp»: units named in passing as where others work (placeMentions.ts).
  if (field.kind === "count" && at.once(`passing:${own.subject.join(" ")}`, () => mentionedInPassing(text, o.start, own.subject))) return "otherRoom";
  // «Lãnh đạo UBND tỉnh … (02 lượt): Chủ tịch … (01 lượt); Phó Chủ tịch … (01 lượt)»: a member's share (memberShares.ts).
  if (field.kind === "count" && digits && shareOfNamedTotal(at.once("memberShare", () => memberShare(text, o.start, o.end)), own.subject)) return "unnamedPart";
  // «trao 45 suất quà» for a count of documents, «10/10 huyện» for one of delegations: another kind of thing (countedKinds.ts).
  if (field.kind === "count" && digits && at.once(`kind:${own.nouns.join(",")}`, () => countsOtherKind(own.nouns, text, o.end))) return "headNoun";
  if (field.kind === "count" && at.once(`about:${own.subject.join(" ")}`, () => documentsAboutOther(own.nouns, own.subject, text, o.end))) return "headNoun";
  if (field.kind === "count" && at.once(`award:${[...own.award.titles, "|", ...own.award.givers].join(",")}`, () => otherAward(own.award, text, o.start, o.end) || giverNamedElsewhere(own.award, text, o.start, o.end))) return "otherAward";
  if (field.kind === "count" && own.awardText !== null && ownAwardOf(own.awardText, at.once("ownAward", () => ownHeadAward(text, o.start, o.end, ctx.ownBody)))) return "ownAward";
  if (comparisonVetoes(at.comparison, own.comparison)) return "comparison";
  if (own.comparison.earlier && !own.comparison.change && yearAgoForPrevious(text.slice(at.sentence.from, o.start), `${field.label} ${(field.wording ?? []).join(" ")}`)) return "comparison";
  // A cell under last period's column is stated as earlier by its header (tableGrid.ts lastPeriodCell).
  if (own.comparison.earlier && !own.comparison.change && at.once("earlierUnstated", () => earlierUnstated(at.sentenceText, ctx.period.kind === "month" ? ctx.period.index : null) && !lastPeriodCell(text, o))) return "comparison";
  if (at.otherPeriodCell && comparisonVetoes("earlier", own.comparison)) return "comparison";
  if (at.once(`level:${JSON.stringify(own.level)}:${organisation?.join("|") ?? ""}`, () => otherLevelAt(ctx, own, o))) return "otherLevel";
  if (at.otherAgents) return "otherAgents";
  if (own.partWords.length > 0 && unnamedPart(text, o.start, o.end, own.partWords, at.once("partScope", () => wordsAround(text, o.start, o.end)))) return "unnamedPart";
  const sentence = at.sentence;
  if (isDoneForPlanned(text, o.start, o.end, own.planned && ctx.plans)) return "doneForPlanned";
  // Targets, other agencies, a department's own sector, earlier periods opening the sentence (vetoTarget.ts, vetoEarlier.ts).
  const figure = field.kind === "count" || field.kind === "percent";
  if (figure && !own.planned && at.once("target", () => isTarget(text, o.start))) return "target";
  // A plan labelled beside what was done (planLabel.ts); one month's share of a quarter told month by month (monthShare.ts).
  if (figure && !own.planned && at.once("planLabel", () => planLabelled(text, o.start))) return "target";
  // A plan column, or the part on the next period's tasks (planPlaces.ts).
  if (figure && !own.planned && at.once("planPlace", () => inTasksPart(text, o.start) || planColumn(at.header))) return "target";
  if (field.kind === "count" && at.once("monthShare", () => monthShare(text, o.start, o.end, ctx.period.kind))) return "otherPeriod";
  if (figure && at.once(`agency:${organisation?.join("|") ?? ""}`, () => otherAgencySubject(text, sentence.from, o.start, organisation, ctx.issuer))) return "otherAgency";
  if (field.kind === "count" && at.once("ownSector", () => ownSectorOnly(text, o.start, o.end, ctx.issuer))) return "otherAgency";
  // A department's own files named with the centre as their channel, or under its own sector's heading (vetoChannel.ts).
  if (figure && at.once(`department:${organisation?.join("|") ?? ""}`, () => departmentSubject(text, sentence.from, o.start, organisation, ctx.issuer))) return "otherAgency";
  if (figure && at.once("sectorHeading", () => sectorHeading(text, o.start, ctx.issuer))) return "otherAgency";
  if (figure && at.once("earlierTopic", () => earlierTopic(text, sentence.from, o.start) || earlierTail(text, o.end, sentence.to)) && comparisonVetoes("earlier", own.comparison)) return "otherPeriod";
  if (figure && !own.yearSection && at.once("earlierYear", () => earlierYearTopic(text, sentence.from, o.start, ctx.period.year ?? ctx.year))) return "otherPeriod";
  if (figure && comparisonVetoes("earlier", own.comparison) && at.once("quoted", () => quotedForComparison(text, o.start))) return "comparison";
  if (field.kind === "count" && !countsLearners(field.label) && at.once("learners", () => learnersBefore(text, o.start))) return "headNoun";
  if (otherBody(at.sentenceText, own.bodies)) return "otherBody";
  // An award for another purpose, what each counts set aside (vetoPurpose.ts).
  if (field.kind === "count" && otherPurpose(ctx.purposes.get(field.id), at.sentenceText)) return "rival";
  if (own.special.length > 0) {
    const words = at.once("sentenceSingles", () => single(featureSet(at.sentenceText)));
    const fitsGeneral = (d: { extra: string[]; general: ReadonlySet<string> }) =>
      !d.extra.some((w) => words.has(w)) && [...d.general].every((w) => words.has(w));
    if (own.special.some(fitsGeneral)) return "general";
  }
  return null;
}

function trailingVeto(ctx: VetoContext, field: FieldDef, o: { start: number; end: number }, strict: boolean): VetoReason | null {
  const { text } = ctx;
  const own = ctx.fields.get(field.id);
  if (!own) return null;
  const at = spanFacts(ctx, o);
  const sentence = at.sentence;
  if (strict && own.events.length > 0 && eventUnnamed(own.events, at.sentenceText)) return "otherEvent";
  if (otherEventNamed(own.othersEvents, text, sentence.from, o.start, o.end)) return "otherEvent";
  const segment = at.once("segment", () => segmentAround(text, o.start, o.end));
  const sentenceBefore = () => at.once("sentenceBeforeSyllables", () => syllables(text.slice(sentence.from, o.start)));
  if (field.kind === "count" && levelRange(field.label, at.once("segmentSyllables", () => syllables(segment)), sentenceBefore)) return "general";
  const rivalry = ctx.rivals.get(field.id);
  // What the number is for may follow it in brackets: «Bằng khen cho 1 cá nhân (phong trào phòng cháy, chữa cháy)».
  const bracket = at.once("bracket", () => /^[^,;()\n]*\(([^()]*)\)/u.exec(text.slice(o.end, o.end + 160))?.[1] ?? "");
  // «Điều động 01 công chức đến nhận công tác tại Sở …»: the way a move went is a word of its own stretch, and the
  // «đến» of where the person went is not the moves in's (moveDirection.ts).
  const way = () => at.once("moveWay", () => directionWords(text, sentence.from, o.start, o.end));
  const rivalWords = () => at.once("rivalWords", () => {
    const read = readRivalWords(at.sentenceText, segment, `${segment} ${bracket}`);
    return { ...read, inOwn: withWay(read.inOwn, way()), inSegment: withWay(read.inSegment, way()) };
  });
  if (rivalry && rivalVeto(rivalry, at.sentenceText, segment, `${segment} ${bracket}`, strict, rivalWords())) return "rival";
  if (longerWordingBefore(text, o.start, ctx.longer.get(field.id))) return "rival";
  if (own.siblings.length > 0) {
    const near = at.once("segmentSingles", () => withWay(single(featureSet(segment)), way()));
    const sibling = (x: { mine: string[]; theirs: string[] }) => !x.mine.some((w) => near.has(w)) && x.theirs.some((w) => near.has(w));
    if (own.siblings.some(sibling)) return "sibling";
  }
  // «đúng hạn» with no early files named around it counts them too (vetoOnTime.ts).
  if (ctx.onTime.has(field.id) && !earlyNamedNear(ctx.early, o.start, o.end)) return "sibling";
  // A respective list's figure under its own label: the rooms around it are the other labels' (respectivePairs.ts).
  if (otherRoom(segment, own.rooms) && !respectiveOwn(text, o.start, own.words)) return "otherRoom";
  const legend = fractionLegend(at.sentenceText, o.start, o.end, sentence.from);
  if (legend && otherSide(legend, own.words)) return "otherSide";
  // The sub-header says whose column it is; a «Tổng số» sub-column is its group's («Đã giải quyết» over «Tổng số»).
  const header = at.header;
  if (header !== null && !rowNamesField(text, o.start, own.words) && headerNamesOther(header, own.words, otherPairs(ctx, field.id))) {
    return "otherColumn";
  }
  return null;
}

/**
 * Whether a veto refuses the number outright, so that the assignment neither offers it to the field nor counts it as
 * a rival there: a cutoff date outside the organisation's scope may still be its (applyVetoes decides with the rest).
 */
export function refusedBy(reason: VetoReason | null, field: FieldDef): boolean {
  // An own head's award stays a rival: refused, its people would be taken for the next award line's (vetoOwnAward.ts).
  return reason !== null && reason !== "ownAward" && !(field.kind === "date" && reason === "organisationOutOfScope");
}

/** Another level's figure, by the sentence, a named unit in it, or the paragraph it continues. */
function otherLevelAt(ctx: VetoContext, own: FieldWords, o: { start: number; end: number }): boolean {
  const { text, level } = ctx;
  const names = (lower: string) => own.organisation !== null && namesOrganisation(lower, own.organisation);
  return (
    isOtherLevel(text, o.start, o.end, level, own.level) ||
    namedUnitBefore(text, o.start, o.end, level, own.level) ||
    levelCarried(text, o.start, o.end, level, own.level, names)
  );
}

/** Syllables alone: pairs differ between any two wordings and would make every field special. */
function single(words: ReadonlySet<string>): Set<string> {
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
      }
      if (g.id === f.id || g.kind !== f.kind || theirs.size === 0 || theirs.size >= mine.size) continue;
      if (![...theirs].every((w) => mine.has(w))) continue;
      // Only a qualifier of two syllables written together («trình xin»): longer differences are names of places,
      // which the organisation rule weighs, and single words are often the wording's own filler.
      const extra = [...mine].filter((w) => !theirs.has(w));
      if (extra.length === 2 && fields.get(f.id)!.words.has(extra.join(" "))) fields.get(f.id)!.special.push({ extra, general: theirs });
    }
  }
}

function otherPairs(ctx: VetoContext, id: FieldId): ReadonlySet<string> {
  return {
    has: (w: string) => [...(ctx.allPairs.get(w) ?? [])].some((other) => other !== id),
  } as ReadonlySet<string>;
}

/** «,», «;», «(», «)», tab and line break as character codes. */
const SEPARATORS: ReadonlySet<number> = new Set([44, 59, 40, 41, 9, 10]);

/** The stretch between separators around a number: one item of a list, one cell. */
function segmentAround(text: string, start: number, end: number): string {
  // Asked for every number and field: characters compared as codes, the regex kept for what follows a «.».
  let from = start;
  while (from > 0 && start - from < 120 && !SEPARATORS.has(text.charCodeAt(from - 1)) && !(text[from - 1] === "." && /\s/.test(text[from]!))) from--;
  let to = end;
  while (to < text.length && to - end < 120 && !SEPARATORS.has(text.charCodeAt(to)) && !(text[to] === "." && /\s|$/.test(text[to + 1] ?? ""))) to++;
  return text.slice(from, to);
}

/**
 * Demotes every bound field one of whose places is vetoed, and every percentage bound beside a demoted part.
 * Period fields are left to the structure check.
 */
export function applyVetoes(ctx: VetoContext, report: ReportDefinition, result: Map<FieldId, Recognition>): void {
  const demoted = new Set<FieldId>();
  const cutoffs: FieldDef[] = [];
  for (const field of report.fields) {
    const r = result.get(field.id);
    if (r?.state !== "bound" || field.formula?.op === "period") continue;
    const all = r.occurrences.map((o) => vetoReason(ctx, field, o, true));
    // A value written again in a place that names a rival figure («… cho hoạt động của HĐND») is that place's
    // coincidence: the place goes, the value stays bound where nothing speaks against it.
    if (all.includes("rival") && all.some((x) => x === null) && all.every((x) => x === null || x === "rival")) {
      result.set(field.id, { state: "bound", occurrences: r.occurrences.filter((_, i) => all[i] === null) });
      continue;
    }
    const reasons = all.filter((x) => x !== null);
    if (reasons.length === 0) continue;
    // A date out of the organisation's scope may still be its cutoff, unless it is dated for another level.
    const own = ctx.fields.get(field.id)!;
    const onlyScope = reasons.every((x) => x === "organisationOutOfScope") && !r.occurrences.some((o) => otherLevelAt(ctx, own, o));
    if (field.kind === "date" && onlyScope) cutoffs.push(field);
    else demoted.add(field.id);
  }
  // A cutoff date written in the report's opening is the organisation's too when the document gives its figures.
  for (const field of cutoffs) {
    const figures = report.fields.some(
      (f) => f.section === field.section && f.kind !== "date" && result.get(f.id)?.state === "bound" && !demoted.has(f.id),
    );
    if (!figures) demoted.add(field.id);
  }
  for (const field of report.fields) {
    if (field.formula?.op === "percentOf" && demoted.has(field.formula.part)) demoted.add(field.id);
  }
  for (const id of demoted) {
    const r = result.get(id);
    if (r?.state === "bound") result.set(id, { state: "ambiguous", candidates: r.occurrences as Occurrence[] });
  }
}

/**
 * Numbers that are certainly not a current figure are no candidates at all: «khoảng 11.000», an identifier («NĐ
 * 111»), a duration («9 tháng»: unless the form counts time), a figure of another period than the form's.
 */
export function exactOnly(text: string, tokens: readonly NumberToken[], report?: ReportDefinition, options: { vetoes?: VetoContext; limit?: number } = {}): NumberToken[] {
  // A form that counts time (days, months) keeps durations as candidates; its fields' vetoes judge them.
  const period = report ? readPeriodScope(text, report.periodKind) : null;
  const timeUnit = report?.fields.find((f) => f.kind === "count" && countsTime(f.unit))?.unit;
  // The vetoes read the same facts of the same numbers (vetoFacts.ts, the same text and period): read once for both.
  const { vetoes, limit = Infinity } = options;
  const facts = vetoes && vetoes.text === text && report && vetoes.period.kind === report.periodKind ? vetoes : null;
  const kept: NumberToken[] = [];
  for (const t of tokens) {
    const at = facts && spanFacts(facts, t);
    const keep =
      !(at ? at.approximate : isApproximate(text, t.start, t.end)) &&
      // «tháng 10» stays a candidate (its veto judges it): dropping it re-pairs the words of the numbers around it.
      !(t.kind === "count" && notACount(text, t.start, t.end, timeUnit) && !/tháng[ \u00a0]*$/iu.test(text.slice(Math.max(0, t.start - 8), t.start))) &&
      !(period && (at ? at.otherPeriod : isOtherPeriod(text, t.start, t.end, period))) &&
      // «2⇥Công chức hiện có⇥người⇥22»: a row's number in its first cell numbers the row; offered, it is a trap.
      !(t.kind === "count" && (at ? at.rowNumber : isRowNumber(text, t.start, t.end)));
    if (keep) kept.push(t);
    // Past `limit` numbers kept the caller reads none of them (recognition by meaning stops at MAX_MEANING_NUMBERS):
    // a text of 400,000 numbers is not judged number by number for nothing.
    if (kept.length > limit) break;
  }
  return kept;
}
