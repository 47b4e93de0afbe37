/**
 * Puts the flat paragraph list on the page: the header and the closing as borderless two-column tables (as every
 * Nghị định 30/2020 document lays them out), the rest as the body between them.
 */
import type { Paragraph, Role } from "../types";
import { FORMATS } from "./format";
import { ControlIds, estimateWidth, paragraphXml, ruleXml } from "./paragraph";
import { el, val } from "./xml";

/* Text width of A4 with 30 mm and 15 mm margins: 210 − 45 mm = 165 mm. */
export const TEXT_WIDTH = 9355;
const HEADER_COLUMNS = [3686, 5669] as const;
const CLOSING_COLUMNS = [4536, 4819] as const;
const SUMMARY_RULE = 1701;

const ofRoles = (paragraphs: readonly Paragraph[], ...roles: Role[]) => paragraphs.filter((p) => roles.includes(p.role));
const rolesXml = (paragraphs: readonly Paragraph[], ids: ControlIds, ...roles: Role[]) =>
  ofRoles(paragraphs, ...roles).map((p) => paragraphXml(p, ids)).join("");
const plain = (paragraph: Paragraph | undefined) => paragraph?.runs.map((run) => run.text).join("") ?? "";

function cell(width: number, content: string): string {
  // A cell must hold at least one paragraph.
  return el("w:tc", {}, el("w:tcPr", {}, el("w:tcW", { "w:w": width, "w:type": "dxa" })), content || el("w:p"));
}

function table(columns: readonly [number, number], rows: [string, string][]): string {
  const none = ["top", "left", "bottom", "right", "insideH", "insideV"].map((side) => val(`w:${side}`, "nil")).join("");
  const tblPr = el(
    "w:tblPr",
    {},
    el("w:tblW", { "w:w": columns[0] + columns[1], "w:type": "dxa" }),
    el("w:tblBorders", {}, none),
    val("w:tblLayout", "fixed"),
    el("w:tblCellMar", {}, el("w:left", { "w:w": 0, "w:type": "dxa" }), el("w:right", { "w:w": 0, "w:type": "dxa" })),
  );
  const grid = el("w:tblGrid", {}, ...columns.map((w) => el("w:gridCol", { "w:w": w })));
  const trs = rows.map(([left, right]) => el("w:tr", {}, cell(columns[0], left), cell(columns[1], right)));
  return el("w:tbl", {}, tblPr, grid, ...trs);
}

function headerXml(paragraphs: readonly Paragraph[], ids: ControlIds): string {
  const xml = (...roles: Role[]) => rolesXml(paragraphs, ids, ...roles);
  const [left, right] = HEADER_COLUMNS;
  const office = plain(ofRoles(paragraphs, "officeName")[0]);
  const motto = plain(ofRoles(paragraphs, "motto")[0]);
  // The rule under the office is a third to a half of its name; under the Tiêu ngữ, as long as the Tiêu ngữ.
  const officeRule = ruleXml(Math.max(850, estimateWidth(office, FORMATS.officeName.size, true) * 0.45), left);
  const mottoRule = ruleXml(estimateWidth(motto, FORMATS.motto.size, false), right);
  return table(HEADER_COLUMNS, [
    [xml("governingBody", "officeName") + officeRule, xml("nationalName", "motto") + mottoRule],
    [xml("symbol"), xml("placeDate")],
  ]);
}

function closingXml(paragraphs: readonly Paragraph[], ids: ControlIds): string {
  const xml = (...roles: Role[]) => rolesXml(paragraphs, ids, ...roles);
  return table(CLOSING_COLUMNS, [[xml("recipientsTitle", "recipient"), xml("signerTitle", "signerName")]]);
}

const HEADER_ROLES: Role[] = ["governingBody", "officeName", "symbol", "nationalName", "motto", "placeDate"];
const CLOSING_ROLES: Role[] = ["recipientsTitle", "recipient", "signerTitle", "signerName"];

/** The document body's content, without w:sectPr. */
export function bodyXml(paragraphs: readonly Paragraph[]): string {
  const ids = new ControlIds();
  const main = paragraphs.filter((p) => !HEADER_ROLES.includes(p.role) && !CLOSING_ROLES.includes(p.role));
  const lastSummary = main.map((p) => p.role).lastIndexOf("summary");
  const flow = main.map((p, i) => paragraphXml(p, ids) + (i === lastSummary ? ruleXml(SUMMARY_RULE, TEXT_WIDTH, 240) : ""));
  return headerXml(paragraphs, ids) + flow.join("") + closingXml(paragraphs, ids);
}
