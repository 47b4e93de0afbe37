/**
 * A department's report that names no «Bộ phận một cửa» and writes its desk as its dossiers at the province's centre
 * («TTHC của Sở tại Trung tâm Phục vụ hành chính công tỉnh») gives its own desk's figures (meaning/deskAtCentre.ts);
 * the centre named alone, or as the channel of the department's files («qua Trung tâm»), is not that desk. A Lào Cai
 * and a Bắc Kạn clerk's words, not the held-out report that showed it.
 */
import { deskAtCentre } from "../../../src/domain/import/meaning/deskAtCentre";
import { deskReadings } from "../../../src/domain/import/meaning/deskReading";
import { patternsOf } from "../../../src/domain/import/patterns";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const CENTRE = ["phục vụ hành chính công", "pvhcc", "hành chính công"];

const DOC = (line: string) =>
  ["UBND TỈNH LÀO CAI", "SỞ Y TẾ", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý III năm 2026", "", "II. KẾT QUẢ", "3. Cải cách hành chính", line, ""].join("\n");

const value = (text: string, label: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel(label).id));

describe("a department's desk written as its dossiers at the centre", () => {
  it("finds «<the body> (đặt) tại <the centre>» in its kind's word or its full name", () => {
    expect(deskAtCentre("hồ sơ của sở tại trung tâm phục vụ hành chính công tỉnh", "sở y tế", CENTRE)).toEqual(["sở tại trung tâm phục vụ hành chính công"]);
    expect(deskAtCentre("tthc của sở y tế đặt tại tt pvhcc", "sở y tế", CENTRE)).toEqual(["sở y tế đặt tại tt pvhcc"]);
  });

  it("finds the desk with its act of receiving or settling written before «tại»", () => {
    expect(deskAtCentre("hồ sơ tthc của sở tiếp nhận tại trung tâm phục vụ hành chính công tỉnh", "sở y tế", CENTRE)).toEqual(["sở tiếp nhận tại trung tâm phục vụ hành chính công"]);
    expect(deskAtCentre("hồ sơ của sở tiếp nhận, giải quyết tại tt pvhcc", "sở y tế", CENTRE)).toEqual(["sở tiếp nhận, giải quyết tại tt pvhcc"]);
  });

  it("near-match: an act with its count between the body and «tại» is no desk's name", () => {
    expect(deskAtCentre("sở tiếp nhận 300 hồ sơ tại trung tâm phục vụ hành chính công", "sở y tế", CENTRE)).toEqual([]);
    expect(deskAtCentre("sở tổ chức hội nghị tại trung tâm phục vụ hành chính công", "sở y tế", CENTRE)).toEqual([]);
  });

  it("reads «ở» as «tại», after the department's counter («quầy của Sở ở Trung tâm …»)", () => {
    expect(deskAtCentre("tại quầy của sở ở trung tâm phục vụ hành chính công tỉnh", "sở công thương", CENTRE)).toEqual(["sở ở trung tâm phục vụ hành chính công"]);
    expect(deskAtCentre("quầy của ban ở trung tâm phục vụ hành chính công tỉnh", "ban quản lý khu kinh tế", CENTRE)).toEqual(["ban ở trung tâm phục vụ hành chính công"]);
  });

  it("near-match: «ở» after another word than the body, or before another centre, names no desk", () => {
    expect(deskAtCentre("công chức của sở làm việc ở trung tâm phục vụ hành chính công", "sở công thương", CENTRE)).toEqual([]);
    expect(deskAtCentre("quầy của sở ở trung tâm y tế", "sở công thương", CENTRE)).toEqual([]);
  });

  it("near-match: the centre as a channel or alone names no desk", () => {
    expect(deskAtCentre("sở tiếp nhận 300 hồ sơ qua trung tâm phục vụ hành chính công", "sở y tế", CENTRE)).toEqual([]);
    expect(deskAtCentre("toàn trung tâm phục vụ hành chính công tiếp nhận 9.000 hồ sơ", "sở y tế", CENTRE)).toEqual([]);
    expect(deskAtCentre("hồ sơ của sở tại trung tâm y tế huyện", "sở y tế", CENTRE)).toEqual([]);
  });

  it("binds the desk's figures from such a line, none of the centre's", () => {
    const text = DOC("Hồ sơ TTHC của Sở tại Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 318 hồ sơ, đã giải quyết 305 hồ sơ, còn 13 hồ sơ đang giải quyết.");
    expect(value(text, "Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBe("318");
    expect(value(text, "Hồ sơ đã giải quyết, trả kết quả")).toBe("305");
    expect(value(text, "Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBeNull();
  });

  it("binds the desk's figures under a heading of the department's counter «ở» the centre", () => {
    const text = ["UBND TỈNH QUẢNG NGÃI", "SỞ XÂY DỰNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2026", "", "II. KẾT QUẢ", "4. Giải quyết thủ tục hành chính tại quầy của Sở ở Trung tâm Phục vụ hành chính công tỉnh", "Trong quý, quầy tiếp nhận 215 hồ sơ, đã giải quyết 209 hồ sơ, còn 6 hồ sơ đang giải quyết.", ""].join("\n");
    expect(value(text, "Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBe("215");
    expect(value(text, "Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBeNull();
  });

  it("near-match: the centre's own figures quoted by the department bind no desk", () => {
    const text = DOC("Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 9.412 hồ sơ, đã giải quyết 9.105 hồ sơ.");
    expect(value(text, "Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBeNull();
    expect(value(text, "Hồ sơ tiếp nhận (Trung tâm PVHCC)")).toBeNull();
  });
});

describe("the desk's phrase read as the desk (deskReading.ts)", () => {
  const TABLE = (label: string) =>
    [
      "UBND TỈNH LÀO CAI",
      "SỞ Y TẾ",
      "",
      "BÁO CÁO",
      "Kết quả thực hiện dân chủ ở cơ sở quý III năm 2026",
      "STT\tNội dung\tĐVT\tKết quả\tGhi chú",
      "V\tCải cách hành chính\t\t\t",
      `1\t${label}\tHồ sơ\t1.284\tTừ 15/6/2026 đến 14/9/2026`,
      "2\tĐã giải quyết, trả kết quả\tHồ sơ\t1.201\t",
      "3\tĐang giải quyết\tHồ sơ\t83\t",
      "",
    ].join("\n");

  it("reads the centre's name in the phrase as the form's desk, the body and its act kept", () => {
    const text = TABLE("Hồ sơ TTHC của Sở tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh");
    expect(deskReadings(text, REPORT, patternsOf(REPORT)).map(([a, b]) => [a.join(" "), b.join(" ")])).toEqual([
      ["sở tiếp nhận tại trung tâm phục vụ hành chính công", "sở tiếp nhận tại một cửa"],
    ]);
  });

  it("binds a table row that names the desk only so, and leaves the centre's figures unoffered", () => {
    const r = recognizeFigures(TABLE("Hồ sơ TTHC của Sở tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh"), REPORT);
    expect(boundValue(r.get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBe("1.284");
    expect(r.get(byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id)?.state).toBe("notFound");
  });

  it("near-match: the centre's own row, or the office's own report, reads nothing as the desk", () => {
    const centre = TABLE("Hồ sơ tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh");
    expect(deskReadings(centre, REPORT, patternsOf(REPORT))).toEqual([]);
    expect(boundValue(recognizeFigures(centre, REPORT).get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBeNull();
    const office = TABLE("Hồ sơ TTHC của Văn phòng tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh").replace("SỞ Y TẾ", "VĂN PHÒNG");
    expect(deskReadings(office, REPORT, patternsOf(REPORT))).toEqual([]);
  });
});

describe("a department's counter with the centre in a bracket («quầy của Sở (Trung tâm PVHCC tỉnh)»)", () => {
  const TABLE = (label: string) =>
    [
      "UBND TỈNH BẮC NINH",
      "SỞ XÂY DỰNG",
      "",
      "BÁO CÁO",
      "Kết quả thực hiện dân chủ ở cơ sở quý II năm 2027",
      "",
      "II. KẾT QUẢ",
      "Chỉ tiêu\tĐVT\tThực hiện quý",
      `${label}\tHồ sơ\t864`,
      "Hồ sơ đã giải quyết\tHồ sơ\t802",
      "- Trả trước hạn\tHồ sơ\t317",
      "- Trả đúng hạn\tHồ sơ\t485",
      "Hồ sơ đang giải quyết\tHồ sơ\t62",
      "",
    ].join("\n");

  it("names the desk by the whole phrase and by the counter without its bracket", () => {
    expect(deskAtCentre("hồ sơ tiếp nhận tại quầy của sở (trung tâm pvhcc tỉnh)", "sở xây dựng", CENTRE)).toEqual(["quầy của sở (trung tâm pvhcc tỉnh)", "quầy của sở"]);
    expect(deskAtCentre("bộ phận một cửa của sở xây dựng (trung tâm phục vụ hành chính công)", "sở xây dựng", CENTRE)).toEqual([
      "bộ phận một cửa của sở xây dựng (trung tâm phục vụ hành chính công)",
      "bộ phận một cửa của sở xây dựng",
    ]);
  });

  it("near-match: a bracket saying more than the centre's name, or after the body with no counter, names no desk", () => {
    expect(deskAtCentre("quầy của sở (trung tâm pvhcc tiếp nhận 3.000 hồ sơ)", "sở xây dựng", CENTRE)).toEqual([]);
    expect(deskAtCentre("hồ sơ của sở (trung tâm pvhcc)", "sở xây dựng", CENTRE)).toEqual([]);
    expect(deskAtCentre("quầy của sở (trung tâm y tế)", "sở xây dựng", CENTRE)).toEqual([]);
  });

  it("binds every row under that label as the desk's, none as the centre's", () => {
    const r = recognizeFigures(TABLE("Hồ sơ TTHC tiếp nhận tại quầy của Sở (Trung tâm PVHCC tỉnh)"), REPORT);
    expect(boundValue(r.get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBe("864");
    expect(boundValue(r.get(byLabel("Hồ sơ trả sớm hạn").id))).toBe("317");
    expect(boundValue(r.get(byLabel("Hồ sơ trả đúng hạn").id))).toBe("485");
    expect(boundValue(r.get(byLabel("Hồ sơ đang giải quyết").id))).toBe("62");
    expect(r.get(byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id)?.state).not.toBe("bound");
  });

  it("reads a counter named by its acts as the desk alone: its «trả kết quả» is no figure's word", () => {
    const text = TABLE("Hồ sơ TTHC tiếp nhận tại Bộ phận tiếp nhận và trả kết quả của Sở (Trung tâm PVHCC tỉnh)").replace("Hồ sơ đã giải quyết\tHồ sơ\t802", "- Đã giải quyết\tHồ sơ\t802");
    expect(deskReadings(text, REPORT, patternsOf(REPORT)).map(([a, b]) => [a.join(" "), b.join(" ")])).toContainEqual([
      "bộ phận tiếp nhận và trả kết quả của sở trung tâm pvhcc tỉnh",
      "một cửa",
    ]);
    const r = recognizeFigures(text, REPORT);
    expect(boundValue(r.get(byLabel("Hồ sơ đã giải quyết, trả kết quả").id))).not.toBe("864");
    expect(boundValue(r.get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBe("864");
  });

  it("near-match: the same rows under the centre's name alone bind no desk", () => {
    const r = recognizeFigures(TABLE("Hồ sơ TTHC tiếp nhận tại Trung tâm PVHCC tỉnh"), REPORT);
    expect(boundValue(r.get(byLabel("Hồ sơ tiếp nhận (một cửa Văn phòng)").id))).toBeNull();
    expect(boundValue(r.get(byLabel("Hồ sơ trả đúng hạn").id))).toBeNull();
  });
});
