/**
 * Turns what Office.js throws into a message a clerk can act on, and says honestly what happened to the document.
 * Word's codes and their meaning: https://learn.microsoft.com/en-us/office/dev/add-ins/testing/application-specific-api-error-handling
 * (SearchStringInvalidOrTooLong is Word-specific: "The search string maximum is 255 characters").
 *
 * What a failed sync keeps of the commands before the failing one is not documented, so a failure in a sync that
 * writes never says "nothing was written": only a failure before any write sync does, or an operation that has put
 * the document back itself (bindFigures).
 */
import { LimitError } from "../domain/limits";
import { GatewayError, type WrittenState } from "./gateway";

interface OfficeLikeError {
  code?: string;
  message?: string;
}

/** A write sync failed: Word may have applied some of its commands. */
export class WriteSyncFailed extends Error {
  constructor(readonly original: unknown) {
    super("A write sync failed");
    this.name = "WriteSyncFailed";
  }
}

/** The sync of a batch that writes: a failure is marked, so the message cannot claim that nothing was written. */
export async function writeSync(context: Word.RequestContext): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    throw new WriteSyncFailed(error);
  }
}

const BY_CODE: Record<string, { message: string; code: GatewayError["code"] }> = {
  AccessDenied: {
    message: "Văn bản đang ở chế độ chỉ đọc hoặc bị bảo vệ, nên Word không cho ghi. Hãy bật chỉnh sửa (Enable Editing) rồi thử lại.",
    code: "readOnly",
  },
  ItemNotFound: {
    message:
      "Word không còn thấy một phần cần dùng (một ô số liệu, một đoạn chữ hay một thay đổi đang theo dõi): có thể nó vừa bị xoá hoặc sửa. Hãy thử lại để Word đọc văn bản mới nhất.",
    code: "failed",
  },
  InvalidArgument: { message: "Word từ chối một lệnh vì dữ liệu gửi vào không đúng dạng Word nhận.", code: "failed" },
  GeneralException: {
    message: "Word gặp lỗi nội bộ khi xử lý yêu cầu. Hãy lưu văn bản, đóng rồi mở lại ngăn tác vụ và thử lại.",
    code: "failed",
  },
  SearchStringInvalidOrTooLong: {
    message: "Word không tìm được một đoạn chữ: chuỗi cần tìm dài quá 255 ký tự hoặc có ký tự Word không nhận.",
    code: "failed",
  },
  ApiNotFound: {
    message: "Phiên bản Word này chưa hỗ trợ chức năng cần dùng. Hãy cập nhật Office.",
    code: "unsupported",
  },
};

const WRITTEN: Record<WrittenState, string> = {
  none: "Văn bản chưa bị thay đổi.",
  partial: "Word có thể đã ghi một phần trước khi dừng: hãy xem lại văn bản (Ctrl+Z hoàn tác từng bước) rồi thử lại.",
  restored: "Văn bản đã được đưa về như trước.",
};

/** The sentence that says what happened to the document. */
export function writtenSentence(state: WrittenState): string {
  return WRITTEN[state];
}

/** The Office error inside, and whether a write sync failed. */
export function unwrap(error: unknown): { error: unknown; written: WrittenState } {
  return error instanceof WriteSyncFailed ? { error: error.original, written: "partial" } : { error, written: "none" };
}

/** What Word's error means for the clerk, without the sentence about the document. */
export function describeWordError(error: unknown): { message: string; code: GatewayError["code"]; wordCode?: string } {
  const office = error as OfficeLikeError | null;
  const known = office?.code ? BY_CODE[office.code] : undefined;
  const message = known?.message ?? `Word báo lỗi${office?.code ? ` (${office.code})` : ""}: ${office?.message ?? String(error)}.`;
  return { message, code: known?.code ?? "failed", ...(office?.code ? { wordCode: office.code } : {}) };
}

export function toGatewayError(thrown: unknown): GatewayError {
  if (thrown instanceof GatewayError) return thrown;
  const { error, written } = unwrap(thrown);
  if (error instanceof GatewayError) return error;
  // Thrown by our own plan inside the batch (text past the size limits), already in Vietnamese: not Word's doing.
  if (error instanceof LimitError) return new GatewayError(error.message, "failed");
  const { message, code, wordCode } = describeWordError(error);
  return new GatewayError(`${message} ${WRITTEN[written]}`, code, written, wordCode);
}
