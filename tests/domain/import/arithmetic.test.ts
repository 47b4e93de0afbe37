/**
 * Arithmetic outside the form, both sides: totals whose parts are meant to add up and do not are warned about with
 * the sentence quoted; parts not meant to add up (a subset after «trong đó», another unit, another period, a ratio,
 * ordinals) are never flagged. Sentences from the corpus's reworded and published reports.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkArithmetic } from "../../../src/domain/import/arithmetic";
import { CORPUS } from "../../support/corpusMeasure";

const keys = (text: string) => checkArithmetic(text).map((p) => p.key.replace(/^arithmetic\.sum:\d+:/, ""));

describe("sentences stating a total and its parts", () => {
  it("warns when a breakdown («gồm», a bracket) does not add up, quoting the sentence", () => {
    const text =
      "Bộ phận một cửa của Văn phòng nhận 81 hồ sơ, giải quyết xong 77 hồ sơ (95.06 %), bao gồm 6 hồ sơ trả sớm (7,79 %) và 70 hồ sơ trả đúng hạn (90,91%); còn lại 4 hồ sơ đang giải quyết (4,94\u00a0%).";
    const [problem] = checkArithmetic(text);
    expect(problem).toMatchObject({ key: "arithmetic.sum:1:77", severity: "warning", lines: [1] });
    expect(problem!.message).toBe(
      "Câu «Bộ phận một cửa của Văn phòng nhận 81 hồ sơ, giải quyết xong 77 hồ sơ (95.06 %), bao gồm 6 hồ sơ trả sớm (7,79 %) và 70 hồ sơ trả đúng hạn (90,91%); còn lại 4» nêu tổng 77, nhưng 6 + 70 = 76 (chênh 01).",
    );
    expect(keys("Có 221 đơn (196 khiếu nại, 24 tố cáo) thuộc thẩm quyền.")).toEqual(["221"]);
  });

  it("warns on a «trong đó» list that exceeds its total or misses it narrowly, not on a subset", () => {
    expect(keys("Đã giải quyết 7.766 hồ sơ (trong đó 7.613 hồ sơ trước hạn, 15 hồ đúng hạn, 109 hồ sơ rút)."))
      .toEqual(["7.766"]);
    expect(keys("Tiếp nhận 9.780 hồ sơ, trong đó 7.766 hồ sơ đã giải quyết, 960 hồ sơ đang giải quyết.")).toEqual([]);
    expect(keys("Tổng số 120 hồ sơ, trong đó 100 hồ sơ trực tuyến, 40 hồ sơ bưu chính.")).toEqual(["120"]);
  });

  it("checks «tiếp nhận X; đã giải quyết Y; đang giải quyết Z», with or without the overdue count", () => {
    expect(keys("Tiếp nhận 100 hồ sơ; đã giải quyết 80 hồ sơ; đang giải quyết 15 hồ sơ.")).toEqual(["100"]);
    expect(keys("Tiếp nhận 100 hồ sơ; đã giải quyết 80 hồ sơ; đang giải quyết 20 hồ sơ.")).toEqual([]);
    expect(keys("Nhận 9.780 hồ sơ; đã giải quyết 7.766; trễ hạn 130; đang giải quyết 1.884.")).toEqual([]);
  });

  it("does not flag parts of another unit, another period, a ratio or ordinals", () => {
    expect(keys("Có 15 cơ quan, đơn vị phát sinh hồ sơ trực tuyến với tổng số 1.598 hồ sơ, trong đó có 61 hồ sơ nộp mức độ 3 và 1.537 hồ sơ nộp mức độ 4.")).toEqual([]);
    expect(keys("So với cùng kỳ giảm 146 lượt tiếp, 127 lượt người (6 tháng đầu năm 2019 đã tiếp 1.012 lượt/1.091 lượt người).")).toEqual([]);
    expect(keys("Tiếp nhận 1.536 đơn (tồn đầu kỳ 40 đơn, tiếp nhận mới 1.496 đơn).")).toEqual([]);
  });

  it("flags nothing on the published reports and the reworded reports whose sums hold, and each deliberate slip once", () => {
    const read = (path: string) => readFileSync(join(CORPUS, path), "utf8");
    for (const file of ["published/lamdong-tthc-quy1-2020.txt", "published/ninhthuan-giai-quyet-kntc-6t-2020.txt", "published/ninhthuan-tiep-cong-dan-6t-2020.txt", "published/vinhphuc-tthc-thang9-quy3-2021.txt", "reworded/01-ngan-gon.txt", "reworded/04-gach-dau-dong.txt"]) {
      expect([file, checkArithmetic(read(file))]).toEqual([file, []]);
    }
    expect(keys(read("reworded/02-trang-trong.txt"))).toEqual(["7.766"]);
    expect(keys(read("reworded/05-kieu-so.txt"))).toEqual(["77"]);
  });

  it("leaves statements made only of the form's figures to the form's rules", () => {
    const text = "Tiếp nhận 100 hồ sơ; đã giải quyết 80 hồ sơ; đang giải quyết 15 hồ sơ.";
    const starts = new Set([text.indexOf("100"), text.indexOf("80"), text.indexOf("15")]);
    expect(checkArithmetic(text, starts)).toEqual([]);
  });
});
