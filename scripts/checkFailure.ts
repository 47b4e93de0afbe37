/**
 * What `npm run check` says when a file could not be checked: the reason in Vietnamese, never JavaScript's English.
 */
import { FormError } from "./checkForms";

/** The file system's refusals, which Node words in English («EISDIR: illegal operation on a directory, read»). */
const FILE_SYSTEM: Record<string, string> = {
  ENOENT: "không tìm thấy tệp",
  EISDIR: "đây là một thư mục, không phải tệp (hãy ghi tên tệp .docx hoặc .txt trong thư mục)",
  EACCES: "không có quyền đọc tệp này",
  EPERM: "không có quyền đọc tệp này",
  EBUSY: "tệp đang bị chương trình khác giữ (hãy đóng tệp trong Word rồi thử lại)",
};

const INTERNAL = "lỗi của công cụ kiểm tra, không phải của tệp; hãy gửi tệp này cho bộ phận kỹ thuật để sửa.";

export function failureMessage(file: string, cause: unknown): string {
  if (cause instanceof FormError) return cause.message;
  // A fault of the engine itself (a bug met on a document nobody foresaw) is not the file's, and its text is English.
  if (cause instanceof TypeError || cause instanceof ReferenceError || cause instanceof RangeError) return `Không đọc được ${file}: ${INTERNAL}`;
  const reason = FILE_SYSTEM[(cause as NodeJS.ErrnoException).code ?? ""] ?? (cause as Error).message;
  return `Không đọc được ${file}: ${reason}`;
}
