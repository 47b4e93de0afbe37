/**
 * What the pane says when an action fails (src/taskpane/store/messages.ts describeError): the add-in's own fault is
 * said in Vietnamese and as the add-in's, never as JavaScript's English.
 */
import { describeError } from "../../src/taskpane/store/messages";

describe("describeError", () => {
  it("an engine fault is the add-in's, without the JavaScript text", () => {
    for (const fault of [new TypeError("Cannot read properties of null (reading 'token')"), new RangeError("Maximum call stack size exceeded")]) {
      const text = describeError(fault);
      expect(text).toBe("Có lỗi trong add-in khi xử lý văn bản này (không phải lỗi của văn bản). Hãy thử lại; nếu vẫn lỗi, gửi văn bản cho bộ phận kỹ thuật.");
    }
  });
  it("near-match: an error the add-in words itself is passed on", () => {
    expect(describeError(new Error("Tệp quá lớn để là một báo cáo."))).toBe("Có lỗi không mong muốn: Tệp quá lớn để là một báo cáo.");
  });
});
