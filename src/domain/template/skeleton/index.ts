/** The whole report, in reading order, with its headings numbered. */
import type { Block } from "../types";
import { numberHeadings } from "./build";
import { SECTION_III_1 } from "./agency";
import { SECTIONS_IV_VI, SIGNATURE } from "./closing";
import { HEADER, OPENING, SECTION_I, TITLE } from "./opening";
import { SECTION_III_2_4 } from "./reform";
import { SECTION_II } from "./results";

export const SKELETON: readonly Block[] = numberHeadings([
  ...HEADER,
  ...TITLE,
  ...OPENING,
  ...SECTION_I,
  ...SECTION_II,
  ...SECTION_III_1,
  ...SECTION_III_2_4,
  ...SECTIONS_IV_VI,
  ...SIGNATURE,
]);
