/**
 * A figure written first as its change, the level in a bracket after it: «Số công chức có mặt tăng 9,7% so với cùng
 * kỳ (đạt 68 người trên 72 biên chế …)», «… giảm 6,8% so với cùng kỳ (hiện có 41 người …)». The bracket opening with
 * the level's verb is this period's figure, about the change's subject; a bracket that names the earlier period
 * («(cùng kỳ: 1.112 hồ sơ)»), or explains the comparison right before it («so với cùng kỳ (10 ý kiến)»), is not.
 * Found on wt-fresh57's 511.
 */
import { comparisonAt } from "../../../src/domain/import/meaning/vetoText";
import { subjectOfChange } from "../../../src/domain/import/meaning/levelAfterChange";
import { STAFF_LABELS, staffFigures } from "../../support/recognized";

const at = (t: string, n: string) => comparisonAt(t, t.indexOf(n), t.indexOf(n) + n.length, 2026, 2);
const span = (t: string, n: string) => ({ start: t.indexOf(n), end: t.indexOf(n) + n.length });

describe("a level in a bracket after its change", () => {
  it("is no comparison when the bracket opens with the level's verb", () => {
    expect(at("Hồ sơ tiếp nhận tăng 12% so với cùng kỳ (đạt 1.245 hồ sơ).", "1.245")).toBeNull();
    expect(at("Trễ hạn giảm 8 hồ sơ so với quý I (còn 16 hồ sơ).", "16")).toBeNull();
  });
  it("is still the earlier value when the bracket names it or explains the comparison", () => {
    expect(at("Hồ sơ tiếp nhận tăng 12% so với cùng kỳ (cùng kỳ năm 2025: 1.112 hồ sơ).", "1.112")).toBe("earlier");
    expect(at("Số ý kiến giảm 30% so với cùng kỳ (10 ý kiến).", "10")).toBe("earlier");
  });
  it("a share's count in brackets after a comparison clause is not the earlier value", () => {
    expect(at("Hồ sơ trả trước hạn tăng 18,6% so với cùng kỳ, chiếm 70,28% số hồ sơ đã giải quyết (842 hồ sơ).", "842")).toBeNull();
  });
  it("takes the change's subject", () => {
    const t = "Số công chức có mặt tăng 9,7% so với cùng kỳ (đạt 68 người trên 72 biên chế công chức được giao).";
    // Read as syllables, «có mặt» normalised to the form's «đang thực hiện».
    expect(subjectOfChange(t, span(t, "9,7%"), span(t, "68")).join(" ")).toBe("số công chức đang thực hiện");
  });
  it("binds the civil servants and the public employees in post from their brackets", () => {
    const { values } = staffFigures(
      "Số công chức có mặt tăng 9,7% so với cùng kỳ (đạt 68 người trên 72 biên chế công chức được giao năm 2026); số người làm việc tại các đơn vị sự nghiệp giảm 6,8% so với cùng kỳ (hiện có 41 người trên 45 chỉ tiêu được giao); hợp đồng lao động 09 người.",
    );
    expect(values.ccCo).toBe("68");
    expect(values.snCo).toBe("41");
    expect(STAFF_LABELS.ccCo).toBe("Công chức đang thực hiện");
  });
  it("«(nâng lên 68 người)» is a level for both rules (levelVerbs.ts), as «(lên 68 người)» is", () => {
    const t = "Số công chức có mặt tăng 9,7% so với cùng kỳ (nâng lên 68 người trên 72 biên chế công chức được giao).";
    expect(at(t, "68")).toBeNull();
    expect(subjectOfChange(t, span(t, "9,7%"), span(t, "68")).join(" ")).toBe("số công chức đang thực hiện");
  });
});
