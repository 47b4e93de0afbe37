/**
 * A move of staff read by the body named after its count (moveDirection.ts): «về Sở Tư pháp», «về công tác tại UBND
 * xã …», «đến nhận nhiệm vụ Phó Giám đốc Sở …» left the office; «từ Sở Công Thương» came to it. A Bến Tre clerk's
 * sentences, not the held-out reports'.
 */
import { directionWords } from "../../../src/domain/import/meaning/moveDirection";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const at = (text: string, n: string) => {
  const start = text.indexOf(n);
  return directionWords(text, 0, start, start + n.length).join(" ");
};

describe("directionWords", () => {
  it("away to another body, in from another body", () => {
    expect(at("Điều động 02 công chức về Sở Tư pháp", "02")).toBe("điều động đi");
    expect(at("điều động 04 công chức về công tác tại UBND các xã", "04")).toBe("điều động đi");
    expect(at("Điều động 01 Phó Chánh Văn phòng đến nhận nhiệm vụ Phó Giám đốc Sở Nội vụ", "01")).toBe("điều động đi");
    expect(at("Điều động, bổ nhiệm 01 Phó Chánh Văn phòng từ Sở Công Thương", "01")).toBe("điều động đến");
    expect(at("điều động 01 công chức sang công tác tại cơ quan Đảng ủy xã", "01")).toBe("điều động đi");
  });
  it("near-match: a destination of the office's own kind, or no move, says nothing", () => {
    expect(at("Điều động 01 công chức về Văn phòng", "01")).toBe("");
    expect(at("Điều động 01 công chức đến làm việc", "01")).toBe("");
    expect(at("điều động 01 công chức sang công tác tại cơ quan khác", "01")).toBe("");
    expect(at("Tiếp nhận 02 công chức từ Sở Tư pháp", "02")).toBe("");
  });
  it("a move named after a long count is read from its own way's word", () => {
    expect(at("01 viên chức Trung tâm Dịch vụ việc làm được điều động đến Sở Nội vụ", "01")).toBe("điều động đi");
    expect(at("02 công chức Phòng Kế hoạch - Tài chính được luân chuyển sang UBND các xã", "02")).toBe("điều động đi");
    expect(at("01 công chức Phòng Quản lý đầu tư được điều động từ Sở Xây dựng", "01")).toBe("điều động đến");
  });
  it("near-match: a long count moved to the office's own kind, or not moved, says nothing", () => {
    expect(at("01 công chức Phòng Quản lý đầu tư xây dựng được điều động đến Văn phòng", "01")).toBe("");
    expect(at("01 công chức Phòng Quản lý đầu tư xây dựng được cử đi học tại Học viện", "01")).toBe("");
  });
  it("a body named after the next move's count is that move's way, not the one before", () => {
    const text = "điều động đến 01 CBCC, điều động đi 02 CBCC (01 sang Sở Nội vụ, 01 sang UBND xã)";
    expect(at(text, "01")).toBe("");
    expect(at(text, "02")).toBe("điều động đi");
  });
  it("near-match: a body named after the count in its own clause still says its way, whatever follows", () => {
    expect(at("điều động 01 công chức sang Sở Nội vụ, điều động đến 02 công chức", "01")).toBe("điều động đi");
    expect(at("điều động 01 công chức, 01 sang Sở Nội vụ", "01")).toBe("điều động đi");
  });
});

it("in a report, the move away to another body is the figure of moves away", () => {
  const text = [
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
    "1. Công tác cán bộ",
    "Trong quý, điều động, bổ nhiệm 01 Phó Chánh Văn phòng từ Sở Công Thương. Điều động 02 công chức về Sở Tư pháp. Tiếp nhận 03 công chức. Bổ nhiệm 02 Trưởng phòng; 04 Phó Trưởng phòng (Tổng hợp - Kinh tế 02, Khoa giáo - Văn xã 02). Luân chuyển 06 công chức giữa các phòng.",
  ].join("\n");
  const r = recognizeFigures(text, REPORT);
  expect(boundValue(r.get(byLabel("Điều động, luân chuyển đi").id))).toBe("02");
});

it("in a report, moves in and away in one sentence are each their own figure", () => {
  const text = [
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
    "1. Công tác cán bộ",
    "Trong quý: điều động đến 01 CBCC, điều động đi 02 CBCC (01 sang Sở Nội vụ, 01 sang UBND xã Minh Xuân); luân chuyển 03 CBCC giữa các phòng.",
  ].join("\n");
  const r = recognizeFigures(text, REPORT);
  expect(boundValue(r.get(byLabel("Điều động đến và bổ nhiệm").id))).toBe("01");
  expect(boundValue(r.get(byLabel("Điều động, luân chuyển đi").id))).toBe("02");
});

it("in a report, a count moved «đến» another body after its noun is a move away, not in", () => {
  const text = [
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
    "1. Công tác cán bộ",
    "Trong quý bổ nhiệm 01 Trưởng phòng Kế hoạch - Tài chính; 02 công chức Phòng Quản lý xây dựng được điều động đến Sở Xây dựng.",
  ].join("\n");
  const r = recognizeFigures(text, REPORT);
  expect(boundValue(r.get(byLabel("Điều động đến và bổ nhiệm").id))).toBeNull();
  expect(boundValue(r.get(byLabel("Điều động, luân chuyển đi").id))).toBe("02");
});
