/**
 * Last quarter's or last year's report, read for the comparison with the engine of «Văn bản cũ»: its period from the
 * title, its figures by their wording. The clerk sees what was read before anything is stored. A file that is not a
 * report, is another form, or is of this same period (or a later one) is refused with a reason.
 */
import { docxParagraphs, DocxReadError } from "../import/docxParagraphs";
import { recognizedFigures } from "../import/observations";
import { detectPeriod } from "../import/quarters";
import { recognizeFigures } from "../import/recognize";
import type { ReportDefinition } from "../report";
import type { FieldId, Period } from "../types";
import { periodIndex, periodName } from "./periods";

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
  | { ok: true; file: string; period: Period; figures: Record<FieldId, string>; read: EarlierFigure[]; typedTotal: number; replaces: boolean }
  | { ok: false; file: string; message: string };

export interface EarlierContext {
  report: ReportDefinition;
  /** The period being written now. */
  current: Period;
  /** Periods the document already keeps (a reading of one of them replaces it, and says so). */
  known: readonly Period[];
}

export function readEarlierText(file: string, text: string, { report, current, known }: EarlierContext): EarlierReading {
  const refuse = (message: string): EarlierReading => ({ ok: false, file, message });
  if (text.trim() === "") return refuse(`Tệp «${file}» không có nội dung: không phải một báo cáo.`);
  const period = detectPeriod(text);
  const typed = report.fields.filter((f) => !f.formula);
  const figures = { ...recognizedFigures(report, recognizeFigures(text, report)) };
  const read = typed.filter((f) => figures[f.id] !== undefined).map((f) => ({ id: f.id, label: f.label, text: figures[f.id]! }));
  if (!period) {
    return refuse(`Tệp «${file}» không giống một báo cáo định kỳ: tiêu đề không nêu quý báo cáo. Không có gì được lưu.`);
  }
  if (read.length < Math.max(1, Math.ceil(typed.length * SAME_FORM_SHARE))) {
    return refuse(
      `Tệp «${file}» không phải mẫu báo cáo này: chỉ nhận ra ${read.length}/${typed.length} số liệu của mẫu. Không có gì được lưu.`,
    );
  }
  if (periodIndex(period) === periodIndex(current)) {
    return refuse(
      `Tệp «${file}» là báo cáo ${periodName(period).toLowerCase()}, chính kỳ đang làm: hãy chọn báo cáo quý trước hoặc cùng kỳ năm trước. Không có gì được lưu.`,
    );
  }
  if (periodIndex(period) > periodIndex(current)) {
    return refuse(
      `Tệp «${file}» là báo cáo ${periodName(period).toLowerCase()}, sau kỳ đang làm (${periodName(current).toLowerCase()}). Không có gì được lưu.`,
    );
  }
  const replaces = known.some((p) => periodIndex(p) === periodIndex(period));
  return { ok: true, file, period, figures, read, typedTotal: typed.length, replaces };
}

export function readEarlierDocx(file: string, data: Uint8Array, context: EarlierContext): EarlierReading {
  let text: string;
  try {
    text = docxParagraphs(data).join("\n");
  } catch (error) {
    if (error instanceof DocxReadError) return { ok: false, file, message: `Không đọc được «${file}»: ${error.message}` };
    throw error;
  }
  return readEarlierText(file, text, context);
}
