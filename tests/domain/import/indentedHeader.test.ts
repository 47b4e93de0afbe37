/**
 * A header typed in a .txt centres the issuing office under its parent with spaces («UBND TỈNH HÀ NAM» /
 * «      VĂN PHÒNG»): the indented line is the block's next line (documentHeader.ts capitalsBlock), so the issuer is
 * the office under the province, whose report the form is — not the province itself, read as another kind of body
 * whose report would only quote the centre's figures. An indented department under the province stays another kind.
 * Words no corpus document uses.
 */
import { documentHeader } from "../../../src/domain/import/meaning/documentHeader";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const header = (second: string) =>
  [
    "UBND TỈNH HÀ NAM                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    `${second}                                Độc lập - Tự do - Hạnh phúc`,
    "",
    "BÁO CÁO",
    "Kết quả thực hiện dân chủ quý II năm 2027",
    "",
    "IV. DÂN CHỦ TRONG GIẢI QUYẾT CÔNG VIỆC",
    "3. Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 5.321 hồ sơ; đã giải quyết 5.100 hồ sơ; đang giải quyết 221 hồ sơ.",
    "",
  ].join("\n");

describe("a header line indented with spaces", () => {
  it("is the capitals block's next line: the office under the province issues the report", () => {
    const h = documentHeader(header("      VĂN PHÒNG"));
    expect(h.lines).toEqual(["ủy ban nhân dân tỉnh hà nam", "văn phòng"]);
    expect(h.body).toBe("văn phòng");
    expect(h.parent).toBe("ủy ban nhân dân tỉnh hà nam");
  });

  it("binds the centre's figures in the office's report", () => {
    const bound = boundByLabel(header("      VĂN PHÒNG"), REPORT);
    expect(bound("Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBe("5.321");
    expect(bound("Hồ sơ đã giải quyết")).toBe("5.100");
  });

  it("keeps an indented department another kind of body, whose report binds none of the centre's figures", () => {
    const text = header("      SỞ TƯ PHÁP");
    expect(documentHeader(text).body).toBe("sở tư pháp");
    const bound = boundByLabel(text, REPORT);
    expect(bound("Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBeNull();
    expect(bound("Hồ sơ đã giải quyết")).toBeNull();
  });

  it("never takes the motto of the right column for a line of the block", () => {
    const text = ["UBND TỈNH HÀ NAM", "                          ĐỘC LẬP - TỰ DO - HẠNH PHÚC", "", "BÁO CÁO"].join("\n");
    expect(documentHeader(text).lines).toEqual(["ủy ban nhân dân tỉnh hà nam"]);
  });
});
