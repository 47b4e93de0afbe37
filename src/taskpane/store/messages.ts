/** The Vietnamese sentences the pane shows after an operation. */
import { bySection } from "../../domain/fieldName";
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
  const held = decision.conflicts.length > 0 || decision.blocked.length > 0;
  // "The document is already right" contradicts a hand edit waiting for the clerk's choice, which follows.
  const parts = [
    written > 0 ? `Đã cập nhật ${written} ô số liệu.` : decision.conflicts.length > 0 ? "Chưa ghi ô nào vào văn bản." : "Văn bản đã đúng số liệu, không cần ghi gì.",
  ];
  if (decision.conflicts.length > 0) {
    parts.push(`${decision.conflicts.length} ô đã bị sửa tay trong văn bản: hãy chọn cách xử lý bên dưới.`);
  }
  // Last, so that the list of skipped figures follows the sentence that introduces it.
  if (decision.blocked.length > 0) {
    parts.push(`Chưa ghi ${decision.blocked.length} số liệu đang có lỗi (sửa lỗi rồi cập nhật lại):`);
  }
  const intent = held ? "warning" : "success";
  // Every skipped figure by name, under its section: a leader can check them one by one.
  const groups = decision.blocked.length > 0 ? bySection(report, decision.blocked) : undefined;
  return { intent, text: parts.join(" "), ...(groups ? { groups } : {}) };
}
