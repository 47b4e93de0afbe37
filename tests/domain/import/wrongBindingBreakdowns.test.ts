/**
 * Stop 48's reports explain every figure with its breakdown (held-out 1350, 1352, 1353). Three ways a share or a
 * whole of something else was taken for a figure: a bracket breaking down deputies appointed read as the rooms'
 * transfers, a bracket adding up to the appointments read as one of them, and a table's grand total of letters read
 * as the appointments because both are «tổng số». Each trap beside the ordinary case that must still bind.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "BÁO CÁO\nKết quả thực hiện dân chủ quý II năm 2026\n\nIII. DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? `? ${r.candidates.map((o) => o.input).join("|")}` : "-";
};

describe("a bracket after a count of people under a label naming a post", () => {
  const moves = "a) Điều động, bổ nhiệm\n- Điều động đến: 01 đồng chí (Phó Chánh Văn phòng, từ Sở Tư pháp).\n- Tiếp nhận công chức: Không có.\n- Bổ nhiệm Trưởng phòng: 01 (Trưởng phòng Nội chính).\n";

  it("trap: the deputies appointed per room are not the room's staff moved", () => {
    const text = `${HEAD}${moves}- Bổ nhiệm Phó Trưởng phòng: 04 đồng chí (Phòng Tổng hợp 01, Phòng Kinh tế 02, Phòng Khoa giáo - Văn xã 01).\n\nb) Luân chuyển\n- Luân chuyển 06 công chức giữa các phòng để cân đối nhân lực (04 công chức về trụ sở chính, 02 công chức lên cơ sở 2).\n`;
    expect(read(text, "bcdc:luanChuyen.kinhTe")).not.toBe("02");
    expect(read(text, "bcdc:boNhiem.phoPhongKGVX")).toBe("01");
  });

  it("the staff of a room moved, said so, are still that figure", () => {
    const text = `${HEAD}${moves}- Bổ nhiệm Phó Trưởng phòng: 04 đồng chí.\n- Luân chuyển 05 công chức giữa các phòng; 02 chuyên viên phòng Kinh tế chuyển về phòng Tổng hợp - Kinh tế.\n`;
    expect(read(text, "bcdc:luanChuyen.kinhTe")).toBe("02");
  });
});

describe("a bracket whose numbers add up to the count before it", () => {
  it("trap: one of the deputies appointed is not all of them", () => {
    const text = `${HEAD}- Bổ nhiệm Trưởng phòng và tương đương: 02 (Trưởng phòng Người có công; Trưởng ban Tôn giáo).\n- Bổ nhiệm Phó Trưởng phòng và tương đương: 03 (Phó Trưởng phòng Công chức, viên chức 01; Phó Chánh Văn phòng Sở 01; Phó Trưởng ban Thi đua - Khen thưởng 01).\n`;
    expect(read(text, "bcdc:boNhiem.phoPhong")).toBe("03");
  });

  it("a room's deputies in the bracket are still that room's figure", () => {
    const text = `${HEAD}- Bổ nhiệm 03 Phó Trưởng phòng (Phòng Tổng hợp - Kinh tế 02 đồng chí, Phòng Khoa giáo - Văn xã 01 đồng chí).\n`;
    expect(read(text, "bcdc:boNhiem.phoPhongTHKT")).toBe("02");
    expect(read(text, "bcdc:boNhiem.phoPhongKGVX")).toBe("01");
  });
});

describe("a table's grand total", () => {
  const letters = "2. Đơn thư\nĐơn thư Văn phòng nhận trong quý theo nơi giải quyết:\nLoại đơn\tTổng số\tVăn phòng giải quyết\tChuyển các sở\nKhiếu nại\t11\t03\t08\nKiến nghị\t30\t06\t24\nCộng\t41\t09\t32\n";

  it("trap: the letters' «Cộng» under «Tổng số» is no total of appointments", () => {
    const text = `${HEAD}- Bổ nhiệm 01 Trưởng phòng và 02 Phó Trưởng phòng, gồm 01 Phó Trưởng phòng Tổng hợp - Kinh tế và 01 Phó Trưởng phòng Khoa giáo - Văn xã.\n${letters}`;
    expect(read(text, "bcdc:boNhiem.phoPhong")).toBe("02");
  });

  it("a table naming the appointments still gives their row", () => {
    const text = `${HEAD}Bảng 1. Cán bộ được bổ nhiệm trong quý\nChức vụ\tTổng số\tNam\tNữ\nTrưởng phòng\t01\t01\t0\nPhó Trưởng phòng\t02\t01\t01\nCộng\t03\t02\t01\n`;
    expect(read(text, "bcdc:boNhiem.phoPhong")).toBe("02");
  });
});
