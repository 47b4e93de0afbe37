/**
 * Last period's or last year's report, read for the comparison. A .docx made by the add-in is taken at the figures
 * its stored part keeps (docxStored.ts); any other file with the engine of «Văn bản cũ»: its period from the title
 * (of the form's kind: month, quarter, half-year, year), its figures by their wording. The clerk sees what was read
 * before anything is stored. A file that is not a report, is another form, or is of this same period (or a later
 * one) is refused with a reason.
 */
import { recognizedFigures } from "../import/observations";
import { detectPeriodOfKind } from "../import/periodTitle";
import { detectPeriod } from "../import/quarters";
import { recognizeFigures } from "../import/recognize";
import { docxFileTooLarge, textFileTooLarge } from "../limits";
import { KIND_WORDS, kindOf } from "../periodKinds";
import type { ReportDefinition } from "../report";
import type { StoredReport } from "../storedReport";
import { isReportFileRefusal, reportFileText } from "../reportFile";
import type { FieldId, Period } from "../types";
import { docxStoredReport } from "./docxStored";
import { periodIndex, periodNameInText } from "./periods";

/**
 * Below this share of the form's typed figures found by their wording, the file is taken for another form: a report
 * of this form, even reworded, has most of its figures found (73 of 79 on the typed reference report).
 */
export const SAME_FORM_SHARE = 0.3;

export interface EarlierFigure {
  id: FieldId;
  label: string;
  text: string;
}

export type EarlierReading =
  | {
      ok: true;
      file: string;
      period: Period;
      figures: Record<FieldId, string>;
      read: EarlierFigure[];
      typedTotal: number;
      replaces: boolean;
      /** Where the figures come from: the file's stored part (made by the add-in) or its wording. */
      source: "stored" | "recognised";
    }
  | { ok: false; file: string; message: string };

export interface EarlierContext {
  report: ReportDefinition;
  /** The period being written now. */
  current: Period;
  /** Periods the document already keeps (a reading of one of them replaces it, and says so). */
  known: readonly Period[];
}

export function readEarlierText(file: string, text: string, context: EarlierContext): EarlierReading {
  const { report } = context;
  const refuse = (message: string): EarlierReading => ({ ok: false, file, message });
  if (text.trim() === "") return refuse(`Tệp «${file}» không có nội dung: không phải một báo cáo.`);
  const period = report.periodKind === "quarter" ? detectPeriod(text) : detectPeriodOfKind(text, report.periodKind);
  const typed = report.fields.filter((f) => !f.formula);
  const figures = { ...recognizedFigures(report, recognizeFigures(text, report)) };
  const read = typed.filter((f) => figures[f.id] !== undefined).map((f) => ({ id: f.id, label: f.label, text: figures[f.id]! }));
  if (!period) {
    return refuse(`Tệp «${file}» không giống một báo cáo định kỳ: tiêu đề không nêu ${KIND_WORDS[report.periodKind]} báo cáo. Không có gì được lưu.`);
  }
  if (read.length < Math.max(1, Math.ceil(typed.length * SAME_FORM_SHARE))) {
    return refuse(
      `Tệp «${file}» không phải mẫu báo cáo này: chỉ nhận ra ${read.length}/${typed.length} số liệu của mẫu. Không có gì được lưu.`,
    );
  }
  return checkedPeriod(file, period, figures, read, typed.length, "recognised", context);
}

/** The same refusals whatever the figures come from: this period, a later one, or a period of another kind. */
function checkedPeriod(
  file: string,
  period: Period,
  figures: Record<FieldId, string>,
  read: EarlierFigure[],
  typedTotal: number,
  source: "stored" | "recognised",
  { report, current, known }: EarlierContext,
): EarlierReading {
  const refuse = (message: string): EarlierReading => ({ ok: false, file, message });
  const name = periodNameInText(period);
  if (kindOf(period) !== report.periodKind) {
    return refuse(`Tệp «${file}» là báo cáo ${name}, không phải báo cáo theo ${KIND_WORDS[report.periodKind]} của mẫu này. Không có gì được lưu.`);
  }
  if (periodIndex(period) === periodIndex(current)) {
    const word = KIND_WORDS[report.periodKind];
    return refuse(
      `Tệp «${file}» là báo cáo ${name}, chính kỳ đang làm: hãy chọn báo cáo ${word} trước hoặc cùng kỳ năm trước. Không có gì được lưu.`,
    );
  }
  if (periodIndex(period) > periodIndex(current)) {
    return refuse(`Tệp «${file}» là báo cáo ${name}, sau kỳ đang làm (${periodNameInText(current)}). Không có gì được lưu.`);
  }
  const replaces = known.some((p) => periodIndex(p) === periodIndex(period));
  return { ok: true, file, period, figures, read, typedTotal, replaces, source };
}

/** The figures a file made by the add-in keeps for its own period: the form's typed figures, as typed. */
function fromStored(file: string, stored: StoredReport, context: EarlierContext): EarlierReading {
  const typed = context.report.fields.filter((f) => !f.formula);
  const figures: Record<FieldId, string> = {};
  for (const field of typed) {
    const text = stored.figures[field.id];
    if (text !== undefined && text.trim() !== "") figures[field.id] = text;
  }
  const read = typed.filter((f) => figures[f.id] !== undefined).map((f) => ({ id: f.id, label: f.label, text: figures[f.id]! }));
  if (read.length === 0) return { ok: false, file, message: `Tệp «${file}» được tạo bằng tiện ích nhưng chưa có số liệu nào. Không có gì được lưu.` };
  return checkedPeriod(file, stored.period, figures, read, typed.length, "stored", context);
}

export function readEarlierDocx(file: string, data: Uint8Array, context: EarlierContext): EarlierReading {
  const stored = docxStoredReport(data, context.report);
  if (stored.kind === "stored") return fromStored(file, stored.report, context);
  if (stored.kind === "otherForm") {
    return { ok: false, file, message: `Tệp «${file}» là báo cáo của mẫu khác («${stored.formId}»), không phải mẫu báo cáo này. Không có gì được lưu.` };
  }
  return readEarlierBytes(file, data, ".docx", context);
}

/**
 * A file the clerk chose, as it arrives: read as `npm run check` reads it (textFile.ts: UTF-8 with or without a BOM,
 * UTF-16 with one; docx/docxText.ts), a PDF or an old .doc named for what it is, each refusal in Vietnamese.
 */
export function readEarlierFile(file: string, data: Uint8Array, context: EarlierContext): EarlierReading {
  const txt = /\.txt$/i.test(file);
  const tooLarge = (txt ? textFileTooLarge : docxFileTooLarge)(data.length);
  if (tooLarge) return unread(file, tooLarge);
  return txt ? readEarlierBytes(file, data, ".txt", context) : readEarlierDocx(file, data, context);
}

/** The file's words read by their wording, or why its bytes are no report's text (reportFile.ts). */
function readEarlierBytes(file: string, data: Uint8Array, extension: ".txt" | ".docx", context: EarlierContext): EarlierReading {
  let text: string;
  try {
    text = reportFileText(data, extension);
  } catch (error) {
    if (isReportFileRefusal(error)) return unread(file, error.message);
    throw error;
  }
  return readEarlierText(file, text, context);
}

const unread = (file: string, why: string): EarlierReading => ({ ok: false, file, message: `Không đọc được «${file}»: ${why.replace(/\.$/, "")}. Không có gì được lưu.` });
