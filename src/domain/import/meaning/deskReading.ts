/**
 * A department's desk written as its dossiers at the province's centre («Hồ sơ TTHC của Sở tiếp nhận tại Trung tâm
 * Phục vụ hành chính công tỉnh⇥Hồ sơ⇥1.284», deskAtCentre.ts) is the form's own desk: the precision layer already
 * takes the phrase as that desk's name. Its words are read so too: the centre's name in it is where the desk sits, not
 * the centre's account, so «… tiếp nhận tại Trung tâm …» reads as «… tiếp nhận tại <the desk>», the desk's name as the
 * form's section title gives it. Without this a table row that names the desk only so scores as the centre's figure,
 * which the vetoes refuse, and the desk's total is read nowhere. A reading of the document (words.withDocumentWords),
 * asked once per document; none when the report is the office's own kind's, or names no such phrase.
 */
import type { ReportDefinition } from "../../report";
import type { PatternTable } from "../patterns";
import { communeIssuer } from "./communeReport";
import { deskAtCentre } from "./deskAtCentre";
import { documentHeader } from "./documentHeader";
import { perForm } from "./formMemo";
import { readForm } from "./vetoFormWords";
import { anotherKindsReport } from "./vetoProvinceBody";
import { wordOf } from "./words";

type Reading = [string[], string[]];

/** «tại» or «ở», and what follows it: the centre's name in a desk's phrase. */
const AT = /(?<![\p{L}])(?:tại|ở)[ \t]+/u;

export function deskReadings(text: string, report: ReportDefinition, patterns: PatternTable): Reading[] {
  const form = perForm(report, patterns, () => readForm(report, patterns));
  const fields = [...form.fields.values()];
  // The desk's name: the one owned, not province-wide, organisation the form names (its first name, «một cửa»).
  const desks = new Set(fields.flatMap((f) => (f.owner !== null && !f.provinceWide && f.named ? [f.named[0]!] : [])));
  if (desks.size !== 1) return [];
  const header = documentHeader(text);
  const ownBody = header.body;
  if (communeIssuer(header) || !anotherKindsReport(header, form.ownerKinds)) return [];
  const centreNames = fields.flatMap((f) => (f.provinceWide ? (f.named ?? []) : []));
  const desk = words([...desks][0]!);
  const readings: Reading[] = [];
  for (const phrase of deskAtCentre(text.normalize("NFC").toLowerCase(), ownBody, centreNames)) {
    // «quầy của sở (trung tâm pvhcc tỉnh)»: the counter and its place are the desk, read as the desk's name alone — a
    // counter named by its acts («bộ phận tiếp nhận và trả kết quả của sở») would lend them to the figures' words. The
    // counter without its bracket reads as written (deskAtCentre.ts).
    const bracket = phrase.indexOf("(");
    const at = bracket === -1 ? AT.exec(phrase) : null;
    if (bracket !== -1) readings.push([words(phrase), desk]);
    // «tại trung tâm pvhcc tỉnh, trong quý sở tiếp nhận»: the place first reads as «sở tiếp nhận tại» the desk.
    else if (at?.index === 0) readings.push([words(phrase), [...words(phrase.slice(phrase.lastIndexOf(",") + 1)), ...words(at[0]), ...desk]]);
    else if (at) readings.push([words(phrase), [...words(phrase.slice(0, at.index + at[0].length)), ...desk]]);
  }
  // The longest phrase first: one that begins another is not read in its place.
  return readings.sort((a, b) => b[0].length - a[0].length);
}

function words(text: string): string[] {
  return text.split(/[^\p{L}\p{M}]+/u).filter(Boolean).map(wordOf);
}
