import { numberHeadings } from "../../../src/domain/template/numbering";
import { REPORT } from "../../support/forms";
import type { Block } from "../../../src/domain/template/types";

const textOf = (block: Block) => block.runs.map((run) => ("text" in run ? run.text : "field" in run ? `{${run.field}}` : `<${run.setting}>`)).join("");
const headings = (role: Block["role"]) => numberHeadings(REPORT.skeleton).filter((b) => b.role === role).map(textOf);
const fieldRefs = numberHeadings(REPORT.skeleton).flatMap((b) => b.runs.flatMap((run) => ("field" in run ? [run.field] : [])));

describe("the report skeleton", () => {
  it("refers to every field of the report at least once, computed and period fields included", () => {
    const missing = REPORT.fields.map((f) => f.id).filter((id) => !fieldRefs.includes(id));
    expect(missing).toEqual([]);
  });

  it("refers only to fields the report defines", () => {
    expect(fieldRefs.filter((id) => !REPORT.byId.has(id))).toEqual([]);
  });

  it("numbers the top sections I to VI, once each (the reference repeats II)", () => {
    expect(headings("heading1").map((h) => h.split(".")[0])).toEqual(["I", "II", "III", "IV", "V", "VI"]);
    expect(headings("heading1")[2]).toBe("III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN");
    expect(headings("heading1")[5]).toBe("VI. NHIỆM VỤ TRỌNG TÂM QUÝ {bcdc:ky.quySau} NĂM {bcdc:ky.namQuySau}");
  });

  it("restarts 1, 2… under each top section and a), b)… with đ after d and g after e", () => {
    const sequence = numberHeadings(REPORT.skeleton).filter((b) => /^heading[123]$/.test(b.role)).map((b) => textOf(b).split(/[.)] /)[0]);
    expect(sequence.join(" ")).toBe(
      "I II 1 2 3 4 5 6 III 1 a b c d đ e g 2 a b c 3 4 IV V VI",
    );
  });

  it("gives every third-level heading of a subsection its own title (the reference repeats c)'s under b))", () => {
    const underIII2 = headings("heading3").slice(7);
    expect(underIII2).toHaveLength(3);
    expect(new Set(underIII2.map((h) => h.slice(3))).size).toBe(3);
    expect(underIII2[1]).toContain("Bộ phận một cửa của Văn phòng");
  });

  it("writes no period as literal text: quarters, years and cut-off dates are computed fields", () => {
    const literal = numberHeadings(REPORT.skeleton).flatMap((b) => b.runs.flatMap((run) => ("text" in run ? [run.text] : []))).join("\n");
    expect(literal).not.toMatch(/\b(quý|QUÝ) (I|II|III|IV)\b/);
    expect(literal).not.toMatch(/\b(năm|NĂM) 20\d\d\b/);
    expect(literal).not.toMatch(/\b1[45]\/(12|3|6|9)\/20\d\d\b/);
    expect(literal).not.toMatch(/20230/);
  });

  it("keeps the report's wording around the figures", () => {
    const all = numberHeadings(REPORT.skeleton).map(textOf).join("\n");
    expect(all).toContain("Công chức được giao là {bcdc:bienChe.congChucGiao}, đang thực hiện {bcdc:bienChe.congChucThucHien}");
    expect(all).toContain("Tiếp nhận {bcdc:motCuaVp.tiepNhan} hồ sơ, đã giải quyết, trả kết quả {bcdc:motCuaVp.daGiaiQuyet} hồ sơ, chiếm {bcdc:motCuaVp.tyLeDaGiaiQuyet}");
    expect(all).toContain("tính từ ngày {bcdc:hcc.tuNgay} đến ngày {bcdc:hcc.denNgay}");
    expect(all).toContain("(số liệu tính từ ngày {bcdc:ky.tuNgay} đến ngày {bcdc:ky.denNgay})");
  });

  it("opens with the header in Nghị định 30/2020 order and ends with the recipients and signature", () => {
    expect(numberHeadings(REPORT.skeleton).slice(0, 9).map((b) => b.role)).toEqual([
      "governingBody", "officeName", "symbol", "nationalName", "motto", "placeDate", "docType", "summary", "summary",
    ]);
    expect(numberHeadings(REPORT.skeleton).slice(-4).map((b) => b.role)).toEqual(["recipientsTitle", "recipient", "signerTitle", "signerName"]);
  });
});
