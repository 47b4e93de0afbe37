/**
 * A department's or a sub-department's report that names no desk and no province-wide centre writes its one-stop
 * results as its own acts («Sở tiếp nhận … hồ sơ»): they are the form's own desk's figures (meaning/ownDesk.ts).
 * Written in an Hà Giang and a Quảng Trị clerk's words, not the held-out reports that showed it. The near sides: the
 * form's own kind (a Văn phòng, which also runs the centre) and a report naming the centre stay as they were.
 */
import { ownDeskNames } from "../../../src/domain/import/meaning/ownDesk";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const CENTRE = ["phục vụ hành chính công", "pvhcc", "hành chính công"];

const DOC = (header: string[], line: string) =>
  [...header, "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026", "", "3. Công tác cán bộ, cải cách hành chính", line, ""].join("\n");

const DEPARTMENT = ["UBND TỈNH HÀ GIANG", "SỞ CÔNG THƯƠNG"];
const SENTENCE = "Giải quyết thủ tục hành chính: trong quý, Sở tiếp nhận 532 hồ sơ; đã giải quyết 517 hồ sơ, đạt 97,18%; đang giải quyết 15 hồ sơ.";

const result = (text: string) => recognizeFigures(text, REPORT);
const value = (r: ReturnType<typeof result>, label: string) => boundValue(r.get(byLabel(label).id));

describe("a department's own dossiers, no desk named", () => {
  it("the issuer and its kind stand for the desk when no centre is named", () => {
    expect(ownDeskNames("giải quyết thủ tục hành chính: sở tiếp nhận 532 hồ sơ", "sở công thương", CENTRE)).toEqual(["sở công thương", "sở"]);
    expect(ownDeskNames("tthc: chi cục tiếp nhận 48 hồ sơ", "chi cục thủy lợi", CENTRE)).toEqual(["chi cục thủy lợi", "chi cục"]);
  });

  it("near-match: none when the text names no administrative procedure", () => {
    expect(ownDeskNames("ban tiếp nhận 02 viên chức; lập 37 hồ sơ dự án", "ban quản lý dự án đầu tư xây dựng tỉnh", CENTRE)).toEqual([]);
  });

  it("near-match: a board settling no procedure keeps «Tiếp nhận: không có.» for its staff, not a desk", () => {
    const r = result(DOC(["UBND TỈNH HÀ GIANG", "BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG TỈNH"], "- Bổ nhiệm 01 Trưởng phòng Kỹ thuật.\n- Tiếp nhận: không có.\n- Ban lập 37 hồ sơ dự án."));
    expect(value(r, "Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBeNull();
  });

  it("near-match: none when the text names the centre, or the issuer is of no known kind", () => {
    expect(ownDeskNames("sở tiếp nhận 532 hồ sơ qua trung tâm phục vụ hành chính công", "sở công thương", CENTRE)).toEqual([]);
    expect(ownDeskNames("sở tiếp nhận 532 hồ sơ", null, CENTRE)).toEqual([]);
  });

  it("binds the department's received, settled and pending dossiers to the desk, not the centre", () => {
    const r = result(DOC(DEPARTMENT, SENTENCE));
    expect(value(r, "Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBe("532");
    expect(value(r, "Hồ sơ đã giải quyết, trả kết quả")).toBe("517");
    expect(value(r, "Hồ sơ đang giải quyết")).toBe("15");
    expect(value(r, "Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBeNull();
  });

  it("binds a sub-department's figures written after its own name («Chi cục …: tiếp nhận …»)", () => {
    const r = result(DOC(["SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CHI CỤC KIỂM LÂM"], "Chi cục giải quyết thủ tục hành chính lĩnh vực lâm nghiệp: tiếp nhận 64 hồ sơ; đã giải quyết 60 hồ sơ; đang giải quyết 04 hồ sơ."));
    expect(value(r, "Hồ sơ đã giải quyết, trả kết quả")).toBe("60");
    expect(value(r, "Hồ sơ đang giải quyết")).toBe("04");
  });

  it("near-match: the same sentence in a report naming the centre binds no desk figure", () => {
    const r = result(DOC(DEPARTMENT, `${SENTENCE} Trung tâm Phục vụ hành chính công tỉnh hỗ trợ số hóa hồ sơ.`));
    expect(value(r, "Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBeNull();
    expect(value(r, "Hồ sơ đang giải quyết")).toBeNull();
  });

  it("near-match: the form's own kind (a Văn phòng) naming no desk binds no desk figure", () => {
    const r = result(DOC(["UBND TỈNH HÀ GIANG", "VĂN PHÒNG"], SENTENCE.replace("Sở", "Văn phòng")));
    expect(value(r, "Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBeNull();
    expect(value(r, "Hồ sơ đang giải quyết")).toBeNull();
  });
});
