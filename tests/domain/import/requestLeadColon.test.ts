/**
 * «Công dân chủ yếu kiến nghị về: A; B; C.»: a colon after the citizens' verb closes a lead, and the land list is what
 * follows it, as after «Nội dung chủ yếu:». Without the colon the verb is the first subject's own words («Công dân chủ
 * yếu kiến nghị về giá đất bồi thường; …» keeps «kiến nghị về giá đất bồi thường», as the clerk wrote it).
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const contents = (lines: string) => boundValue(recognizeFigures(`3. Nội dung\n${lines}\n`, MONTHLY).get("tcd:noiDung.moTa"));
const LIST = "giá đất bồi thường\ntranh chấp lối đi chung";
const SHARES = "Lĩnh vực đất đai 30 lượt, chiếm 60,00%; các lĩnh vực khác 20 lượt, chiếm 40,00%.";

describe("a citizens' verb closed by a colon leads the land list", () => {
  it("reads the list after «kiến nghị về:», «phản ánh, kiến nghị:», on a line of its own or after the shares", () => {
    expect(contents("Công dân chủ yếu kiến nghị về: giá đất bồi thường; tranh chấp lối đi chung.")).toBe(LIST);
    expect(contents("Công dân chủ yếu phản ánh, kiến nghị: giá đất bồi thường; tranh chấp lối đi chung.")).toBe(LIST);
    expect(contents(`${SHARES} Công dân chủ yếu kiến nghị về: giá đất bồi thường; tranh chấp lối đi chung.`)).toBe(LIST);
  });

  it("near-match: without the colon the verb stays the first subject's words", () => {
    expect(contents("Công dân chủ yếu kiến nghị về giá đất bồi thường; tranh chấp lối đi chung.")).toBe(
      "kiến nghị về giá đất bồi thường\ntranh chấp lối đi chung",
    );
    expect(contents(`${SHARES} Công dân chủ yếu phản ánh, kiến nghị về giá đất bồi thường; tranh chấp lối đi chung.`)).toBe(
      "phản ánh, kiến nghị về giá đất bồi thường\ntranh chấp lối đi chung",
    );
  });

  it("near-match: a colon farther on, inside the subjects, does not cut them", () => {
    expect(contents("Công dân chủ yếu kiến nghị về giá đất bồi thường dự án: đường ven biển; tranh chấp lối đi chung.")).toBe(
      "kiến nghị về giá đất bồi thường dự án: đường ven biển\ntranh chấp lối đi chung",
    );
  });
});
