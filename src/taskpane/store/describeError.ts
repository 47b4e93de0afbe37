/** What the clerk is told when an operation fails: loaded with the pane, where every operation can fail. */
import { LimitError } from "../../domain/limits";
import { GatewayError } from "../../office/gateway";

const INTERNAL_FAULT =
  "Có lỗi trong add-in khi xử lý văn bản này (không phải lỗi của văn bản). Hãy thử lại; nếu vẫn lỗi, gửi văn bản cho bộ phận kỹ thuật.";

export function describeError(error: unknown): string {
  if (error instanceof GatewayError || error instanceof LimitError) return error.message;
  // The engine's own fault (a document nobody foresaw) speaks JavaScript's English; the clerk is told whose it is.
  if (error instanceof TypeError || error instanceof ReferenceError || error instanceof RangeError) return INTERNAL_FAULT;
  return `Có lỗi không mong muốn: ${error instanceof Error ? error.message : String(error)}`;
}
