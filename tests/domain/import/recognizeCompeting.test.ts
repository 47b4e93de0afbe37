/**
 * When several numbers compete for a figure (meaning/assign.ts with the precision layer, meaning/vetoes.ts): a number
 * the precision layer refuses is no rival, a count of other bodies doing the work is not the office's figure. Each
 * rule on the side where it binds and on the side where it must not.
 */
import { otherAgents } from "../../../src/domain/import/meaning/vetoAgent";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.input).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";
const get = (text: string, id: string) => shown(recognizeFigures(text, REPORT).get(`bcdc:${id}`));

function before(text: string, figure: string): number {
  const i = text.indexOf(figure);
  if (i < 0) throw new Error(`${figure} not in text`);
  return i;
}

describe("a count of other bodies doing the work", () => {
  it.each([
    ["UBND huyện tiếp tục phân công 16 cơ quan, đơn vị giúp đỡ 08 xã đặc biệt khó khăn.", "08"],
    ["Sở Nội vụ chỉ đạo 05 sở, ngành kiểm tra 12 đơn vị.", "12"],
    ["UBND thị xã giao 07 phòng, ban hỗ trợ 11 phường.", "11"],
  ])("«%s»: %s is those bodies' figure", (text, figure) => {
    expect(otherAgents(text, before(text, figure))).toBe(true);
  });

  it.each([
    ["Văn phòng được phân công giúp đỡ 01 xã (xã Chiềng Mung).", "01"],
    ["UBND huyện có 12 cơ quan chuyên môn và 04 đơn vị sự nghiệp.", "04"],
    ["Văn phòng phối hợp với 03 sở, ngành tổ chức 02 hội nghị.", "02"],
    ["Đã có 16/16 cơ quan, đơn vị ban hành kế hoạch; giúp đỡ 02 xã.", "02"],
    ["01 cơ quan giúp đỡ 03 xã.", "03"],
  ])("«%s»: %s stays a candidate", (text, figure) => {
    expect(otherAgents(text, before(text, figure))).toBe(false);
  });

  it("leaves the district's communes out of the form's «xã được phân công giúp đỡ», and binds the office's", () => {
    expect(get("3. An sinh xã hội\nUBND huyện tiếp tục phân công 16 cơ quan, đơn vị giúp đỡ 08 xã đặc biệt khó khăn.", "anSinh.soXa")).not.toBe("08");
    expect(get("3. An sinh xã hội\nVăn phòng được phân công giúp đỡ 01 xã (xã Chiềng Mung).", "anSinh.soXa")).toBe("01");
  });
});

describe("a number the precision layer refuses is no rival", () => {
  const district = "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG LA\n\nBÁO CÁO\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n";

  it("binds the district's own staff when the communes' figures stand beside it", () => {
    const text = `${district}Biên chế năm 2025:\n- Cấp huyện: biên chế công chức giao 92, có mặt 85.\n- Cấp xã: cán bộ, công chức cấp xã được giao 540 người, có mặt 512 người.`;
    expect(get(text, "bienChe.congChucThucHien")).toBe("85");
  });

  it("still leaves two own-level numbers for one figure unclear", () => {
    const text = `${district}Biên chế năm 2025:\n- Cấp huyện: biên chế công chức giao 92, có mặt 85.\n- Khối huyện: công chức giao 90, có mặt 81.`;
    expect(get(text, "bienChe.congChucThucHien")).toMatch(/^\?/);
  });

  it("shows the refused number to the clerk when nothing else fits", () => {
    const text = `${district}Biên chế năm 2025:\n- Cấp xã: cán bộ, công chức cấp xã được giao 540 người, có mặt 512 người.`;
    expect(get(text, "bienChe.congChucThucHien")).not.toMatch(/^\d/);
  });

  it("binds the office's one-stop figure when a centre the report never names would have wanted it too", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG LA\n\n4. Giải quyết thủ tục hành chính\n- Bộ phận Một cửa cấp huyện: tiếp nhận 926 hồ sơ; đã giải quyết 901 hồ sơ, trong đó trước hạn 640 hồ sơ, đúng hạn 261 hồ sơ; đang giải quyết 25 hồ sơ.";
    expect(get(text, "motCuaVp.dungHan")).toBe("261");
  });
});

describe("the same figures written again in another section", () => {
  const summary =
    "I. ĐẶC ĐIỂM, TÌNH HÌNH\nTổng biên chế Văn phòng năm 2026: biên chế công chức được giao là 62 biên chế, hiện đang thực hiện 58 biên chế; biên chế sự nghiệp được giao là 21, hiện đang thực hiện 19.\n";
  const again =
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\nNăm 2026, Văn phòng được giao 62 biên chế công chức, hiện đang thực hiện 58; biên chế sự nghiệp được giao 21, đang thực hiện 19.\n";

  it("binds each figure to both places rather than leaving it unclear", () => {
    const r = recognizeFigures(summary + again, REPORT);
    expect(shown(r.get("bcdc:bienChe.congChucThucHien"))).toBe("58 58");
    expect(shown(r.get("bcdc:bienChe.suNghiepThucHien"))).toBe("19 19");
  });

  it("does not take equal values within one paragraph for repeats: each is its own figure", () => {
    const text =
      "4. Thi đua, khen thưởng: đề nghị Thủ tướng tặng Bằng khen 03 cá nhân; phong trào phòng cháy, chữa cháy 01 cá nhân; hoạt động HĐND tỉnh 01 tập thể, 01 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen 01 cá nhân.";
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:khenThuong.hdndTapThe"))).toBe("01");
    expect(shown(r.get("bcdc:khenThuong.bangKhenTTg"))).toBe("03");
  });
});
