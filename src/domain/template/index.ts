/**
 * A new report in the official format: the skeleton, the office's settings, the paragraphs a writer needs, and the
 * .docx writer. Pure domain code: no React, no Office.js.
 */
export { numberHeadings } from "./numbering";
export { REFERENCE_OFFICE, validateSettings, type OfficeSettings, type SettingProblem } from "./settings";
export { PLACEHOLDER, placeDateText, skeletonToParagraphs, type Dating } from "./paragraphs";
export { paragraphsToDocx, writeReportDocx } from "./docx";
export { paragraphsToFlatOpc } from "./docx/flatOpc";
export { reportOoxml } from "./ooxml";
export type { Block, Paragraph, ParagraphRun, Role, Run } from "./types";
