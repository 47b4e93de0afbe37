/**
 * What the precision layer reads from the form alone is read once per form (meaning/formMemo.ts), yet a form's words
 * are read with the document's abbreviations: a document that defines «Trung tâm» as the whole centre's name reads the
 * form's «Trung tâm PVHCC» so too. Kept per form, a reading must never leak from one document into the next.
 */
import { perForm } from "../../../src/domain/import/meaning/formMemo";
import { documentReadings } from "../../../src/domain/import/meaning/abbreviations";
import { vetoContext } from "../../../src/domain/import/meaning/vetoes";
import { withDocumentWords } from "../../../src/domain/import/meaning/words";
import { patternsOf } from "../../../src/domain/import/patterns";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition } from "../../support/forms";
import { byLabel } from "../../support/recognized";

const fresh = () => builtInDefinition("bao-cao-dan-chu-quy");
const CENTRE: [string[], string[]] = [["trung", "tâm"], ["trung", "tâm", "phục", "vụ", "hành", "chính", "công"]];
const ELSEWHERE: [string[], string[]] = [["qlda"], ["quản", "lí", "dự", "án"]];

describe("the form's words kept per form", () => {
  it("are read once for documents whose abbreviations touch no word of the form, again for one that does", () => {
    const form = fresh();
    const patterns = patternsOf(form);
    let reads = 0;
    const read = () => perForm(form, patterns, () => ({ read: ++reads }));
    const plain = read();
    expect(withDocumentWords([ELSEWHERE], read)).toBe(plain);
    const defined = withDocumentWords([CENTRE], read);
    expect(defined).not.toBe(plain);
    expect(withDocumentWords([CENTRE, ELSEWHERE], read)).toBe(defined);
    expect(reads).toBe(2);
  });

  // A Hà Giang clerk's report: the centre named once in full, then by its head noun only.
  const head = "UBND TỈNH HÀ GIANG\nVĂN PHÒNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nIII. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n2. Cải cách hành chính\n";
  const defined = `${head}Trung tâm Phục vụ hành chính công tỉnh Hà Giang (sau đây gọi tắt là Trung tâm) trực thuộc Văn phòng.\nb) Tại Trung tâm\nTrong quý, Trung tâm tiếp nhận 6.210 hồ sơ, đã giải quyết 5.987 hồ sơ.\n`;
  const undefinedShort = `${head}b) Tại bộ phận một cửa\nTrong quý tiếp nhận 1.204 hồ sơ, đã giải quyết 1.150 hồ sơ.\n`;

  it("a document read after another with the same form binds as it does read first", () => {
    const alone = recognizeFigures(defined, fresh());
    const form = fresh();
    const plainFirst = recognizeFigures(undefinedShort, form);
    expect(recognizeFigures(defined, form)).toEqual(alone);
    expect(recognizeFigures(undefinedShort, form)).toEqual(plainFirst);
    expect(plainFirst).toEqual(recognizeFigures(undefinedShort, fresh()));
  });

  it("the centre's figure is described with the document's reading of «Trung tâm», not the one of the document before", () => {
    const words = (text: string, form: ReturnType<typeof fresh>) =>
      withDocumentWords(documentReadings(text), () => [...vetoContext(text, form, patternsOf(form)).fields.get(byLabel("Hồ sơ tiếp nhận (Trung tâm PVHCC)").id)!.words].sort());
    const alone = words(defined, fresh());
    const form = fresh();
    const plain = words(undefinedShort, form);
    expect(alone).not.toEqual(plain);
    expect(words(defined, form)).toEqual(alone);
    expect(words(undefinedShort, form)).toEqual(plain);
  });
});
