/**
 * «Không có cán bộ vi phạm» says no one did wrong; it is no zero of the people punished for corruption. A zero that
 * negates people takes a count of people only when what befell them is the field's own words (zeroWords.ts
 * generalNegation).
 */
import { generalNegation } from "../../../src/domain/import/meaning/zeroWords";
import { features, syllables } from "../../../src/domain/import/meaning/words";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const OWN = new Set(features(syllables("Người bị xử lý vì hành vi tham nhũng ; cán bộ, công chức, viên chức và người lao động bị xử lý")));
const general = (phrase: string) => generalNegation(OWN, syllables(phrase));

describe("generalNegation", () => {
  it("people and a deed the field does not count", () => {
    expect(general("cán bộ vi phạm")).toBe(true);
    expect(general("công chức, người lao động của Trung tâm vi phạm kỷ luật")).toBe(true);
    expect(general("cán bộ, công chức nghỉ việc")).toBe(true);
  });
  it("near-match: people and what the field counts befalling them", () => {
    expect(general("cán bộ bị xử lý")).toBe(false);
    expect(general("trường hợp nào bị xử lý vì hành vi tham nhũng")).toBe(false);
    expect(general("công chức, viên chức bị xử lý kỷ luật về tham nhũng")).toBe(false);
  });
});

it("in a report, «Không có cán bộ vi phạm» binds no corruption zero; «Không có cán bộ bị xử lý» does", () => {
  const text = (said: string) =>
    ["UBND PHƯỜNG AN PHÚ", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở, cải cách hành chính quý IV năm 2025", "III. Cán bộ", "- Nâng lương trước hạn: chưa có.", `- Không có ${said}.`].join("\n");
  const field = byLabel("Người bị xử lý vì hành vi tham nhũng").id;
  expect(boundValue(recognizeFigures(text("cán bộ vi phạm"), REPORT).get(field))).toBeNull();
  expect(boundValue(recognizeFigures(text("cán bộ bị xử lý"), REPORT).get(field))).toBe("Không có");
  expect(boundValue(recognizeFigures(text("trường hợp nào bị xử lý vì hành vi tham nhũng"), REPORT).get(field))).toBe("Không có");
});
