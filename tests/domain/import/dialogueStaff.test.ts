/**
 * «Chủ tịch đối thoại với cán bộ, công chức, viên chức, người lao động: 04 ý kiến»: beside a count written with the
 * figure's own unit, not a count of people, the staff named are who took part, not another figure's words (score.ts
 * foreignShare). Two hearings each with their opinions counted, the staff's and the residents', are then both the
 * clerk's to choose between: neither is bound over the other. A count of people beside the same words still is theirs.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const OPINIONS = "Ý kiến đề nghị nhận được tại hội nghị đối thoại";
const head = "UBND TỈNH LẠNG SƠN\nVĂN PHÒNG\nSố: 77/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";

describe("the staff named at a dialogue are who took part", () => {
  it("does not bind the residents' hearing over the staff's", () => {
    const text = `${head}3. Đối thoại\nNgày 20/5/2026, Chánh Văn phòng đối thoại với cán bộ, công chức, viên chức, người lao động: 05 ý kiến, đã giải trình tại hội nghị. Đối thoại với Nhân dân tại xã Hữu Lũng ngày 02/6/2026: 21 ý kiến.\n`;
    const r = recognizeFigures(text, REPORT).get(byLabel(OPINIONS).id);
    expect(boundValue(r)).not.toBe("21");
    if (r?.state === "ambiguous") expect(r.candidates.map((c) => c.input)).toContain("05");
  });

  it("reads the staff's dialogue alone", () => {
    const text = `${head}3. Đối thoại\nNgày 20/5/2026, Chánh Văn phòng đối thoại với cán bộ, công chức, viên chức, người lao động: 05 ý kiến, đã giải trình tại hội nghị.\n`;
    expect(boundValue(recognizeFigures(text, REPORT).get(byLabel(OPINIONS).id))).toBe("05");
  });

  it("leaves a count of people beside staff words to the people's figure", () => {
    const text = `${head}3. Đối thoại\nHội nghị đối thoại có 45 cán bộ, công chức, viên chức, người lao động tham dự; nhận được 03 ý kiến đề nghị.\n`;
    expect(boundValue(recognizeFigures(text, REPORT).get(byLabel(OPINIONS).id))).toBe("03");
  });
});
