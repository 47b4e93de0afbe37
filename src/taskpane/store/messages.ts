/** The Vietnamese sentences the pane shows after an operation. */
import { LimitError } from "../../domain/limits";
import type { ReportDefinition } from "../../domain/report";
import type { UpdateDecision } from "../../domain/updatePlan";
import { GatewayError } from "../../office/gateway";
import type { Notice } from "./types";

export function describeError(error: unknown): string {
  if (error instanceof GatewayError || error instanceof LimitError) return error.message;
  return `Có lỗi không mong muốn: ${error instanceof Error ? error.message : String(error)}`;
}

export function describeUpdate(report: ReportDefinition, decision: UpdateDecision, written: number): Notice {
  const parts = [written === 0 ? "Văn bản đã đúng số liệu, không cần ghi gì." : `Đã cập nhật ${written} ô số liệu.`];
  if (decision.blocked.length > 0) {
    const labels = decision.blocked.map((id) => report.byId.get(id)?.label ?? id);
    parts.push(`Chưa ghi ${labels.length} số liệu đang có lỗi: ${labels.join(", ")}.`);
  }
  if (decision.conflicts.length > 0) {
    parts.push(`${decision.conflicts.length} ô đã bị sửa tay trong văn bản: hãy chọn cách xử lý bên dưới.`);
  }
  const intent = decision.conflicts.length > 0 || decision.blocked.length > 0 ? "warning" : "success";
  return { intent, text: parts.join(" ") };
}
