/**
 * «Văn bản ghi «Tỷ lệ trả đúng hạn» là 80,00%, nhưng theo số liệu phải là 78,33%. Bấm «Cập nhật văn bản» để sửa.»
 * stayed after the clerk pressed it: the share is computed from a figure with an error, and the update writes
 * nothing computed from such a figure (the notice lists it among those not written). The advice then names the
 * box to fix first, as the computed box's own hint does.
 */
import { inputsOf } from "../../domain/compute";
import { fieldName } from "../../domain/fieldName";
import type { ReportDefinition } from "../../domain/report";
import type { Problem } from "../../domain/types";

// Also the advice of a share the pane cannot compute for an empty box (documentCheck.ts, walk42): a box with an
// error is not «trống», and its error is what to fix first. So for a total that does not add up: no card asks about
// it while its parts have an error (fix44C).
const PRESS_UPDATE = /\s*(?:(?:Bấm «Cập nhật văn bản» để sửa|Số này không tính lại được vì .+ trống: nhập số vào .+ đó rồi bấm «Cập nhật văn bản»)\.|Chưa sửa số này: hãy trả lời .+\?)$/;

export function withBlockedAdvice(report: ReportDefinition, figureProblems: readonly Problem[], documentProblems: Problem[]): Problem[] {
  const errors = figureProblems.filter((p) => p.severity === "error");
  if (errors.length === 0) return documentProblems;
  return documentProblems.map((problem) => {
    const formula = report.byId.get(problem.fields[0]!)?.formula;
    if (!formula || !PRESS_UPDATE.test(problem.message)) return problem;
    const inputs = inputsOf(formula);
    const blocking = errors.find((e) => e.fields.some((f) => inputs.includes(f)));
    if (!blocking) return problem;
    // Named as the computed box's hint names it: the box the error is shown under.
    const box = fieldName(report, blocking.fields[0]!);
    return { ...problem, message: problem.message.replace(PRESS_UPDATE, ` Sửa lỗi ở ô «${box}» trước: khi còn lỗi đó, «Cập nhật văn bản» không ghi số này.`) };
  });
}
