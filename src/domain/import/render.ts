/** The command line's human-readable report of a ReportCheck, in Vietnamese. */
import { periodName } from "../periodKinds";
import type { ReportCheck, ReportProblem } from "./checkReport";
import { quote } from "./text";

const SEVERITY = { error: "LỖI", warning: "CẢNH BÁO" } as const;
const SOURCE = { figures: "số liệu", document: "văn bản", arithmetic: "phép cộng", citations: "trích dẫn", structure: "bố cục" } as const;

const FROM = { title: "theo tiêu đề", given: "theo tham số --ky", none: "" } as const;

export function renderCheck(file: string, check: ReportCheck, formTitle?: string): string {
  const period = check.period ? `${periodName(check.period)} (${FROM[check.periodFrom]})` : "không rõ kỳ báo cáo";
  const unclear = check.typedUnclear > 0 ? `, ${check.typedUnclear} chưa rõ` : "";
  const lines = [
    `== ${file} — ${period}`,
    ...(formTitle ? [`Mẫu: ${formTitle}`] : []),
    `Số liệu nhận ra: ${check.typedBound}/${check.typedTotal} ô nhập liệu${unclear}${leftOutCount(check)}.`,
  ];
  for (const figure of check.figures) {
    if (figure.state === "notFound") continue;
    // Under «Phần thứ…» or «A.» headings the engine's section path is empty ("mục "): the line alone is said.
    const places = figure.places.map((o) => `${quote(o.text, 40)} (dòng ${o.line}${o.where.trim() === "mục" ? "" : `, ${o.where}`})`).join("; ");
    lines.push(`  ${figure.label}: ${figure.state === "ambiguous" ? "CHƯA RÕ — " : ""}${places}`);
  }
  const leftOut = new Set(check.leftOut);
  const missing = check.figures.filter((f) => f.typed && f.state === "notFound" && !leftOut.has(f.id));
  if (missing.length > 0) lines.push(`Không tìm thấy: ${missing.map((f) => f.label).join("; ")}.`);
  if (leftOut.size > 0) {
    lines.push(`Không bắt buộc, văn bản không nêu: ${check.figures.filter((f) => leftOut.has(f.id)).map((f) => f.label).join("; ")}.`);
  }
  if (check.unchecked.length > 0) {
    lines.push(`Chưa kiểm tra được (${check.unchecked.length}):`, ...check.unchecked.map((u) => `  [CHƯA KIỂM TRA] ${u.message}`));
  }
  // Not run, and said so; but a report may leave optional figures out, so these are no gap in reading it.
  lines.push(...check.leftOutChecks.map((u) => `  [KHÔNG ÁP DỤNG] ${u.message}`));
  lines.push(verdict(check));
  lines.push(...check.problems.map(renderProblem));
  lines.push(...check.notes.map((note) => `  [GHI CHÚ] (số liệu, dòng ${note.lines.join(", ")}) ${note.message}`));
  return lines.join("\n");
}

/** «, 2 số liệu không bắt buộc văn bản không nêu»: counted apart, never among the figures not read. */
function leftOutCount(check: ReportCheck): string {
  return check.leftOut.length > 0 ? `, ${check.leftOut.length} ô không bắt buộc văn bản không nêu` : "";
}

/**
 * «Không phát hiện vấn đề nào» only when everything the report owes was read and every check ran; checks that need
 * optional figures the report leaves out are named in the verdict, so it never reads as if they had run.
 */
export function verdict(check: ReportCheck): string {
  const missing = check.typedTotal - check.typedBound - check.leftOut.length;
  const parts = [
    missing > 0 ? `${missing} số liệu chưa đọc được` : "",
    check.unchecked.length > 0 ? `${check.unchecked.length} kiểm tra không chạy được` : "",
  ].filter((p) => p !== "");
  if (check.problems.length > 0) {
    const found = `Vấn đề: ${check.errors} lỗi, ${check.warnings} cảnh báo.`;
    // The problems below are not the whole story of a report read only in part: the specialist is told so here,
    // not only by the exit code (3) and the list above.
    return check.complete ? found : `${found} Chưa đọc hết văn bản (${parts.join(", ")}): phần chưa đọc chưa được kiểm tra.`;
  }
  if (check.complete) return `Không phát hiện vấn đề nào${notApplicable(check)}.`;
  return `Chưa đọc hết văn bản (${parts.join(", ")}): không thấy vấn đề trong phần đã kiểm tra, nhưng chưa thể kết luận văn bản đúng.`;
}

function notApplicable(check: ReportCheck): string {
  const count = check.leftOutChecks.length;
  return count > 0 ? ` (${count} kiểm tra không áp dụng: văn bản không nêu số liệu không bắt buộc cần cho chúng)` : "";
}

export function renderProblem(p: ReportProblem): string {
  const where = p.lines.length > 0 ? `dòng ${p.lines.join(", ")}` : "toàn văn bản";
  // The document check speaks to the pane's button; on the command line there is none.
  const message = p.message.replace(/\s*Bấm «Cập nhật văn bản» để sửa\.$/, "");
  return `  [${SEVERITY[p.severity]}] (${SOURCE[p.source]}, ${where}) ${message}`;
}
