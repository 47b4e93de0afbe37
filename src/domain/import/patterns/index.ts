/** The pattern table of the quarterly democracy-work report: every field the report writes, keyed by field id. */
import type { PatternTable } from "./build";
import { AGENCY_PATTERNS } from "./agency";
import { OVERVIEW_PATTERNS } from "./overview";

export const REPORT_PATTERNS: PatternTable = new Map([...OVERVIEW_PATTERNS, ...AGENCY_PATTERNS]);

export { fig, splitItems, table } from "./build";
export type { FigurePattern, ItemSplit, PatternTable } from "./build";
