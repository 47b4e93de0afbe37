/**
 * «CC: được giao 58 (người), có mặt 53 (người)», «TN: 1.472 (HS)»: a hurried clerk's template puts the unit in a bracket
 * after the figure. A bracket holding nothing but a unit is that unit: its marks are read as blank (one character for
 * one, every offset stays the document's), so the figure meets its unit as if written «58 người». A bracket with
 * anything else («05 (năm)», «(quý II: 06)», «(A; B)») is left as written.
 */
import { KNOWN_UNITS } from "./meaning/words";
import { escapeRegExp } from "./text";

const UNITS = [...KNOWN_UNITS, "HS", "lượt người"].sort((a, b) => b.length - a.length).map((u) => escapeRegExp(u).replace(/ /g, "[ \\t]+")).join("|");
const UNIT_BRACKET = new RegExp(`(?<=\\d)([ \\t]*)\\(([ \\t]*(?:${UNITS})[ \\t]*)\\)(?![\\p{L}\\p{M}])`, "giu");

export function withUnitBrackets(text: string): string {
  if (!text.includes("(")) return text;
  return text.replace(UNIT_BRACKET, (_all, space: string, unit: string) => `${space} ${unit} `);
}
