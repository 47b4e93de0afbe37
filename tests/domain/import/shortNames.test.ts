/**
 * An organisation called by the short name the document gave it («… (sau đây viết tắt là Trung tâm)») is named where
 * the short name stands alone, headings included (meaning/shortNames.ts); a longer proper name that begins with the
 * short form («Trung tâm Thông tin - Công báo») is another organisation. A Sơn La clerk's words.
 */
import { namedByShortName, shortFormsOf } from "../../../src/domain/import/meaning/shortNames";
import { documentReadings } from "../../../src/domain/import/meaning/abbreviations";
import { withDocumentWords } from "../../../src/domain/import/meaning/words";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const DEFINED = "Văn phòng quản lý Trung tâm Phục vụ hành chính công tỉnh Sơn La (sau đây viết tắt là Trung tâm) đặt tại số 8 đường Tô Hiệu.";
const CENTRE = ["trung tâm phục vụ hành chính công tỉnh", "hành chính công"];

describe("an organisation called by its short name", () => {
  it("finds the short names whose meaning holds the organisation's name", () => {
    const shorts = shortFormsOf(DEFINED)(CENTRE).alone;
    expect(shorts).toHaveLength(1);
    expect(namedByShortName("c) Giải quyết hồ sơ tại Trung tâm", shorts)).toBe(true);
    expect(namedByShortName("Trong quý, trung tâm tiếp nhận", shorts)).toBe(true);
  });

  it("near-miss: a longer proper name, another centre's definition, or no definition names nothing", () => {
    const shorts = shortFormsOf(DEFINED)(CENTRE).alone;
    expect(namedByShortName("c) Hồ sơ tại Trung tâm Thông tin - Công báo", shorts)).toBe(false);
    expect(shortFormsOf("Trung tâm Thông tin - Công báo tỉnh (sau đây gọi tắt là Trung tâm) đã đăng 120 tin.")(CENTRE).alone).toEqual([]);
    expect(shortFormsOf("Trung tâm tiếp nhận 8.412 hồ sơ.")(CENTRE).alone).toEqual([]);
  });

  it("reads both ways a report shortens the name: capitals a glossary spells out, and a name cut to its head", () => {
    // A Lào Cai clerk's glossary and definition, each naming the centre once.
    const text = "Chữ viết tắt: TTHCC - Trung tâm Phục vụ hành chính công tỉnh; CCHC - cải cách hành chính.\nTrung tâm Phục vụ hành chính công tỉnh Lào Cai (sau đây gọi tắt là Trung tâm) tiếp nhận hồ sơ.";
    const forms = withDocumentWords(documentReadings(text), () => shortFormsOf(text)(CENTRE));
    expect(forms.written).toEqual(["tthcc"]);
    expect(namedByShortName("b) Tại Trung tâm", forms.alone)).toBe(true);
    expect(namedByShortName("b) Tại TTHCC", forms.alone)).toBe(false);
    // One memo: asked again, the same answer, not read anew.
    const ask = shortFormsOf(text);
    expect(withDocumentWords(documentReadings(text), () => ask(CENTRE))).toBe(withDocumentWords(documentReadings(text), () => ask(CENTRE)));
  });

  it("near-miss: capitals the glossary spells as another phrase name no centre", () => {
    const text = "Chữ viết tắt: CCHC - cải cách hành chính; TCD - tiếp công dân.";
    expect(withDocumentWords(documentReadings(text), () => shortFormsOf(text)(CENTRE))).toEqual({ written: [], alone: [] });
  });

  const report = (definition: string) =>
    [
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "2. Cải cách hành chính",
      definition,
      "c) Giải quyết hồ sơ tại Trung tâm",
      "Trong quý, Trung tâm tiếp nhận 8.412 hồ sơ; đã giải quyết 8.105 hồ sơ; đang giải quyết 307 hồ sơ.",
    ].join("\n");

  it("binds the centre's figures under a heading that calls it by its short name", () => {
    const r = recognizeFigures(report(DEFINED), REPORT);
    expect(boundValue(r.get(byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id))).toBe("8.412");
  });

  it("near-miss: without the definition the heading names no centre of the form, and nothing is bound", () => {
    const r = recognizeFigures(report("Văn phòng quản lý một số đơn vị đặt tại số 8 đường Tô Hiệu."), REPORT);
    expect(boundValue(r.get(byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id))).toBeNull();
  });
});
