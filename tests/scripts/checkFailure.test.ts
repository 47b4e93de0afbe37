/**
 * What `npm run check` prints for a file it could not check (scripts/checkFailure.ts): Vietnamese, never JavaScript's
 * English, and an engine fault is not blamed on the file.
 */
import { failureMessage } from "../../scripts/checkFailure";
import { FormError } from "../../scripts/checkForms";

describe("failureMessage", () => {
  it("says an engine fault is the tool's, without the JavaScript text", () => {
    const message = failureMessage("bc.txt", new TypeError("Cannot read properties of null (reading 'token')"));
    expect(message).toBe("Không đọc được bc.txt: lỗi của công cụ kiểm tra, không phải của tệp; hãy gửi tệp này cho bộ phận kỹ thuật để sửa.");
    expect(failureMessage("bc.txt", new RangeError("Maximum call stack size exceeded"))).toBe(message);
  });

  it("words the file system's refusals in Vietnamese", () => {
    const missing = Object.assign(new Error("ENOENT: no such file or directory, open 'x.txt'"), { code: "ENOENT" });
    expect(failureMessage("x.txt", missing)).toBe("Không đọc được x.txt: không tìm thấy tệp");
  });

  it("passes on the reader's own Vietnamese reasons and a form's refusal as they are", () => {
    expect(failureMessage("a.txt", new Error("tệp rỗng (0 byte), không có nội dung để kiểm tra"))).toBe(
      "Không đọc được a.txt: tệp rỗng (0 byte), không có nội dung để kiểm tra",
    );
    expect(failureMessage("a.txt", new FormError("Mẫu m.json có lỗi"))).toBe("Mẫu m.json có lỗi");
  });
});
