/**
 * A heading that says in a bracket whose desk its section is about (held-out 1303): «4. CCHC, TTHC (BPMC của Ban tại
 * TTPVHCC tỉnh và VP đại diện Đồng Xoài)». The bracket names the one-stop desk the figures under it are the desk's;
 * a bracket that only names where the desk sits («(Trung tâm Phục vụ hành chính công tỉnh)») stays an aside, and a
 * bracket under the heading is an aside as before (meaning/vetoPlace.ts scopeOf).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { scopeBefore } from "../../../src/domain/import/meaning/vetoPlace";
import { REPORT } from "../../support/forms";

const HEAD = "UBND TỈNH ĐỒNG NAI\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP\nSố: 1462/BC-KCNĐN\n\nBÁO CÁO\nTình hình thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";
const LINES = "- TN: 1.472 (HS);\n- Đã GQ: 1391 (HS), đạt 94,5%;\n";
const read = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : r?.state === "ambiguous" ? "?" : "-";
};

describe("a heading's bracket naming whose desk the section is", () => {
  it("reads the desk's figures under it", () => {
    const text = `${HEAD}4. Cải cách hành chính (BPMC của Ban tại Trung tâm Phục vụ hành chính công tỉnh)\n${LINES}`;
    expect(read(text, "bcdc:motCuaVp.tiepNhan")).toBe("1.472");
    expect(read(text, "bcdc:motCuaVp.daGiaiQuyet")).toBe("1391");
  });

  it("keeps a bracket that names no owner, and the brackets under the heading, as asides", () => {
    const where = `${HEAD}4. Thủ tục hành chính (Trung tâm Phục vụ hành chính công tỉnh)\n- Hồ sơ (của Sở) tiếp nhận: 12 hồ sơ`;
    const scope = scopeBefore(where, where.indexOf("12 hồ sơ"));
    expect(scope).not.toContain("Trung tâm Phục vụ");
    expect(scope).not.toContain("của Sở");
  });
});
