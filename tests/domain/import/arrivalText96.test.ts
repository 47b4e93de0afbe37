/**
 * What the unseen batches 890–896 and 900–906 showed, each with the near-miss beside it:
 * - «03 cơ quan chuyên môn, gồm: A; B; C; cùng với Trung tâm …»: what comes «along with» the list is none of its
 *   items (901);
 * - «Tại Trung tâm Phục vụ hành chính công tỉnh, trong quý Sở tiếp nhận 1.846 hồ sơ»: the place first, the department
 *   its subject, is the department's own desk, not the province-wide centre (890, 892).
 */
import { deskAtCentre } from "../../../src/domain/import/meaning/deskAtCentre";
import { provinceSubject } from "../../../src/domain/import/meaning/vetoProvinceBody";
import { listWithoutComment } from "../../../src/domain/import/textClauses";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const CENTRE = ["phục vụ hành chính công", "pvhcc", "hành chính công"];

describe("a list ends before what comes along with it", () => {
  it("leaves the centre named «cùng với» out of the commune's divisions", () => {
    const text = "UBND XÃ CẦU KÈ\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2025\n\nI. ĐẶC ĐIỂM TÌNH HÌNH\nUBND xã có 03 cơ quan chuyên môn, gồm: Văn phòng HĐND và UBND xã; Phòng Kinh tế; Phòng Văn hóa - Xã hội; cùng với Trung tâm Phục vụ hành chính công xã và 01 đơn vị sự nghiệp công lập là Trung tâm Dịch vụ tổng hợp xã.\n";
    const list = recognizeFigures(text, REPORT).get("bcdc:toChuc.danhSach");
    expect(list?.state === "bound" ? list.occurrences[0]!.input.split("\n") : null).toEqual(["Văn phòng HĐND và UBND xã", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội"]);
    const captured = "Văn phòng HĐND và UBND xã; Phòng Kinh tế; cùng với Trung tâm Phục vụ hành chính công xã";
    expect(captured.slice(0, listWithoutComment(captured))).toBe("Văn phòng HĐND và UBND xã; Phòng Kinh tế");
  });

  it("near-miss: «cùng với» inside an item's own name is kept", () => {
    const captured = "Văn phòng Sở; Phòng Quản lý cùng với đối tác";
    expect(captured.slice(0, listWithoutComment(captured))).toBe(captured);
  });
});

describe("the place first, then the department receiving there", () => {
  const DOC = (line: string) =>
    ["UBND TỈNH VĨNH LONG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý I năm 2026", "", "IV. CẢI CÁCH HÀNH CHÍNH", line, ""].join("\n");

  it("names the department's desk, and binds its dossiers as the desk's", () => {
    const line = "2. Tại Trung tâm Phục vụ hành chính công tỉnh, trong quý Sở tiếp nhận 1.846 hồ sơ (trực tuyến 1.372 hồ sơ); đã giải quyết 1.702 hồ sơ, đạt 92,20%, trong đó trước hạn 1.121 hồ sơ (chiếm 65,86%), đúng hạn 581 hồ sơ (chiếm 34,14%); đang giải quyết 144 hồ sơ, chiếm 7,80%.";
    expect(deskAtCentre(line.toLowerCase(), "sở nông nghiệp và môi trường", CENTRE)).toEqual(["tại trung tâm phục vụ hành chính công tỉnh, trong quý sở tiếp nhận "]);
    expect(provinceSubject("2. Tại Trung tâm Phục vụ hành chính công tỉnh, trong quý Sở tiếp nhận ", ["trung tâm phục vụ hành chính công tỉnh"], ["tại trung tâm phục vụ hành chính công tỉnh, trong quý sở tiếp nhận "])).toBe(false);
    const r = recognizeFigures(DOC(line), REPORT);
    expect(boundValue(r.get("bcdc:motCuaVp.tiepNhan"))).toBe("1.846");
    expect(boundValue(r.get("bcdc:motCuaVp.traSom"))).toBe("1.121");
    expect(boundValue(r.get("bcdc:hcc.tiepNhan"))).toBeNull();
  });

  it("near-miss: the centre as the subject, with the department's share after it, stays the centre's", () => {
    const line = "Tại Trung tâm Phục vụ hành chính công tỉnh, toàn tỉnh tiếp nhận 36.418 hồ sơ của các sở, ngành.";
    expect(deskAtCentre(line.toLowerCase(), "sở nông nghiệp và môi trường", CENTRE)).toEqual([]);
    expect(provinceSubject("Tại Trung tâm Phục vụ hành chính công tỉnh, toàn tỉnh tiếp nhận ", ["trung tâm phục vụ hành chính công tỉnh"], [])).toBe(true);
    const r = recognizeFigures(DOC(line), REPORT);
    expect(boundValue(r.get("bcdc:motCuaVp.tiepNhan"))).toBeNull();
  });
});
