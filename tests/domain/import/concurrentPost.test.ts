/**
 * The deputy who also heads the service centre, named by his post: «01 Phó Chánh Văn phòng (được phân công) kiêm
 * (nhiệm) Giám đốc Trung tâm …» (the form's wording for «Lãnh đạo kiêm nhiệm Giám đốc Trung tâm PVHCC»). A Sóc
 * Trăng clerk's sentences, not the held-out reports' that showed them.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { sentNotMoved, staffNotConcurrent } from "../../../src/domain/import/meaning/vetoConcurrent";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const read = (text: string) => {
  const r = recognizeFigures(`I. ĐẶC ĐIỂM, TÌNH HÌNH\n${text}\n`, REPORT);
  return { concurrent: boundValue(r.get(byLabel("Lãnh đạo kiêm nhiệm Giám đốc Trung tâm PVHCC").id)), deputies: boundValue(r.get(byLabel("Số Phó Chánh Văn phòng").id)) };
};

it("«trong đó 01 Phó Chánh Văn phòng được phân công kiêm nhiệm Giám đốc Trung tâm»", () => {
  const r = read("Lãnh đạo Văn phòng có Chánh Văn phòng và 03 Phó Chánh Văn phòng; trong đó 01 Phó Chánh Văn phòng được phân công kiêm nhiệm Giám đốc Trung tâm Phục vụ hành chính công tỉnh.");
  expect(r.concurrent).toBe("01");
  expect(r.deputies).toBe("03");
});

it("«01 đồng chí Phó Chánh Văn phòng kiêm Giám đốc Trung tâm»", () => {
  expect(read("Văn phòng có Chánh Văn phòng, 04 Phó Chánh Văn phòng (01 đồng chí Phó Chánh Văn phòng kiêm Giám đốc Trung tâm PVHCC).").concurrent).toBe("01");
});

it("near-match: a deputy who heads another body is not the centre's director", () => {
  expect(read("Lãnh đạo Văn phòng có Chánh Văn phòng và 03 Phó Chánh Văn phòng; 01 Phó Chánh Văn phòng kiêm Trưởng Ban Tiếp công dân tỉnh.").concurrent).toBeNull();
});

describe("the rank of the post held concurrently is part of it (vetoConcurrent.ts)", () => {
  it.each([
    "Lãnh đạo Văn phòng có Chánh Văn phòng và 03 Phó Chánh Văn phòng; trong đó 01 Phó Chánh Văn phòng được phân công kiêm nhiệm Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh.",
    "Lãnh đạo Văn phòng có Chánh Văn phòng và 03 Phó Chánh Văn phòng. Phó Chánh Văn phòng kiêm Phó Giám đốc Trung tâm: 01 đồng chí.",
  ])("a deputy director of the centre is not its director: «%s»", (text) => {
    const r = read(text);
    expect(r.concurrent).toBeNull();
    expect(r.deputies).toBe("03");
  });

  it("the director's post held concurrently, named by the centre's initials, is still read", () => {
    expect(read("Lãnh đạo Văn phòng có Chánh Văn phòng và 03 Phó Chánh Văn phòng (01 đồng chí kiêm Giám đốc TTPVHCC).").concurrent).toBe("01");
  });
});

describe("staff sent to work at the centre hold no post there (vetoConcurrent.ts staffNotConcurrent)", () => {
  it("«… kiêm nhiệm, Văn phòng cử ba công chức làm việc tại Trung tâm»: no concurrent post counted", () => {
    const r = read("Lãnh đạo Văn phòng gồm Chánh Văn phòng và hai Phó Chánh Văn phòng. Giám đốc Trung tâm Phục vụ hành chính công phường do đồng chí Phó Chủ tịch UBND phường kiêm nhiệm, Văn phòng cử bốn công chức làm việc thường xuyên tại Trung tâm.");
    expect(r.concurrent).toBeNull();
    expect(r.deputies).toBe("2");
  });

  it("the same staff counted in a clause that says they hold it concurrently are read", () => {
    const r = read("Lãnh đạo Văn phòng có Chánh Văn phòng và 02 Phó Chánh Văn phòng; trong đó 01 đồng chí kiêm nhiệm Giám đốc Trung tâm Phục vụ hành chính công, Văn phòng cử ba công chức làm việc thường xuyên tại Trung tâm.");
    expect(r.concurrent).toBe("01");
  });
});

it("staffNotConcurrent: staff counted as staff with no «kiêm» in their clause, for a label naming a post held concurrently", () => {
  const label = "Lãnh đạo kiêm nhiệm Giám đốc Trung tâm PVHCC";
  const at = (text: string, n: string) => [text, text.indexOf(n), text.indexOf(n) + n.length] as const;
  const sent = at("Giám đốc Trung tâm do đồng chí Phó Chủ tịch kiêm nhiệm, Văn phòng cử 03 công chức làm việc tại Trung tâm.", "03");
  expect(staffNotConcurrent(label, ...sent)).toBe(true);
  // Near: the clause says they hold it concurrently; a leader counted as «đồng chí»; a label with no post held so.
  expect(staffNotConcurrent(label, ...at("Văn phòng có 01 công chức kiêm nhiệm Giám đốc Trung tâm.", "01"))).toBe(false);
  expect(staffNotConcurrent(label, ...at("Văn phòng cử 01 đồng chí làm việc tại Trung tâm.", "01"))).toBe(false);
  expect(staffNotConcurrent("Công chức đang thực hiện", ...sent)).toBe(false);
});

describe("staff the rooms send to work at a body are no moves out of them (held-out 453's cause)", () => {
  const label = "Chuyên viên phòng Kinh tế chuyển về phòng mới";
  const economy = (text: string) => boundValue(recognizeFigures(`III. KẾT QUẢ\n1. Công tác cán bộ\n${text}\n`, REPORT).get(byLabel(label).id));

  it("«do các phòng cử đến (…, Phòng Kinh tế 02, …)» is not a rotation", () => {
    const sent = "Bộ phận một cửa có 06 công chức do các phòng chuyên môn cử đến làm việc (Văn phòng 02, Phòng Kinh tế 02, Phòng Văn hóa 02), trực theo lịch.";
    expect(sentNotMoved(label, sent.slice(0, sent.indexOf("Phòng Kinh tế 02") + 14), sent)).toBe(true);
    expect(economy(sent)).toBeNull();
  });

  it("a sentence that names the move, and «cử tri», «cử nhân», are not sending", () => {
    const moved = "Trong quý, Văn phòng cử 03 chuyên viên phòng Kinh tế chuyển về phòng mới sau sắp xếp.";
    expect(sentNotMoved(label, moved.slice(0, moved.indexOf("03")), moved)).toBe(false);
    expect(economy(moved)).toBe("03");
    const voters = "Tiếp xúc cử tri: Phòng Kinh tế 02 buổi.";
    expect(sentNotMoved(label, voters.slice(0, voters.indexOf("02")), voters)).toBe(false);
    expect(sentNotMoved("Số Phó Chánh Văn phòng", "Văn phòng cử ", "Văn phòng cử 02 Phó Chánh Văn phòng.")).toBe(false);
  });
});
