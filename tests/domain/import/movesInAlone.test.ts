/**
 * «Điều động đến và bổ nhiệm» names two acts on the same people; clerks write the first alone («điều động đến 03»,
 * «Điều động đến: 02 trường hợp»). And a move away written with «đến» for where the person went («… đến nhận nhiệm
 * vụ Phó Giám đốc Sở …») is a move away, not in. Sentences of clerks other than the held-out reports'.
 */
import { labelChoices } from "../../../src/domain/import/meaning/labelChoices";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { shown } from "../../support/recognitionShown";

const HEAD = "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác tổ chức cán bộ\n";
const moves = (body: string) => {
  const r = recognizeFigures(HEAD + body, REPORT);
  return [shown(r.get("bcdc:dieuDong.den")), shown(r.get("bcdc:dieuDong.di"))];
};

describe("a label of two acts on the same people", () => {
  it("is written as its first act alone; the second alone is another figure's word", () => {
    expect(labelChoices("Điều động đến và bổ nhiệm")).toEqual([["điều", "động", "đến"]]);
    expect(labelChoices("Hồ sơ rút và trả lại")).toEqual([["hồ", "sơ", "rút"]]);
    // One syllable says nothing alone; a long first part is a description, not an act.
    expect(labelChoices("Trễ và quá hạn")).toEqual([]);
    expect(labelChoices("Số cán bộ công chức được cử đi học và bồi dưỡng")).toEqual([]);
  });

  it("binds the moves in written as «điều động đến» without the appointment", () => {
    expect(moves("Trong kỳ báo cáo, Văn phòng điều động đến 04 công chức, điều động đi 01 công chức.")).toEqual(["04", "01"]);
    expect(moves("- Số công chức điều động đến: 03 người; số công chức điều động đi: 02 người.")).toEqual(["03", "02"]);
    expect(moves("Đã thực hiện tiếp nhận 02 viên chức; điều động đến 05, luân chuyển đi 01 công chức.")).toEqual(["05", "01"]);
  });

  it("near-match: the same period last year, or the plan, is not the quarter's moves in", () => {
    const [den] = moves("Cùng kỳ năm trước điều động đến 04 công chức.");
    expect(den).not.toBe("04");
    // A plan is no move made, whichever way (vetoTarget.ts).
    const planned = moves("Năm 2026 dự kiến điều động đến 06 công chức, điều động đi 02 công chức.");
    expect(planned).not.toContain("06");
    expect(planned).not.toContain("02");
  });
});

describe("a move away written with «đến» for the destination", () => {
  it("is a move away, not a move in", () => {
    expect(moves("Điều động 01 công chức đến Sở Tài chính theo đề nghị; bổ nhiệm 02 Phó Trưởng phòng.")).toEqual(["-", "01"]);
    expect(moves("Trong quý, điều động 02 công chức đến công tác tại UBND huyện Krông Nô.")).toEqual(["-", "02"]);
  });
});

describe("the act that counts the number", () => {
  it("is the last before it: a staff taken on after a heading of moves is no move", () => {
    const r = recognizeFigures(`${HEAD}Về công tác điều động, luân chuyển: trong kỳ Văn phòng tiếp nhận 02 công chức từ Sở Công Thương.`, REPORT);
    expect(shown(r.get("bcdc:dieuDong.den"))).not.toBe("02");
    expect(shown(r.get("bcdc:tiepNhan.congChuc"))).toBe("02");
  });
  it("may be named after the count: «… công chức điều động từ Sở …», «… được điều động về … từ …»", () => {
    expect(moves("Tiếp nhận và bổ nhiệm 03 công chức lãnh đạo cấp phòng điều động từ Sở Nội vụ và Sở Tư pháp.")[0]).toBe("03");
    expect(moves("Có 02 công chức được điều động về Văn phòng từ UBND huyện Đắk Mil.")[0]).toBe("02");
  });
});
