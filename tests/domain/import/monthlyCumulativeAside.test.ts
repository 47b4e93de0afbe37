/**
 * A month's figure followed by its year-to-date in brackets, «41/69 xã, phường (lũy kế từ đầu năm 66/69 …)»,
 * «chiếm 70,31% (lũy kế từ đầu năm 498/712 lượt, chiếm 69,94%), gồm: …»: the bracket is another period's, neither
 * part of where the matters arose (the monthly form's wording) nor a list of land matters (textClauses.ts). Both
 * sides: without the bracket the same sentences read as before.
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const read = (text: string, id: string) => boundValue(recognizeFigures(text, MONTHLY).get(id));
/** The value bound, or the candidates offered to the clerk when the field is left unclear. */
const offered = (text: string, id: string): string[] => {
  const r = recognizeFigures(text, MONTHLY).get(id);
  if (r?.state === "bound") return [boundValue(r)!];
  return r?.state === "ambiguous" ? r.candidates.map((c) => c.input) : [];
};

const PLACES = (aside: string) =>
  `4. Tiếp của Chủ tịch UBND các xã, phường\nChủ tịch UBND các xã, phường tiếp 53 lượt với 66 người trong tháng. Việc tiếp công dân phát sinh tại 41/69 xã, phường${aside}; nhiều nhất là phường Sông Trí 05 lượt.\n`;
const LAND = (aside: string) =>
  `5. Nội dung tiếp công dân\nNội dung tiếp công dân trong tháng tập trung chủ yếu vào lĩnh vực đất đai: 45/64 lượt, chiếm 70,31%${aside}, gồm: khiếu nại về bồi thường khi thu hồi đất; tranh chấp đất đai giữa các hộ gia đình. Các lĩnh vực khác 19/64 lượt, chiếm 29,69%.\n`;

describe("the year-to-date in brackets after a month's figure", () => {
  it("is not part of where the matters arose", () => {
    expect(read(PLACES(" (lũy kế từ đầu năm 66/69 xã, phường có phát sinh)"), "tcd:huyen.noiPhatSinh")).not.toContain("lũy kế");
    expect(read(PLACES(""), "tcd:huyen.noiPhatSinh")).toBe("41/69 xã, phường");
  });

  it("is not the list of land matters, which follows it", () => {
    const list = "khiếu nại về bồi thường khi thu hồi đất\ntranh chấp đất đai giữa các hộ gia đình";
    // The bracket is never offered (textClauses.ts otherPeriodsFigures); the list after it is read past the bracket
    // (the form's wording allows another period's aside between the share and «gồm:»).
    expect(offered(LAND(" (lũy kế từ đầu năm 498/712 lượt, chiếm 69,94%)"), "tcd:noiDung.moTa")).toEqual([list]);
    expect(offered(LAND(""), "tcd:noiDung.moTa")).toEqual([list]);
  });
});
