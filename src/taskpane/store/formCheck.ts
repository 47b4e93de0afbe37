/**
 * Checking a form the pane did not start with (a document's own, one given to setReport), loaded on first use with the
 * schema library: most documents carry the very form the pane started with, which needs no check.
 */
import { parseFormText, checkForm } from "../../domain/form/parseForm";
import { summarize } from "../../domain/form/problems";
import { FORM_FORMAT_VERSION, type ReportForm } from "../../domain/form/types";
import type { ReportDefinition } from "../../domain/report";

export function newerRefusal(version: number): string {
  return (
    `Văn bản này mang mẫu báo cáo ở định dạng phiên bản ${version}, mới hơn phiên bản phần bổ trợ này đọc được ` +
    `(${FORM_FORMAT_VERSION}). Hãy cập nhật phần bổ trợ; để giữ nguyên văn bản, phần bổ trợ không ghi gì vào văn bản.`
  );
}

export function checkCarried(text: string): { definition: ReportDefinition } | { refusal: string } {
  const result = parseFormText(text);
  if (result.ok) return { definition: result.definition };
  return {
    refusal:
      "Mẫu báo cáo lưu trong văn bản bị hỏng nên không dùng được; để giữ nguyên văn bản, phần bổ trợ không ghi gì vào văn bản. " +
      summarize(result.problems, 5).join(" "),
  };
}

export function checkGiven(form: ReportForm): { definition: ReportDefinition } | { problems: string[] } {
  const result = checkForm(form);
  return result.ok ? { definition: result.definition } : { problems: summarize(result.problems) };
}
