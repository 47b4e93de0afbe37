/**
 * Shares of a breakdown that say which ones they are (held-out 1351): the people a label line awards, split by room
 * («Khen thưởng …: 03 cá nhân (02 chuyên viên Phòng Tổng hợp, …)»), are not the room's staff moved; the deputies split
 * by where they work («02 đồng chí làm việc tại trụ sở chính») are not those holding a second post. Beside each trap,
 * the share that does name the figure is still read.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

const HEAD = "BÁO CÁO\nKết quả thực hiện dân chủ quý I năm 2026\n\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? `? ${r.candidates.map((o) => o.input).join("|")}` : "-";
};

describe("shares of what a label line names", () => {
  it("trap: people awarded, by room, are not the room's staff moved", () => {
    const text = `${HEAD}II. KẾT QUẢ THỰC HIỆN\n2. Thi đua, khen thưởng\n- Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 02 cá nhân (01 Trưởng phòng, 01 chuyên viên).\n- Khen thưởng đợt thi đua chào mừng Đại hội Đảng bộ tỉnh: 03 cá nhân (02 chuyên viên Phòng Tổng hợp, 01 chuyên viên Phòng Hành chính - Tổ chức phục vụ Đại hội).\n3. An sinh xã hội\nVăn phòng giúp đỡ 01 xã.\nIII. DÂN CHỦ TRONG CƠ QUAN\n1. Công tác cán bộ\n- Luân chuyển 04 công chức giữa các phòng (02 công chức Phòng Tổng hợp sang Phòng Nội chính, 02 công chức Phòng Nội chính sang Phòng Tổng hợp).\n`;
    expect(read(text, "bcdc:luanChuyen.tongHop")).not.toBe("02");
  });

  it("staff moved, by room, under a label of moves are still read", () => {
    const text = `${HEAD}III. DÂN CHỦ TRONG CƠ QUAN\n1. Công tác cán bộ\n- Luân chuyển công chức về phòng Tổng hợp - Kinh tế: 05 người (03 chuyên viên phòng Tổng hợp, 02 chuyên viên phòng Kinh tế).\n`;
    expect(read(text, "bcdc:luanChuyen.tongHop")).toBe("03");
    expect(read(text, "bcdc:luanChuyen.kinhTe")).toBe("02");
  });

  it("kinds of a label's category are still those kinds' figures", () => {
    const text = `${HEAD}I. KHÁI QUÁT CHUNG\n2. Biên chế, trình độ\nTrình độ chuyên môn: 45 người có trình độ đại học trở lên (03 tiến sĩ, 17 thạc sĩ, 25 đại học).\n`;
    expect(read(text, "bcdc:trinhDo.tienSi")).toBe("03");
    expect(read(text, "bcdc:trinhDo.thacSi")).toBe("17");
  });
});

describe("shares that say which ones they are", () => {
  const unit = `${HEAD}I. KHÁI QUÁT CHUNG\n1. Tổ chức bộ máy\n`;

  it("trap: deputies by where they work are not those holding a second post", () => {
    const text = `${unit}Lãnh đạo Văn phòng gồm Chánh Văn phòng và 04 Phó Chánh Văn phòng (02 đồng chí làm việc tại trụ sở chính, 02 đồng chí làm việc tại cơ sở Bắc Kạn). Giám đốc Trung tâm Phục vụ hành chính công là chức danh riêng.\n`;
    expect(read(text, "bcdc:lanhDao.kiemNhiem")).not.toBe("02|02");
    expect(read(text, "bcdc:lanhDao.soPhoChanh")).toBe("04");
  });

  it("the share that holds the second post is still read", () => {
    const text = `${unit}Lãnh đạo Văn phòng gồm Chánh Văn phòng và 03 Phó Chánh Văn phòng (trong đó, 01 đồng chí kiêm nhiệm Giám đốc Trung tâm Phục vụ hành chính công).\n`;
    expect(read(text, "bcdc:lanhDao.kiemNhiem")).toBe("01");
  });

  it("shares of mixed kinds are each read as before", () => {
    const text = `${HEAD}III. DÂN CHỦ TRONG CƠ QUAN\n1. Công tác cán bộ\nTrong quý, Văn phòng điều động đến 02 công chức (01 chuyên viên từ Sở Tư pháp, 01 đồng chí Phó Chánh Văn phòng từ Sở Nội vụ).\n`;
    expect(read(text, "bcdc:dieuDong.den")).toBe("02");
  });
});
