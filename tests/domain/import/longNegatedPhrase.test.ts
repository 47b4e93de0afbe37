/**
 * Held-out 414's way of writing no one punished: «Không có viên chức, công chức làm việc tại Trung tâm bị xử lý vì hành
 * vi tham nhũng, nhũng nhiễu.» The negated phrase names who before what befell them; read to its fourteenth syllable
 * it stopped at «vì hành», before «tham nhũng», and the zero was too weakly the figure's. It is read to twenty (still
 * within its sentence); a sentence that names no punishment for corruption is still no zero of that figure.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const BI_XU_LY = byLabel("Người bị xử lý vì hành vi tham nhũng").id;
/** Held-out 414 as written, its sentence on corruption replaced. */
const HELD_OUT = readFileSync(join(__dirname, "../../fixtures/corpus/heldout/414-ttpvhcc-tay-ninh-tu-bao-cao-quy3-2026.txt"), "utf8");
const SENTENCE = "Không có viên chức, công chức làm việc tại Trung tâm bị xử lý vì hành vi tham nhũng, nhũng nhiễu.";
const report = (sentence: string) => HELD_OUT.replace(SENTENCE, sentence);

describe("a zero whose negated phrase is long", () => {
  it("«Không có viên chức, công chức làm việc tại Trung tâm bị xử lý vì hành vi tham nhũng»", () => {
    const r = recognizeFigures(report(SENTENCE), REPORT);
    expect(boundValue(r.get(BI_XU_LY))).toBe("Không có");
  });

  it("a long negated phrase about something else", () => {
    expect(HELD_OUT).toContain(SENTENCE);
    const r = recognizeFigures(report("Không có viên chức, công chức làm việc tại Trung tâm phải làm thêm giờ vào ngày nghỉ lễ trong quý."), REPORT);
    expect(boundValue(r.get(BI_XU_LY))).toBeNull();
  });
});
