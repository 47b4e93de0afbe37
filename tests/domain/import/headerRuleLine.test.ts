/**
 * The short rule drawn under the issuing body's name, read on the header cell's one line («… VĂN PHÒNG HĐND VÀ UBND
 * ――――― Số: 46/BC-VP», meaning/documentHeader.ts capitalsBlock): it ends the body's name. With the rule kept in the
 * name, a ward's office was no commune's body, and every figure of its ward's centre («Trung tâm Phục vụ hành chính
 * công phường») was read as another level's.
 */
import { documentHeader } from "../../../src/domain/import/meaning/documentHeader";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const opening = (rule: string) => `UBND PHƯỜNG TÂN AN VĂN PHÒNG HĐND VÀ UBND ${rule} Số: 12/BC-VP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý I năm 2026\n`;

describe("a rule under the body's name on the header's one line", () => {
  it.each(["―――――", "-----", "_____"])("«%s» ends the office's name", (rule) => {
    expect(documentHeader(opening(rule))).toMatchObject({ body: "văn phòng hội đồng nhân dân và ủy ban nhân dân", parent: "ủy ban nhân dân phường tân an" });
  });

  it("a name with a single dash («BÀ RỊA - VŨNG TÀU») is not cut", () => {
    expect(documentHeader("UBND TỈNH BÀ RỊA - VŨNG TÀU\nVĂN PHÒNG\nSố: 5/BC-VP\n\nBÁO CÁO\n").parent).toBe("ủy ban nhân dân tỉnh bà rịa - vũng tàu");
  });

  it("the ward's centre is the office's own: its figures are read", () => {
    const text = `${opening("―――――")}3. Trung tâm Phục vụ hành chính công phường\nTrong quý, Trung tâm tiếp nhận 2.310 hồ sơ; đã giải quyết 2.205 hồ sơ, đạt 95,45% (trước hạn 2.001, đúng hạn 190, trễ hạn 14 hồ sơ); đang giải quyết 105 hồ sơ, chiếm 4,55%.\n`;
    const r = recognizeFigures(text, REPORT).get("bcdc:hcc.truocHan");
    expect(r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state).toEqual(["2.001"]);
  });
});
