/** The command line's human-readable report of a ReportCheck, in Vietnamese. */
import { periodName } from "../periodKinds";
import type { ReportCheck, ReportProblem } from "./checkReport";
import { quote } from "./text";

const SEVERITY = { error: "LỖI", warning: "CẢNH BÁO" } as const;
const SOURCE = { figures: "số liệu", document: "văn bản", citations: "trích dẫn", structure: "bố cục" } as const;

export function renderCheck(file: string, check: ReportCheck, formTitle?: string): string {
  const period = periodName(check.period);
  const lines = [
    `== ${file} — ${period} (${check.periodFrom === "title" ? "theo tiêu đề" : "theo tham số --ky"})`,
    ...(formTitle ? [`Mẫu: ${formTitle}`] : []),
    `Số liệu nhận ra: ${check.typedBound}/${check.typedTotal} ô nhập liệu.`,
  ];
  for (const figure of check.figures) {
    if (figure.state === "notFound") continue;
    const places = figure.places.map((o) => `${quote(o.text, 40)} (dòng ${o.line}, ${o.where})`).join("; ");
    lines.push(`  ${figure.label}: ${figure.state === "ambiguous" ? "CHƯA RÕ — " : ""}${places}`);
  }
  const missing = check.figures.filter((f) => f.typed && f.state === "notFound");
  if (missing.length > 0) lines.push(`Không tìm thấy: ${missing.map((f) => f.label).join("; ")}.`);
  lines.push(
    check.problems.length === 0
      ? "Không phát hiện vấn đề nào."
      : `Vấn đề: ${check.errors} lỗi, ${check.warnings} cảnh báo.`,
  );
  lines.push(...check.problems.map(renderProblem));
  return lines.join("\n");
}

export function renderProblem(p: ReportProblem): string {
  const where = p.lines.length > 0 ? `dòng ${p.lines.join(", ")}` : "toàn văn bản";
  // The document check speaks to the pane's button; on the command line there is none.
  const message = p.message.replace(/\s*Bấm «Cập nhật văn bản» để sửa\.$/, "");
  return `  [${SEVERITY[p.severity]}] (${SOURCE[p.source]}, ${where}) ${message}`;
}
