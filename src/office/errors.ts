/** Turns what Office.js throws into a message a clerk can act on. */
import { LimitError } from "../domain/limits";
import { GatewayError } from "./gateway";

interface OfficeLikeError {
  code?: string;
  message?: string;
}

const BY_CODE: Record<string, { message: string; code: GatewayError["code"] }> = {
  AccessDenied: {
    message: "Văn bản đang ở chế độ chỉ đọc hoặc bị bảo vệ: Word không cho ghi. Hãy bật chỉnh sửa rồi thử lại.",
    code: "readOnly",
  },
  ItemNotFound: {
    message: "Một ô số liệu đã bị xoá trong lúc Word đang ghi, nên Word dừng giữa chừng.",
    code: "failed",
  },
  InvalidArgument: { message: "Word từ chối nội dung cần ghi. Không có gì được ghi.", code: "failed" },
  ApiNotFound: {
    message: "Phiên bản Word này chưa hỗ trợ chức năng cần dùng. Hãy cập nhật Office.",
    code: "unsupported",
  },
};

export function toGatewayError(error: unknown): GatewayError {
  if (error instanceof GatewayError) return error;
  // Thrown by our own plan inside the batch (text past the size limits), already in Vietnamese: not Word's doing.
  if (error instanceof LimitError) return new GatewayError(error.message, "failed");
  const code = (error as OfficeLikeError | null)?.code;
  const known = code ? BY_CODE[code] : undefined;
  if (known) return new GatewayError(known.message, known.code);
  const detail = (error as OfficeLikeError | null)?.message ?? String(error);
  return new GatewayError(`Word báo lỗi: ${detail}`, "failed");
}
