/**
 * One document as the vetoes read it (vetoes.ts): the form's words (vetoFormWords.ts) with what the document says of
 * them (which organisations it names, at what level it is written, its period, its short forms), read once per document.
 */
import type { LongerLeads } from "./vetoLonger";
import type { ReportDefinition } from "../../report";
import type { FieldId } from "../../types";
import type { PatternTable } from "../patterns";
import { readPeriodScope, type PeriodScope } from "./reportPeriod";
import type { Rivalry } from "./vetoRival";
import { documentHeader } from "./documentHeader";
import { reportedBody } from "./reportedBody";
import { anotherKindsReport } from "./vetoProvinceBody";
import { namesOrganisation } from "./vetoPlace";
import { shortFormsOf, type ShortForms } from "./shortNames";
import { deskAtCentre } from "./deskAtCentre";
import { foreignSourcedPassages, type Passage } from "./sourcedPassages";
import { wholeAreaParts } from "./areaParts";
import { respectiveClaims } from "./respectivePairs";
import type { Purposes } from "./vetoPurpose";
import { earlyMentions } from "./vetoOnTime";
import { atCommuneLevel, communeIssuer, COMMUNE_LEVEL } from "./communeReport";
import { departmentIssuer } from "./departmentReport";
import { perForm } from "./formMemo";
import { ownLevel } from "./vetoText";
import { readForm, type FieldWords } from "./vetoFormWords";
import { scanHeadings, type Heading } from "../headings";
import { sectionNamedAbove } from "./dateSection";
import { levelsOf } from "./levelHeadings";
import { ownDeskNames } from "./ownDesk";

export type VetoReason = "approximate" | "comparison" | "otherLevel" | "doneForPlanned" | "otherColumn" | "otherRoom" | "otherBody" | "noOrganisation" | "organisationOutOfScope" | "general" | "otherSide" | "sibling" | "otherAgents" | "unnamedPart" | "broken" | "notCount" | "otherPeriod" | "dateOrder" | "rival" | "superseded" | "otherAward" | "headNoun" | "otherEvent" | "target" | "shortcoming" | "otherAgency" | "otherUnit" | "ownAward" | "renewal" | "rowsSum" | "otherSection" | "request" | "unsettled";

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
  /** Award figures naming no giver, with what each is for (vetoPurpose.ts givenPurposes). */
  givenPurposes: ReadonlyMap<FieldId, string[]>;
  /** The header as written above «BÁO CÁO», lower case (documentHeader.ts `above`). */
  issuer: string | null;
  /** The issuing body alone, from the header's capitals (documentHeader.ts `body`): its head's awards are its own. */
  ownBody: string | null;
  /** The issuing body is a commune's People's Committee or its office (communeReport.ts). */
  commune: boolean;
  /** The issuing body is a department of a province, «Sở …» (departmentReport.ts). */
  department: boolean;
  /** The body the report is about: the title's «trong hoạt động của …», else the issuer (reportedBody.ts). */
  reported: string | null;
  /** The issuing body is of another kind than the office the form is written for (vetoProvinceBody.ts). */
  anotherKind: boolean;
  /** The issuing body's own desk, written as its dossiers at the centre (deskAtCentre.ts); empty when the text has none. */
  desks: readonly string[];
  /** The kinds of office the form is written for («văn phòng»: vetoProvinceBody.formOwnerKinds). */
  ownerKinds: ReadonlySet<string>;
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
  /** Passages whose figures another body supplied («số liệu do Văn phòng UBND tỉnh cung cấp: …», sourcedPassages.ts). */
  foreignSourced: readonly Passage[];
  /** The number of the form's section the heading at or above a place names, or null (dateSection.ts). */
  sectionNamedAt: (at: number) => string | null;
  /** The form adds its figures up across levels of government (levelHeadings.ts levelsOf): no level is the whole. */
  levelled: boolean;
  /** The figures of such a form's totals and levels (levelHeadings.ts levelsOf): empty for a form without levels. */
  summed: ReadonlySet<FieldId>;
}

export function vetoContext(text: string, report: ReportDefinition, patterns: PatternTable): VetoContext {
  const lower = text.normalize("NFC").toLowerCase();
  const form = perForm(report, patterns, () => readForm(report, patterns));
  const absentBySection = new Map<string, boolean>();
  // Organisations the document names only by a short form («TTPVHCC», «Trung tâm»; shortNames.ts).
  const shortForms = shortFormsOf(text);
  const title = /quý\s+(?:I|II|III|IV)\s*(?:năm|\/)\s*(\d{4})/iu.exec(text.slice(0, 1500));
  // Whose report it is, from the header read once (documentHeader.ts): every rule below asks the same reading.
  const header = documentHeader(text);
  const { body: ownBody, above: issuer } = header;
  // A commune's own report reads the form at its level, its centre as its own (communeReport.ts).
  const commune = communeIssuer(header);
  const department = !commune && departmentIssuer(header);
  const anotherKind = !commune && anotherKindsReport(header, form.ownerKinds);
  const centreNames = [...form.fields.values()].flatMap((f) => (f.provinceWide ? (f.named ?? []) : []));
  // Another kind's own desk, written as its dossiers at the centre (deskAtCentre.ts), is the form's owned desk.
  const atCentre = anotherKind ? deskAtCentre(lower, ownBody, centreNames) : [];
  // Another kind's report that names no desk and no province-wide body gives its dossiers as its own acts: the
  // issuer's name is the owned desk's there (ownDesk.ts).
  const issuerDesk = anotherKind ? ownDeskNames(lower, ownBody, centreNames) : [];
  const fields = new Map<FieldId, FieldWords>();
  for (const field of report.fields) {
    const read = form.fields.get(field.id)!;
    const { named } = read;
    const owned = read.owner !== null && !read.provinceWide;
    const desk = owned ? atCentre : [];
    const unnamed = owned && named !== null && issuerDesk.length > 0 && !namesOrganisation(lower, [...named, ...shortForms(named).written]);
    const organisation = named && [...named, ...shortForms(named).written, ...desk, ...(unnamed ? issuerDesk : [])];
    let absent = absentBySection.get(field.section);
    if (absent === undefined) {
      absent = organisation !== null && !namesOrganisation(lower, organisation);
      absentBySection.set(field.section, absent);
    }
    fields.set(field.id, { ...read, organisation, absent, level: commune ? atCommuneLevel(read.level) : read.level });
  }
  const plans = /dự kiến[^.;\n]{0,80}\d/iu.test(text);
  const early = form.onTime.size > 0 ? earlyMentions(text) : [];
  const reported = reportedBody(text, ownBody);
  // The form's own organisations are never «another body» as a source: their figures are where the form's come from.
  const formNames = [...new Set([...form.fields.values()].flatMap((f) => f.named ?? []))];
  // The headings are read only when a date is asked about (dateSection.ts), or a part may be about the whole area.
  let headings: Heading[] | undefined;
  // A part about the whole area beside one about the issuer (areaParts.ts) is another body's too.
  const area = /địa bàn|toàn (?:tỉnh|thành phố|huyện|quận|thị xã)/iu.test(text) ? wholeAreaParts(text, (headings ??= scanHeadings(text))) : [];
  const foreignSourced = [...foreignSourcedPassages(text, header.lines, reported, formNames), ...area];
  const sectionNamedAt = (at: number) => sectionNamedAbove((headings ??= scanHeadings(text)), at, form.sections);
  return { text, level: commune ? COMMUNE_LEVEL : ownLevel(text), plans, year: title ? Number(title[1]) : null, fields, allPairs: form.allPairs, organisations: form.organisations, period: readPeriodScope(text, report.periodKind), rivals: form.rivals, purposes: form.purposes, givenPurposes: form.givenPurposes, issuer, ownBody, commune, department, reported, anotherKind, desks: atCentre, ownerKinds: form.ownerKinds, provinceNames: [...fields.values()].flatMap((f) => (f.provinceWide ? (f.organisation ?? []) : [])), longer: form.longer, onTime: form.onTime, early, shortForms, claims: respectiveClaims(text, form.figures), foreignSourced, sectionNamedAt, levelled: levelsOf(report).parts.size >= 2, summed: summedFields(report) };
}

/** The figures of a form's totals and levels, when it adds its figures up across levels (levelsOf). */
function summedFields(report: ReportDefinition): ReadonlySet<FieldId> {
  const { parts, totals } = levelsOf(report);
  if (parts.size < 2) return new Set();
  return new Set(report.fields.filter((f) => parts.has(f.section) || totals.has(f.section)).map((f) => f.id));
}
