import { checkCitations, findCitations } from "../../../src/domain/import/citations";
import { lineOf, REFERENCE_TEXT } from "../../fixtures/referenceText";

/** seed-inventory.md, section "Citations", is the oracle. */
describe("checkCitations on the reference report", () => {
  const problems = checkCitations(REFERENCE_TEXT);
  const byKey = new Map(problems.map((p) => [p.key, p]));

  it("reports exactly the listed problems, with their lines", () => {
    expect(problems.map((p) => [p.key, p.severity, p.lines]).sort()).toEqual(
      [
        ["citation.malformed:429-QĐi", "error", [33, 189]],
        ["citation.conflict:KH:32", "error", [33, 43, 189]],
        ["citation.symbolYear:45/2020/NĐ-CP", "error", [157]],
        ["range:2026 - 20230", "error", [53]],
        ["citation.issuer:3266/UBND-NC", "error", [167]],
        ["citation.planYear:04/KH-UBND", "warning", [115]],
        ["citation.noNgay:144/QĐ-VPUB", "warning", [101]],
      ].sort(),
    );
  });

  it("explains each problem in Vietnamese with the citations involved", () => {
    expect(byKey.get("citation.conflict:KH:32")?.message).toBe(
      "Kế hoạch số 32 được trích dẫn khác nhau: 32/KH-UBND ngày 09/02/2026 (dòng 33, 43); 32/KH-VPUB ngày 31/01/2026 (dòng 189). " +
        "Đây là cùng một văn bản, hãy thống nhất số, ký hiệu và ngày.",
    );
    expect(byKey.get("citation.symbolYear:45/2020/NĐ-CP")?.message).toContain("năm trong ký hiệu (2020) khác năm ban hành (2021)");
    expect(byKey.get("citation.issuer:3266/UBND-NC")?.message).toContain("«của Tỉnh ủy» (cơ quan Đảng)");
    expect(byKey.get("citation.malformed:429-QĐi")?.message).toContain("429-QĐ/TU");
    expect(byKey.get("citation.noNgay:144/QĐ-VPUB")?.message).toContain("thiếu chữ «ngày»");
    expect(byKey.get("citation.planYear:04/KH-UBND")?.message).toContain("kế hoạch năm 2026 nhưng ban hành từ năm 2025");
  });

  it("reads the consistent examples without complaint", () => {
    const cited = findCitations(REFERENCE_TEXT);
    const find = (code: string) => cited.filter((c) => c.code === code);
    expect(find("59/2023/NĐ-CP").map((c) => c.date?.raw)).toEqual(["14/8/2023", "14/8/2023", "14/8/2023"]);
    expect(find("17/KH-VPUB")).toHaveLength(2);
    expect(find("129/QĐ-VPUB")).toHaveLength(2);
    expect(find("118/2025/NĐ-CP").map((c) => c.date?.raw)).toEqual(["09 tháng 6 năm 2025", "09/6/2025"]);
    expect(find("18-CT/TU")[0]?.symbol).toEqual({ form: "party", number: "18", typeAbbr: "CT", org: "TU" });
    expect(find("09-HD/BDVTU")[0]?.symbol?.form).toBe("party");
    expect(find("547/QĐ-UBND")[0]?.line).toBe(lineOf(REFERENCE_TEXT, "547/QĐ-UBND"));
    const quiet = ["59/2023/NĐ-CP", "17/KH-VPUB", "129/QĐ-VPUB", "02/2017/TT-VPCP", "118/2025/NĐ-CP", "18-CT/TU", "09-HD/BDVTU", "547/QĐ-UBND", "2026-2030"];
    for (const code of quiet) expect(problems.filter((p) => p.key.includes(code))).toEqual([]);
  });
});

describe("checkCitations rules on small texts", () => {
  const keys = (text: string) => checkCitations(text).map((p) => p.key);

  it("accepts well-formed state, Party and law citations", () => {
    expect(keys("Căn cứ Luật số 10/2022/QH15 ngày 10/11/2022 của Quốc hội; Quyết định số 12/QĐ-TTg ngày 05/01/2026 của Thủ tướng Chính phủ.")).toEqual([]);
    expect(keys("Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.")).toEqual([]);
  });

  it("finds impossible dates", () => {
    expect(keys("Quyết định số 12/QĐ-UBND ngày 30/02/2026 của UBND tỉnh.")).toEqual(["citation.date:12/QĐ-UBND:1"]);
    expect(keys("Kế hoạch số 3/KH-UBND ngày 01/01/20260.")).toEqual(["citation.date:3/KH-UBND:1"]);
  });

  it("finds a type abbreviation that is not the document's type", () => {
    expect(keys("Quyết định số 5/KH-UBND ngày 05/01/2026.")).toEqual(["citation.type:5/KH-UBND"]);
  });

  it("finds the same number and symbol cited with two dates", () => {
    const text = "Theo Quyết định số 7/QĐ-UBND ngày 05/01/2026.\nTheo Quyết định số 7/QĐ-UBND ngày 06/01/2026.";
    expect(keys(text)).toEqual(["citation.conflict:QĐ:7"]);
  });

  it("keeps apart documents of different bodies that share a number", () => {
    expect(keys("Kế hoạch số 05/KH-UBND ngày 05/01/2026 của UBND tỉnh; Kế hoạch số 05/KH-VPUB ngày 08/01/2026.")).toEqual([]);
  });

  it("accepts a plan for next year issued in the last quarter", () => {
    expect(keys("Kế hoạch số 75/KH-VPUB ngày 16/12/2025 về đối thoại năm 2026.")).toEqual([]);
    expect(keys("Kế hoạch số 75/KH-VPUB ngày 16/06/2025 về đối thoại năm 2026.")).toEqual(["citation.planYear:75/KH-VPUB"]);
  });

  it("does not take mentions without a number, decree numbers in symbols or ordinary ranges for citations", () => {
    expect(keys("Ban hành Quyết định công bố 61 thủ tục; Luật viên chức năm 2019; nhiệm kỳ 2021 - 2026; giai đoạn 2021-2030.")).toEqual([]);
    expect(keys("giai đoạn 2030 - 2026")).toEqual(["range:2030 - 2026"]);
  });
});

describe("two documents cited in one sentence (walk50)", () => {
  const text = "Thực hiện Nghị định số 59/2023/NĐ-CP ngày 14/8/2023 của Chính phủ và Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp.";
  it("gives each its own issuer, and finds nothing wrong", () => {
    expect(findCitations(text).map((c) => [c.code, c.issuer])).toEqual([
      ["59/2023/NĐ-CP", "Chính phủ"],
      ["45-CT/TW", "Bộ Chính trị"],
    ]);
    expect(checkCitations(text)).toEqual([]);
  });
});

describe("a resolution of the National Assembly's Standing Committee (walk51, 1)", () => {
  const cited = (issuer: string) => `Sáp nhập theo Nghị quyết số 1671/NQ-UBTVQH15 ngày 16/6/2025 của ${issuer} về việc sắp xếp các đơn vị hành chính cấp xã.`;
  it("takes the Standing Committee for the central body its symbol names, not a Party body", () => {
    expect(checkCitations(cited("Ủy ban Thường vụ Quốc hội"))).toEqual([]);
    expect(checkCitations(cited("Uỷ ban thường vụ Quốc hội"))).toEqual([]);
  });
  it("still tells a Party standing committee from the symbol's state body", () => {
    expect(checkCitations(cited("Ban Thường vụ Tỉnh ủy")).map((p) => p.message)).toEqual([
      "Nghị quyết số 1671/NQ-UBTVQH15 ghi là «của Ban Thường vụ Tỉnh ủy» (cơ quan Đảng), nhưng ký hiệu «UBTVQH15» là của cơ quan Trung ương.",
    ]);
  });
});
