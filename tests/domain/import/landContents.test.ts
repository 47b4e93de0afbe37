/**
 * What the land matters were about, after the land share written with what it is a share of («chiếm 64,10% tổng số
 * lượt, chủ yếu về …»), not only in brackets («chiếm 64,10%), chủ yếu …»). A Nam Định clerk's line, not the
 * held-out report's.
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const contents = (line: string) => boundValue(recognizeFigures(`4. Nội dung\n${line}\n`, MONTHLY).get("tcd:noiDung.moTa"));

describe("the land matters' contents after the land share", () => {
  it("reads the list after «chiếm N% tổng số lượt, chủ yếu về»", () => {
    expect(contents("Lĩnh vực đất đai: 25 lượt, chiếm 64,10% tổng số lượt, chủ yếu về giá đất bồi thường; cấp đổi sổ đỏ.")).toBe(
      "giá đất bồi thường\ncấp đổi sổ đỏ",
    );
  });

  it("near-match: a share of another field's matters gives no land contents", () => {
    expect(contents("Lĩnh vực khác: 14 lượt, chiếm 35,90% tổng số lượt, chủ yếu về chế độ chính sách.")).toBeNull();
  });
});
