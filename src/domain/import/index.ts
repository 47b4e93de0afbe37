/** Bringing an existing report in: the public surface the task pane and the command line use. */
export { checkReport, ReportCheckError } from "./checkReport";
export type { ProblemSource, RecognizedFigure, ReportCheck, ReportProblem } from "./checkReport";
export { checkCitations, findCitations } from "./citations";
export type { Citation, CitedDate } from "./citations";
export { recognizedFigures, recognizedObservations } from "./observations";
export { patternsOf } from "./patterns";
export type { FigurePattern, PatternTable } from "./patterns";
export { detectPeriod } from "./quarters";
export { recognizeFigures } from "./recognize";
export { renderCheck } from "./render";
export { rollOver } from "./rollOver";
export type { RollOverResult, RollOverState } from "./rollOver";
export { checkStructure } from "./structure";
export type { Occurrence, Recognition, Recognitions, TextProblem } from "./types";
