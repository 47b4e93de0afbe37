/**
 * A department's dossiers with where its desk received them in a bracket right after the body, «Hồ sơ thủ tục hành
 * chính thuộc thẩm quyền của Sở (tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh và qua dịch vụ công trực
 * tuyến): tiếp nhận 2.846 hồ sơ» (meaning/deskActInBracket.ts): the bracket's act and place name the department's own
 * desk, as «Sở tiếp nhận tại Trung tâm …» does, so the figures are the desk's. A bracket with the centre's name and no
 * act is an aside and names no desk. A Gia Lai clerk's words.
 */
import { deskAtCentre } from "../../../src/domain/import/meaning/deskAtCentre";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const CENTRE = ["phục vụ hành chính công", "pvhcc", "hành chính công"];
const DOC = (line: string) =>
  ["UBND TỈNH GIA LAI", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "", "BÁO CÁO", "Tình hình thực hiện dân chủ ở cơ sở quý I năm 2026", "", "II. KẾT QUẢ", "2. Giải quyết thủ tục hành chính", line, ""].join("\n");
const read = (line: string) => recognizeFigures(DOC(line), REPORT);
const DESK = byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)");
const DESK_DONE = byLabel("Hồ sơ đã giải quyết, trả kết quả");
const CENTRE_RECEIVED = byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)");
const LINE =
  "Hồ sơ thủ tục hành chính thuộc thẩm quyền của Sở (tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh và qua dịch vụ công trực tuyến): tiếp nhận 2.846 hồ sơ. Đã giải quyết 2.702 hồ sơ. Đang giải quyết 144 hồ sơ.";

describe("a department's desk at the centre, said in a bracket after its dossiers", () => {
  it("finds the dossiers of the body with the act and the centre in the bracket, whole and without the bracket", () => {
    expect(deskAtCentre("hồ sơ thủ tục hành chính thuộc thẩm quyền của sở (tiếp nhận tại trung tâm phục vụ hành chính công tỉnh): tiếp nhận", "sở nông nghiệp và môi trường", CENTRE)).toEqual([
      "hồ sơ thủ tục hành chính thuộc thẩm quyền của sở (tiếp nhận tại trung tâm phục vụ hành chính công",
      "hồ sơ thủ tục hành chính thuộc thẩm quyền của sở",
    ]);
  });

  it("near-match: a bracket with the centre's name and no act names no desk", () => {
    expect(deskAtCentre("hồ sơ thủ tục hành chính của sở (trung tâm phục vụ hành chính công tỉnh tiếp nhận 3.000 hồ sơ)", "sở nông nghiệp và môi trường", CENTRE)).toEqual([]);
  });

  it("binds the department's received and settled files to its own desk", () => {
    const r = read(LINE);
    expect(boundValue(r.get(DESK.id))).toBe("2.846");
    expect(boundValue(r.get(DESK_DONE.id))).toBe("2.702");
    expect(boundValue(r.get(CENTRE_RECEIVED.id))).toBeNull();
  });
});
