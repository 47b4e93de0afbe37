/**
 * The schema library's errors in Vietnamese. Its own messages are English and name its keywords; a clerk needs to
 * know what is wrong and where, in words about the form.
 */
import type { ErrorObject } from "ajv";
import type { FormProblem } from "./problems";

const TYPES: Record<string, string> = {
  string: "một chuỗi chữ (trong dấu ngoặc kép)",
  integer: "một số nguyên",
  number: "một số",
  object: "một đối tượng { … }",
  array: "một danh sách [ … ]",
  boolean: "true hoặc false",
};

const ONE_LINE = "^[^\\u0000-\\u001F\\u007F]*$";

function patternMessage(error: ErrorObject): string {
  const pattern = String(error.params["pattern"] ?? "");
  if (pattern === ONE_LINE || pattern.includes("\\u0000")) return "chứa ký tự điều khiển (xuống dòng, tab, …) không được phép ở đây";
  if (error.instancePath === "/tagPrefix") return "tiền tố thẻ phải gồm 2–16 chữ thường không dấu hoặc số và kết thúc bằng dấu hai chấm, ví dụ «bcdc:»";
  if (error.instancePath === "/id") return "mã mẫu chỉ gồm chữ thường không dấu, số và dấu gạch nối, ví dụ «bao-cao-quy»";
  if (pattern.includes("\\p{L}")) return "mã mục chỉ gồm chữ, số, dấu chấm, gạch dưới và gạch nối (không có khoảng trắng)";
  return "mã số liệu phải bắt đầu bằng chữ không dấu và chỉ gồm chữ không dấu, số, gạch dưới, các phần cách nhau bằng dấu chấm (ví dụ «hcc.tiepNhan»)";
}

function messageOf(error: ErrorObject): string {
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return `thiếu mục bắt buộc «${String(p["missingProperty"])}»`;
    case "additionalProperties":
      return `có mục không dùng được «${String(p["additionalProperty"])}» (viết sai tên?)`;
    case "type":
      return `phải là ${TYPES[String(p["type"])] ?? String(p["type"])}`;
    case "enum":
      return `phải là một trong: ${(p["allowedValues"] as unknown[]).map((v) => `«${String(v)}»`).join(", ")}`;
    case "const":
      return `phải là «${String(p["allowedValue"])}»`;
    case "pattern":
      return patternMessage(error);
    case "minLength":
      return Number(p["limit"]) <= 1 ? "không được để trống" : `phải có ít nhất ${String(p["limit"])} ký tự`;
    case "maxLength":
      return `dài quá ${String(p["limit"])} ký tự`;
    case "minItems":
      return `cần ít nhất ${String(p["limit"])} mục`;
    case "maxItems":
      return `có quá ${String(p["limit"])} mục`;
    case "minimum":
      return `phải từ ${String(p["limit"])} trở lên`;
    case "maximum":
      return `không được lớn hơn ${String(p["limit"])}`;
    case "discriminator":
      return `«${String(p["tag"])}» không có hoặc không phải giá trị được phép`;
    case "oneOf":
    case "anyOf":
      return "không đúng dạng nào được phép";
    default:
      return `không hợp lệ (${error.keyword})`;
  }
}

/** One problem per place: anyOf/oneOf add a summary error after the details, which says nothing more. */
export function schemaProblems(errors: readonly ErrorObject[]): FormProblem[] {
  const problems: FormProblem[] = [];
  const seen = new Set<string>();
  for (const error of errors) {
    if ((error.keyword === "anyOf" || error.keyword === "oneOf") && problems.some((p) => p.path.startsWith(error.instancePath))) continue;
    const path = error.instancePath;
    const message = messageOf(error);
    const key = `${path} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path, message });
  }
  return problems;
}
