/**
 * Arithmetic outside the form, both sides: totals whose parts are meant to add up and do not are warned about with
 * the sentence quoted; parts not meant to add up (a subset after «trong đó», another unit, another period, a ratio,
 * ordinals) are never flagged. Sentences from the corpus's reworded and published reports.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkArithmetic } from "../../../src/domain/import/arithmetic";
import { CORPUS } from "../../support/corpusMeasure";

/** The monthly citizen-reception issues published by Đắk Nông: levels and periods side by side, not meant to add up. */
const secondForm = ["daknong-tcd-2017-12", "daknong-tcd-2018-11", "daknong-tcd-2020-02", "daknong-tcd-2020-05", "daknong-tcd-2020-06", "daknong-tcd-2020-10"].map(
  (name) => `second-form/${name}.txt`,
);
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

  // Held-out 1190 (fix44A): late dossiers inside the resolved ones, the withdrawn ones written apart after them.
  it("takes withdrawn dossiers written apart as a part of the received ones, like the overdue ones", () => {
    const sentence = (withdrawn: string) =>
      "Trung tâm tiếp nhận 46.318 hồ sơ; đã giải quyết 43.927 hồ sơ, đạt 94,84% (trước hạn 38.614 hồ sơ, đúng hạn 5.097 hồ sơ, " +
      `trễ hạn 216 hồ sơ, chiếm 0,49% số đã giải quyết); rút và trả lại ${withdrawn} hồ sơ; đang giải quyết 2.150 hồ sơ, chiếm 4,64%.`;
    expect(keys(sentence("241"))).toEqual([]);
    expect(keys(sentence("240"))).toEqual(["46.318"]);
    expect(keys("Tiếp nhận 100 hồ sơ; đã giải quyết 80 hồ sơ; trễ hạn 2 hồ sơ; trả lại 3 hồ sơ; đang giải quyết 15 hồ sơ.")).toEqual([]);
  });

  it("follows a total into the next sentence when that sentence breaks it down, quoting both", () => {
    const text = "Tiếp nhận 9.780 hồ sơ. Trong đó, đã giải quyết 8.856 hồ sơ, đang giải quyết 900 hồ sơ.";
    expect(checkArithmetic(text).map((p) => p.message)).toEqual([
      "Câu «Tiếp nhận 9.780 hồ sơ. Trong đó, đã giải quyết 8.856 hồ sơ, đang giải quyết 900 hồ sơ» nêu tổng 9.780, nhưng 8.856 + 900 = 9.756 (chênh 24).",
    ]);
    expect(keys("Tiếp nhận 9.780 hồ sơ. Trong đó, đã giải quyết 8.880 hồ sơ, đang giải quyết 900 hồ sơ.")).toEqual([]);
    expect(keys("Đơn vị tiếp nhận 81 hồ sơ. Gồm: 40 hồ sơ trực tuyến, 40 hồ sơ trực tiếp.")).toEqual(["81"]);
    expect(keys("Tiếp nhận 9.780 hồ sơ. Đã giải quyết 8.856 hồ sơ, đang giải quyết 900 hồ sơ.")).toEqual(["9.780"]);
    expect(keys("Tiếp nhận 9.780 hồ sơ. Đã giải quyết 8.880 hồ sơ, đang giải quyết 900 hồ sơ.")).toEqual([]);
  });

  it("does not carry a total into the next sentence when that one is a subset or another statement", () => {
    expect(keys("Tiếp nhận 9.780 hồ sơ. Trong đó, đã giải quyết 880 hồ sơ.")).toEqual([]);
    expect(keys("Năm 2025 có 120 đơn. Trong đó, 30 đơn khiếu nại; 20 đơn tố cáo.")).toEqual([]);
    expect(keys("Tiếp nhận 9.780 hồ sơ. Năm 2025 đã giải quyết 8.856 hồ sơ.")).toEqual([]);
    expect(keys("Tiếp nhận 9.780 hồ sơ. Kế hoạch năm 2026 có 09 nhóm công việc, 32 nhiệm vụ.")).toEqual([]);
  });

  it("does not flag parts of another unit, another period, a ratio or ordinals", () => {
    expect(keys("Có 15 cơ quan, đơn vị phát sinh hồ sơ trực tuyến với tổng số 1.598 hồ sơ, trong đó có 61 hồ sơ nộp mức độ 3 và 1.537 hồ sơ nộp mức độ 4.")).toEqual([]);
    expect(keys("So với cùng kỳ giảm 146 lượt tiếp, 127 lượt người (6 tháng đầu năm 2019 đã tiếp 1.012 lượt/1.091 lượt người).")).toEqual([]);
    expect(keys("Tiếp nhận 1.536 đơn (tồn đầu kỳ 40 đơn, tiếp nhận mới 1.496 đơn).")).toEqual([]);
  });

  it("flags nothing on the published reports and the reworded reports whose sums hold, and each deliberate slip once", () => {
    const read = (path: string) => readFileSync(join(CORPUS, path), "utf8");
    for (const file of ["published/lamdong-tthc-quy1-2020.txt", "published/ninhthuan-giai-quyet-kntc-6t-2020.txt", "published/ninhthuan-tiep-cong-dan-6t-2020.txt", "published/vinhphuc-tthc-thang9-quy3-2021.txt", ...secondForm, "reworded/01-ngan-gon.txt", "reworded/04-gach-dau-dong.txt"]) {
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

describe("numbers that name places are no parts (walk50)", () => {
  it("does not add up the numbers of the places a total counts", () => {
    expect(checkArithmetic("Kiểm tra việc thực hiện quy chế dân chủ tại 05 khu phố (KP 3, 7, 12, 21, 38) trong quý.")).toEqual([]);
    expect(checkArithmetic("Đối thoại tại 4 khu phố (khu phố 1, 3, 5 và 7), có 126 người dự.")).toEqual([]);
    expect(checkArithmetic("Rà soát 03 ấp, gồm: ấp 2, ấp 4; ấp 6.")).toEqual([]);
  });
  it("still adds up the counts each numbered place holds", () => {
    const problems = checkArithmetic("Tổ chức 05 cuộc đối thoại tại khu phố (khu phố 1: 2 cuộc, khu phố 3: 2 cuộc).");
    expect(problems.map((p) => p.message)).toEqual([
      "Câu «Tổ chức 05 cuộc đối thoại tại khu phố (khu phố 1: 2 cuộc, khu phố 3: 2 cuộc)» nêu tổng 05, nhưng 2 + 2 = 04 (chênh 01).",
    ]);
  });
});

it("adds up counts listed after a numbered place, each with its unit (walk50)", () => {
  const problems = checkArithmetic("Tổ chức 05 cuộc đối thoại (2 cuộc ở khu phố 1, 2 cuộc ở khu phố 3).");
  expect(problems.map((p) => p.message)).toEqual(["Câu «Tổ chức 05 cuộc đối thoại (2 cuộc ở khu phố 1, 2 cuộc ở khu phố 3)» nêu tổng 05, nhưng 2 + 2 = 04 (chênh 01)."]);
});

describe("a rank counted «và tương đương», its posts listed in a bracket (walk51, 2)", () => {
  it("adds up every post, whatever its own title", () => {
    expect(checkArithmetic("Bổ nhiệm 04 Phó Trưởng phòng và tương đương (01 Phó Chánh Văn phòng, 02 Phó Trưởng phòng Kinh tế, 01 Phó Trưởng phòng Văn hóa - Xã hội).")).toEqual([]);
  });
  it("still warns when the posts do not add up to the total", () => {
    const problems = checkArithmetic("Bổ nhiệm 05 Phó Trưởng phòng và tương đương (01 Phó Chánh Văn phòng, 02 Phó Trưởng phòng Kinh tế, 01 Phó Trưởng phòng Văn hóa - Xã hội).");
    expect(problems.map((p) => p.message.replace(/^.*» /u, ""))).toEqual(["nêu tổng 05, nhưng 01 + 02 + 01 = 04 (chênh 01)."]);
  });
});
