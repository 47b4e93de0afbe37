/**
 * «Số hồ sơ mà tổ chức, cá nhân xin rút hoặc bị trả lại … là 21 hồ sơ»: files withdrawn are a fact the form counts,
 * not a request (meaning/requestLead.ts), though «xin» asks in «trình xin biệt phái».
 */
import { requestedOnly } from "../../../src/domain/import/meaning/requestLead";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const requested = (text: string, n: string) => requestedOnly(text, 0, text.lastIndexOf(n));

describe("«xin rút» is no request", () => {
  it("withdrawn, not asked for; «xin biệt phái» still asks", () => {
    expect(requested("Số hồ sơ mà tổ chức, cá nhân xin rút trong kỳ là 21", "21")).toBe(false);
    expect(requested("Văn phòng trình xin biệt phái viên chức: 01", "01")).toBe(true);
  });

  it("binds the centre's withdrawn files written before «là»", () => {
    const value = boundByLabel(
      "III. THỰC HIỆN DÂN CHỦ\n2. Cải cách hành chính\nc) Kết quả giải quyết hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh\nTrung tâm đã tiếp nhận 9.214 hồ sơ, đã giải quyết 8.870 hồ sơ. Số hồ sơ mà tổ chức, công dân xin rút hoặc bị trả lại do chưa đủ thành phần trong quý là 21 hồ sơ.\n",
      REPORT,
    );
    expect(value("Hồ sơ rút và trả lại")).toBe("21");
  });
});
