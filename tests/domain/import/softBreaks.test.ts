/**
 * A sentence wrapped by a chat or an e-mail (meaning/softBreaks.ts) is read as one line by meaning; headings, bullets,
 * table rows, sentence ends and one-item-a-line lists keep their lines.
 */
import { joinSoftBreaks } from "../../../src/domain/import/meaning/softBreaks";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";

describe("line breaks inside a sentence", () => {
  it("joins a line that goes on in lower case, or with a number after a comma, keeping every offset", () => {
    const text = "đã giải quyết 9 212 hs\nđạt 93,33 %; đang giải quyết 617 hs,\nchiếm 6,25 %. Giấy khen 14 tập thể,\n38 cá nhân.";
    const joined = joinSoftBreaks(text);
    expect(joined).toBe(text.replace(/\n/g, " "));
    expect(joined.length).toBe(text.length);
  });

  it("keeps sentence ends, headings, bullets, table rows and one item a line", () => {
    for (const text of [
      "Tiếp nhận 81 hồ sơ.\nđã giải quyết 77.",
      "Kết quả thực hiện\nVăn phòng tiếp tục quán triệt.",
      "Biệt phái:\n- 03 viên chức",
      "Loại\tSố\nnăm 2026\t55",
      "đại học 42\nthạc sỹ 27",
      "Trình độ;\nthạc sỹ 27",
    ]) expect(joinSoftBreaks(text)).toBe(text);
  });

  it("binds a percentage wrapped onto the next line beside its figure, on the quarterly form", () => {
    const text = [
      "II. KẾT QUẢ TRIỂN KHAI THỰC HIỆN",
      "Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận 9.870 hồ sơ; đã giải quyết 9.212 hồ sơ",
      "đạt 93,33 %, trong đó trước hạn 8.460 hồ sơ, đúng hạn 487 hồ sơ; đang giải quyết 617 hồ sơ,",
      "chiếm 6,25 %.",
    ].join("\n");
    const r = recognizeFigures(text, REPORT);
    const value = (id: string) => {
      const x = r.get(`bcdc:${id}`);
      return x?.state === "bound" ? x.occurrences.map((o) => o.text).join("|") : x?.state;
    };
    expect([value("hcc.tyLeDaGiaiQuyet"), value("hcc.tyLeDangGiaiQuyet")]).toEqual(["93,33 %", "6,25 %"]);
  });
});
