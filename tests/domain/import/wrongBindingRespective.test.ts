/**
 * The respective lists and the names carrying a number of held-out 50 («lần lượt là 84 và 77», «tương ứng là 22 và
 * 19» read against a distant «Năm 2024 … 89»; «xã Sơn Kim 1» cut before its number), written again in other clerks'
 * words. Each figure of a respective list is its own label's or nobody's (respective.ts, respectivePairs.ts); a
 * number ending a name is the name's (nameNumbers.ts).
 */
import { respectiveLists } from "../../../src/domain/import/meaning/respective";
import { isNameNumber } from "../../../src/domain/import/meaning/nameNumbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const head = (quarter: string) =>
  `UBND TỈNH QUẢNG BÌNH\nVĂN PHÒNG\nSố: 41/BC-VP\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý ${quarter}\n\nI. TÌNH HÌNH CHUNG\n`;
const read = (text: string) => recognizeFigures(text, REPORT);
const value = (r: Map<string, Recognition>, label: string) => boundValue(r.get(byLabel(label).id));
/** Bound right, or left for the clerk: never another figure's number. */
const rightOrUnclear = (r: Map<string, Recognition>, label: string, right: string) => {
  const got = value(r, label);
  expect(got === null || got === right).toBe(true);
};

describe("figures written respectively are each their own label's", () => {
  it.each([
    // Labels joined by «và», the figures after «tương ứng»; last year's quota written after them.
    `${head("IV năm 2025")}Năm 2025, số biên chế công chức được giao và số công chức hiện có tương ứng là 61 và 57 người; biên chế sự nghiệp được giao và đang thực hiện lần lượt 15 và 12. Năm 2024 Văn phòng được giao 66 biên chế công chức.\n`,
    // «(lần lượt)» in brackets, figures with their unit each.
    `${head("IV năm 2025")}Năm 2025: biên chế công chức được giao, số công chức đang làm việc (lần lượt) 61 người và 57 người; biên chế sự nghiệp được giao và số có mặt tương ứng 15 và 12 người. So với năm 2024 (66 biên chế), giảm 05.\n`,
  ])("%#: the quota is the list's, never the other label's nor last year's", (text) => {
    const r = read(text);
    expect(value(r, "Biên chế công chức được giao")).toBe("61");
    rightOrUnclear(r, "Công chức đang thực hiện", "57");
    rightOrUnclear(r, "Biên chế sự nghiệp được giao", "15");
    rightOrUnclear(r, "Biên chế sự nghiệp đang thực hiện", "12");
    expect(value(r, "Năm của số liệu biên chế")).toBe("2025");
  });

  it("a list paired in order binds each figure to its label", () => {
    const r = read(`${head("I năm 2026")}II. KẾT QUẢ\nTại Trung tâm Phục vụ hành chính công tỉnh, trong số hồ sơ đã giải quyết, số hồ sơ trả trước hạn, đúng hạn và trễ hạn tương ứng là 9.412; 806 và 57 hồ sơ.\n`);
    expect(value(r, "Biên chế công chức được giao")).toBeNull();
    rightOrUnclear(r, "Hồ sơ trả trước hạn", "9.412");
    rightOrUnclear(r, "Hồ sơ trễ và quá hạn", "57");
  });

  it("reads the labels, the figures and what opens the sentence", () => {
    const [a, b] = respectiveLists("Về khen thưởng, số tập thể và cá nhân được khen lần lượt là 03 và 11; đạt tỷ lệ tương ứng 20,00% và 80,00%.");
    expect(a!.labels).toEqual(["số tập thể", "cá nhân được khen"]);
    expect(a!.values.map((v) => v.text)).toEqual(["03", "11"]);
    expect(a!.lead).toBe("Về khen thưởng");
    // «tương ứng» with no labels of its own answers the list before it.
    expect(b!.labels).toEqual(a!.labels);
    // «… lần lượt là 21 và 97 hồ sơ, chiếm 17,80% và 82,20%»: shares right after follow the same labels.
    const shares = respectiveLists("Số hồ sơ trả sớm hạn và đúng hạn lần lượt là 14 và 40 hồ sơ, chiếm 25,93% và 74,07%.");
    expect(shares.map((l) => l.values.map((v) => v.text))).toEqual([["14", "40"], ["25,93%", "74,07%"]]);
    expect(shares[1]!.labels).toEqual(["Số hồ sơ trả sớm hạn", "đúng hạn"]);
    // «A, B và C» against a «và» inside one item: when the commas alone give as many labels, nothing is paired.
    expect(respectiveLists("Số công chức, viên chức có trình độ thạc sĩ và đại học lần lượt là 12 và 30.")[0]!.labels).toBeNull();
    expect(respectiveLists("Tỷ lệ này tương ứng với 5% dân số.")).toEqual([]);
  });
});

describe("a number ending a name is the name's", () => {
  it.each([
    ["Văn phòng được phân công giúp đỡ 01 xã là xã Kỳ Lạc 2; trao 80 suất quà.", "xã Kỳ Lạc 2"],
    ["Năm nay Văn phòng giúp đỡ xã Quảng Phú 3 (01 xã), tặng 50 suất quà.", "xã Quảng Phú 3"],
  ])("%#: the name is taken whole, its number no count", (line, name) => {
    const r = read(`${head("IV năm 2025")}II. KẾT QUẢ\n5. An sinh xã hội\n${line}\n`);
    expect(value(r, "Tên xã được giúp đỡ")).toBe(name);
    expect(value(r, "Số xã được phân công giúp đỡ")).not.toBe(name.slice(-1));
  });

  it("which numbers close a name, and which count", () => {
    const at = (t: string, n: string) => isNameNumber(t, t.indexOf(n), t.indexOf(n) + n.length);
    expect(at("họp dân tại Khu phố 3, phường Đông Hà", "3")).toBe(true);
    expect(at("Tổ dân phố số 5 và Tổ dân phố số 6", "5")).toBe(true);
    expect(at("kiểm tra Trường Tiểu học số 2.", "2")).toBe(true);
    expect(at("Phòng Nghiệp vụ 1; Phòng Nghiệp vụ 2", "1")).toBe(true);
    expect(at("trao tại xã Kỳ Lạc 120 suất quà", "120")).toBe(false);
    expect(at("Chánh Văn phòng và 04 Phó Chánh Văn phòng", "04")).toBe(false);
    expect(at("giúp các xã 3 lần trong quý", "3")).toBe(false);
  });
});

describe("figures written respectively, each with its own share in brackets", () => {
  // Held-out 101's shape in other words: the shares were read swapped (the early files' share as the on-time one's).
  const desk = (list: string) =>
    `${head("II năm 2026")}III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n2. Bộ phận một cửa của Văn phòng: tiếp nhận 140 hồ sơ, đã giải quyết 128 hồ sơ (91,43%), ${list}; đang giải quyết 12 hồ sơ (8,57%).\n`;
  it.each([
    "trong đó trả sớm hạn và đúng hạn lần lượt là 48 hồ sơ (37,50%) và 80 hồ sơ (62,50%)",
    "gồm sớm hạn và đúng hạn tương ứng 48 (37,50%) và 80 (62,50 %)",
  ])("%#: each share is its own figure's", (list) => {
    const r = read(desk(list));
    expect(value(r, "Hồ sơ trả sớm hạn")).toBe("48");
    expect(value(r, "Hồ sơ trả đúng hạn")).toBe("80");
    // A share is bound as typed in the pane, without its «%».
    expect(value(r, "Tỷ lệ trả sớm hạn")).toBe("37,50");
    expect(value(r, "Tỷ lệ trả đúng hạn")).toBe("62,50");
  });

  it("left for the clerk where the labels are not told apart, never swapped", () => {
    const r = read(desk("gồm sớm hạn, đúng hạn tương ứng 48 (37,50%), 80 (62,50 %)"));
    rightOrUnclear(r, "Hồ sơ trả sớm hạn", "48");
    rightOrUnclear(r, "Tỷ lệ trả sớm hạn", "37,50");
    rightOrUnclear(r, "Tỷ lệ trả đúng hạn", "62,50");
  });

  it("near-match: a share whose figure is not in the list opens no pair", () => {
    const lists = respectiveLists("trả sớm hạn và đúng hạn lần lượt là 48 hồ sơ và 80 hồ sơ (chiếm 62,50% số đã giải quyết)");
    expect(lists.map((l) => l.values.map((v) => v.text))).toEqual([["48", "80"]]);
  });
});

describe("a respective list with its unit after every figure, and its shares after «chiếm lần lượt»", () => {
  // Held-out 170's centre paragraph in other words.
  const centre =
    "Trung tâm đã tiếp nhận 5.400 hồ sơ; số hồ sơ đã giải quyết, trễ và quá hạn, đang giải quyết lần lượt là 4.800 hồ sơ, 100 hồ sơ và 500 hồ sơ, chiếm lần lượt 88,89%, 2,08% và 9,26%; trong số hồ sơ đã giải quyết, trả trước hạn, trả đúng hạn, rút và trả lại lần lượt là 4.500, 250 và 50 hồ sơ.";

  it("reads «4.800 hồ sơ, 100 hồ sơ và 500 hồ sơ» as one list, its shares by the same labels", () => {
    const [counts, shares, parts] = respectiveLists(centre);
    expect(counts!.values.map((v) => v.text)).toEqual(["4.800", "100", "500"]);
    expect(counts!.labels).toEqual(["số hồ sơ đã giải quyết", "trễ và quá hạn", "đang giải quyết"]);
    expect(shares!.values.map((v) => v.text)).toEqual(["88,89%", "2,08%", "9,26%"]);
    expect(shares!.labels).toEqual(counts!.labels);
    // «Trong số hồ sơ đã giải quyết, A, B, C và D» names the whole first: the commas give the parts, «rút và trả lại» one.
    expect(parts!.labels).toEqual(["trả trước hạn", "trả đúng hạn", "rút và trả lại"]);
    expect(parts!.lead).toBe("trong số hồ sơ đã giải quyết");
  });

  it("near-match: a list naming labels it cannot tell apart takes none from the list before it", () => {
    const lists = respectiveLists("Số tập thể và cá nhân lần lượt là 03 và 11; số công chức, viên chức có trình độ thạc sĩ và đại học lần lượt là 12 và 30.");
    expect(lists[0]!.labels).toEqual(["Số tập thể", "cá nhân"]);
    expect(lists[1]!.labels).toBeNull();
  });

  it("near-match: without an opening naming the whole, «A, B và C» for two figures still pairs nothing", () => {
    expect(respectiveLists("Về trình độ, số công chức, viên chức có trình độ thạc sĩ và đại học lần lượt là 12 và 30.")[0]!.labels).toBeNull();
    expect(respectiveLists("Trong số đó, số công chức, viên chức có trình độ thạc sĩ và đại học lần lượt là 12 và 30.")[0]!.labels).toBeNull();
  });

  it("binds the centre's figures each to its own label", () => {
    const r = read(`${head("I năm 2026")}III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n2. Cải cách hành chính\nc) Trung tâm phục vụ hành chính công tỉnh: ${centre}\n`);
    rightOrUnclear(r, "Hồ sơ đã giải quyết", "4.800");
    rightOrUnclear(r, "Hồ sơ trễ và quá hạn", "100");
    rightOrUnclear(r, "Hồ sơ đang giải quyết", "500");
    rightOrUnclear(r, "Hồ sơ trả trước hạn", "4.500");
    rightOrUnclear(r, "Hồ sơ rút và trả lại", "50");
    expect(value(r, "Hồ sơ trễ và quá hạn")).toBe("100");
  });
});

describe("a share of a respective list is its label's, not the count's it follows", () => {
  it("does not attach «chiếm lần lượt 88,89%, …» to the last count before it", () => {
    const r = read(
      `${head("I năm 2026")}III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n2. Cải cách hành chính\nc) Trung tâm phục vụ hành chính công tỉnh đã tiếp nhận 5.400 hồ sơ; số hồ sơ đã giải quyết, trễ và quá hạn, đang giải quyết lần lượt là 4.800, 100 và 500 hồ sơ, chiếm lần lượt 88,89%, 2,08% và 9,26%.\n`,
    );
    const share = boundValue(r.get("bcdc:hcc.tyLeDangGiaiQuyet"));
    expect(share === null || share === "9,26").toBe(true);
    // The first share is the first count's: left to the last count before it, it was nobody's.
    expect(boundValue(r.get("bcdc:hcc.tyLeDaGiaiQuyet"))).toBe("88,89");
  });

  it("near-match: a share alone after its count is still attached to it", () => {
    const r = read(`${head("I năm 2026")}III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n2. Cải cách hành chính\nc) Trung tâm phục vụ hành chính công tỉnh đã tiếp nhận 5.400 hồ sơ; đang giải quyết 500 hồ sơ, chiếm 9,26%.\n`);
    expect(boundValue(r.get("bcdc:hcc.tyLeDangGiaiQuyet"))).toBe("9,26");
  });
});
