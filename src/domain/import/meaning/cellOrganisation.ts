/**
 * A table that sets two organisations side by side: «Bộ phận Một cửa Văn phòng» over two columns, «Trung tâm Phục vụ
 * hành chính công tỉnh» over the next two, or a row per organisation. The paragraph above names both, so the scope of
 * a cell (vetoPlace.scopeBefore) says nothing; the cell's own column group, header and row label say whose it is. A
 * cell that names another section's organisation and not the field's own is not the field's figure. The names come
 * from the form's section titles (vetoPlace.organisationNames): no field or organisation is named here.
 */
import type { ReportDefinition } from "../../report";
import { tableCell, type TableCell } from "./tableGrid";
import { namesOrganisation, organisationNames } from "./vetoPlace";

/** The organisations the form's sections name, each as the ways a document may write it. */
export function formOrganisations(report: ReportDefinition): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const s of report.sections) {
    const names = organisationNames(s.title);
    if (names && !seen.has(names[0]!)) {
      seen.add(names[0]!);
      out.push(names);
    }
  }
  return out;
}

/**
 * The cell at `o` is headed or labelled by another organisation of the form, never by the field's own. `cellOf` gives
 * that cell when it is already read (vetoFacts.ts reads it once per number, whatever figure asks).
 */
export function cellOfOtherOrganisation(
  text: string,
  o: { start: number; end: number },
  own: readonly string[] | null,
  all: readonly (readonly string[])[],
  cellOf: () => TableCell | null = () => tableCell(text, o),
): boolean {
  if (!own || all.length < 2) return false;
  const cell = cellOf();
  if (!cell) return false;
  return namesOnlyAnother(`${cell.group} ${cell.header} ${cell.label}`.normalize("NFC").toLowerCase(), own, all);
}

/** `lower` names one of the form's other organisations and not `own`. */
function namesOnlyAnother(lower: string, own: readonly string[], all: readonly (readonly string[])[]): boolean {
  if (namesOrganisation(lower, own)) return false;
  return all.some((names) => names !== own && names[0] !== own[0] && namesOrganisation(lower, names));
}

/**
 * The number's sentence, up to the number, names another organisation of the form and not the field's own: «Tại
 * Trung tâm Phục vụ hành chính công tỉnh, … đang giải quyết chiếm 3,07%» under a heading over both the office's desk
 * and the centre is the centre's. `text` is that text in lower case.
 */
export function sentenceOfOtherOrganisation(text: string, own: readonly string[] | null, all: readonly (readonly string[])[]): boolean {
  // «phần mềm một cửa điện tử», «hệ thống một cửa liên thông»: a system's name, no desk.
  return own !== null && all.length >= 2 && namesOnlyAnother(text.replace(SYSTEMS, " "), own, all);
}

/** The one-stop systems named by their mechanism, not a desk: «một cửa điện tử», «một cửa liên thông». */
const SYSTEMS = /(?<![\p{L}])(?:một|1|01) cửa (?:điện tử|liên thông)(?![\p{L}])/gu;
