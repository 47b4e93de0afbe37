/**
 * When several numbers compete for a figure (meaning/assign.ts with the precision layer, meaning/vetoes.ts): a number
 * the precision layer refuses is no rival, a count of other bodies doing the work is not the office's figure. Each
 * rule on the side where it binds and on the side where it must not.
 */
import { scanHeadings } from "../../../src/domain/import/headings";
import { aspectClash } from "../../../src/domain/import/meaning/aspect";
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { describeBrackets } from "../../../src/domain/import/meaning/brackets";
import { describeFractions } from "../../../src/domain/import/meaning/fractions";
import { namedUnitBefore } from "../../../src/domain/import/meaning/levelAround";
import { findSums } from "../../../src/domain/import/meaning/sums";
import { unnamedPart } from "../../../src/domain/import/meaning/partWords";
import { otherAgents } from "../../../src/domain/import/meaning/vetoAgent";
import { vetoContext } from "../../../src/domain/import/meaning/vetoes";
import { patternsOf } from "../../../src/domain/import/patterns";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { REPORT } from "../../support/forms";

const shown = (r: Recognition | undefined) =>
  r?.state === "bound" ? r.occurrences.map((o) => o.input).join(" ") : r?.state === "ambiguous" ? `? ${r.candidates.map((c) => c.text).join(" ")}` : "-";
const get = (text: string, id: string) => shown(recognizeFigures(text, REPORT).get(`bcdc:${id}`));

function before(text: string, figure: string): number {
  const i = text.indexOf(figure);
  if (i < 0) throw new Error(`${figure} not in text`);
  return i;
}

describe("a count of other bodies doing the work", () => {
  it.each([
    ["UBND huyện tiếp tục phân công 16 cơ quan, đơn vị giúp đỡ 08 xã đặc biệt khó khăn.", "08"],
    ["Sở Nội vụ chỉ đạo 05 sở, ngành kiểm tra 12 đơn vị.", "12"],
    ["UBND thị xã giao 07 phòng, ban hỗ trợ 11 phường.", "11"],
  ])("«%s»: %s is those bodies' figure", (text, figure) => {
    expect(otherAgents(text, before(text, figure))).toBe(true);
  });

  it.each([
    ["Văn phòng được phân công giúp đỡ 01 xã (xã Chiềng Mung).", "01"],
    ["UBND huyện có 12 cơ quan chuyên môn và 04 đơn vị sự nghiệp.", "04"],
    ["Văn phòng phối hợp với 03 sở, ngành tổ chức 02 hội nghị.", "02"],
    ["Đã có 16/16 cơ quan, đơn vị ban hành kế hoạch; giúp đỡ 02 xã.", "02"],
    ["01 cơ quan giúp đỡ 03 xã.", "03"],
  ])("«%s»: %s stays a candidate", (text, figure) => {
    expect(otherAgents(text, before(text, figure))).toBe(false);
  });

  it("leaves the district's communes out of the form's «xã được phân công giúp đỡ», and binds the office's", () => {
    expect(get("3. An sinh xã hội\nUBND huyện tiếp tục phân công 16 cơ quan, đơn vị giúp đỡ 08 xã đặc biệt khó khăn.", "anSinh.soXa")).not.toBe("08");
    expect(get("3. An sinh xã hội\nVăn phòng được phân công giúp đỡ 01 xã (xã Chiềng Mung).", "anSinh.soXa")).toBe("01");
  });
});

describe("a number the precision layer refuses is no rival", () => {
  const district = "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG LA\n\nBÁO CÁO\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n";

  it("binds the district's own staff when the communes' figures stand beside it", () => {
    const text = `${district}Biên chế năm 2025:\n- Cấp huyện: biên chế công chức giao 92, có mặt 85.\n- Cấp xã: cán bộ, công chức cấp xã được giao 540 người, có mặt 512 người.`;
    expect(get(text, "bienChe.congChucThucHien")).toBe("85");
  });

  it("still leaves two own-level numbers for one figure unclear", () => {
    const text = `${district}Biên chế năm 2025:\n- Cấp huyện: biên chế công chức giao 92, có mặt 85.\n- Khối huyện: công chức giao 90, có mặt 81.`;
    expect(get(text, "bienChe.congChucThucHien")).toMatch(/^\?/);
  });

  it("shows the refused number to the clerk when nothing else fits", () => {
    const text = `${district}Biên chế năm 2025:\n- Cấp xã: cán bộ, công chức cấp xã được giao 540 người, có mặt 512 người.`;
    expect(get(text, "bienChe.congChucThucHien")).not.toMatch(/^\d/);
  });

  it("binds the office's one-stop figure when a centre the report never names would have wanted it too", () => {
    const text =
      "ỦY BAN NHÂN DÂN\nHUYỆN MƯỜNG LA\n\n4. Giải quyết thủ tục hành chính\n- Bộ phận Một cửa cấp huyện: tiếp nhận 926 hồ sơ; đã giải quyết 901 hồ sơ, trong đó trước hạn 640 hồ sơ, đúng hạn 261 hồ sơ; đang giải quyết 25 hồ sơ.";
    expect(get(text, "motCuaVp.dungHan")).toBe("261");
  });
});

describe("the same figures written again in another section", () => {
  const summary =
    "I. ĐẶC ĐIỂM, TÌNH HÌNH\nTổng biên chế Văn phòng năm 2026: biên chế công chức được giao là 62 biên chế, hiện đang thực hiện 58 biên chế; biên chế sự nghiệp được giao là 21, hiện đang thực hiện 19.\n";
  const again =
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n1. Công tác cán bộ\nNăm 2026, Văn phòng được giao 62 biên chế công chức, hiện đang thực hiện 58; biên chế sự nghiệp được giao 21, đang thực hiện 19.\n";

  it("binds each figure to both places rather than leaving it unclear", () => {
    const r = recognizeFigures(summary + again, REPORT);
    expect(shown(r.get("bcdc:bienChe.congChucThucHien"))).toBe("58 58");
    expect(shown(r.get("bcdc:bienChe.suNghiepThucHien"))).toBe("19 19");
  });

  it("does not take equal values within one paragraph for repeats: each is its own figure", () => {
    const text =
      "4. Thi đua, khen thưởng: đề nghị Thủ tướng tặng Bằng khen 03 cá nhân; phong trào phòng cháy, chữa cháy 01 cá nhân; hoạt động HĐND tỉnh 01 tập thể, 01 cá nhân; Giám đốc Công an tỉnh tặng Giấy khen 01 cá nhân.";
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:khenThuong.hdndTapThe"))).toBe("01");
    expect(shown(r.get("bcdc:khenThuong.bangKhenTTg"))).toBe("03");
  });
});

describe("a district's report: the district's figures beside the communes'", () => {
  const head = "ỦY BAN NHÂN DÂN\nHUYỆN MỘC CHÂU\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2025\n\n";

  it("reads a bullet whose lead-in counts communes as the communes' figures", () => {
    const text = `${head}4. Giải quyết thủ tục hành chính\n- Bộ phận Một cửa cấp huyện: tiếp nhận 2.104 hồ sơ; đã giải quyết 2.040 hồ sơ.\n- Bộ phận Một cửa 15 xã, thị trấn: tiếp nhận 6.318 hồ sơ; đã giải quyết 6.201 hồ sơ.`;
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:motCuaVp.tiepNhan"))).toBe("2.104");
    expect(shown(r.get("bcdc:motCuaVp.daGiaiQuyet"))).toBe("2.040");
  });

  it("leaves a lead-in that counts something else («03 đợt:») alone", () => {
    const text = `${head}4. Giải quyết thủ tục hành chính\n- Bộ phận Một cửa cấp huyện: tiếp nhận 2.104 hồ sơ.\n- Bộ phận Một cửa, kiểm tra 03 đợt: tiếp nhận 6.318 hồ sơ.`;
    expect(shown(recognizeFigures(text, REPORT).get("bcdc:motCuaVp.tiepNhan"))).toMatch(/^\?/);
  });

  it("binds the district's qualifications when the exact wording also finds the communes'", () => {
    const text = `${head}I. ĐẶC ĐIỂM, TÌNH HÌNH\nTrình độ chuyên môn của công chức cấp huyện: thạc sỹ 11, đại học 71; của cán bộ, công chức cấp xã: thạc sỹ 04, đại học 356.`;
    const r = recognizeFigures(text, REPORT);
    expect([shown(r.get("bcdc:trinhDo.thacSi")), shown(r.get("bcdc:trinhDo.daiHoc"))]).toEqual(["11", "71"]);
  });

  it("keeps a province office's two qualification counts in one section unclear", () => {
    const text = "VĂN PHÒNG UBND TỈNH\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\nTrình độ: thạc sỹ 27; phòng Tổng hợp thạc sỹ 09.";
    expect(shown(recognizeFigures(text, REPORT).get("bcdc:trinhDo.thacSi"))).toMatch(/^\?/);
  });
});

describe("the aspect of the verb: done («đã») is not in hand («đang»)", () => {
  const candidateFor = (text: string, figure: string) => {
    const tokens = findNumbers(text);
    return findCandidates(text, tokens, scanHeadings(text), false).find((c) => c.token.text === figure)!;
  };
  const own = new Set(["hồ sơ", "đang giải", "giải quyết", "giải"]);

  it("«đã giải quyết 2.040» clashes with a figure described only as «đang giải quyết»", () => {
    expect(aspectClash(candidateFor("tiếp nhận 2.104 hồ sơ; đã giải quyết 2.040 hồ sơ.", "2.040"), own)).toBe(true);
  });

  it("«đang giải quyết 64» does not, nor does a number without the verb beside it", () => {
    expect(aspectClash(candidateFor("tiếp nhận 2.104 hồ sơ; đang giải quyết 64 hồ sơ.", "64"), own)).toBe(false);
    expect(aspectClash(candidateFor("tiếp nhận 2.104 hồ sơ; đang giải quyết 64 hồ sơ.", "2.104"), own)).toBe(false);
  });

  it("the bare verb «giải quyết 2.040» is the done reading (wt-robust: «đang xử lý» for «đang giải quyết» bound it as in hand)", () => {
    expect(aspectClash(candidateFor("tiếp nhận 2.104 hồ sơ; giải quyết 2.040 hồ sơ.", "2.040"), own)).toBe(true);
    expect(aspectClash(candidateFor("tiếp nhận 2.104 hồ sơ; chưa giải quyết 64 hồ sơ.", "64"), own)).toBe(false);
  });

  it("the passive «đang được giải quyết là 12» / «đã được giải quyết 46» carries its aspect past «được»", () => {
    const done = new Set(["hồ sơ", "đã giải", "giải quyết", "giải"]);
    expect(aspectClash(candidateFor("Tiếp nhận 58 hồ sơ; số hồ sơ đang được giải quyết là 12.", "12"), done)).toBe(true);
    expect(aspectClash(candidateFor("Tiếp nhận 58 hồ sơ, đã được giải quyết 46 hồ sơ.", "46"), own)).toBe(true);
    expect(aspectClash(candidateFor("Tiếp nhận 58 hồ sơ, đã được giải quyết 46 hồ sơ.", "46"), done)).toBe(false);
  });

  it("a figure described with both aspects is not contradicted by either", () => {
    expect(aspectClash(candidateFor("đã giải quyết 2.040 hồ sơ.", "2.040"), new Set([...own, "đã giải"]))).toBe(false);
  });
});

describe("a summary's exact figures in brackets after rounded ones", () => {
  const text =
    "VĂN PHÒNG UBND TỈNH HÀ GIANG\n\n7. Trung tâm Phục vụ hành chính công tỉnh: tiếp nhận gần 8.000 hồ sơ (7.912), đã giải quyết khoảng 95% (7.530 hồ sơ); trễ hạn rất ít (12 hồ sơ, khoảng 0,2%).";

  it("describes «(7.530 hồ sơ)» by the words before the bracket, not by the rounded number", () => {
    const r = recognizeFigures(text, REPORT);
    expect([shown(r.get("bcdc:hcc.tiepNhan")), shown(r.get("bcdc:hcc.daGiaiQuyet")), shown(r.get("bcdc:hcc.treHan"))]).toEqual(["7.912", "7.530", "12"]);
  });

  it("never binds the rounded numbers themselves", () => {
    const r = recognizeFigures(text, REPORT);
    for (const id of ["hcc.tiepNhan", "hcc.daGiaiQuyet", "hcc.tyLeDaGiaiQuyet"]) expect(shown(r.get(`bcdc:${id}`))).not.toMatch(/8\.000|95/);
  });
});

describe("a part of the form's sum needs its own words", () => {
  it.each([
    ["bổ nhiệm 01 Trưởng phòng và 02 Phó Trưởng phòng.", "02", true],
    ["bổ nhiệm 02 Phó Trưởng phòng Tổng hợp - Kinh tế.", "02", false],
  ] as const)("«%s»: %s names no part → %s", (sentence, figure, refused) => {
    const text = `5. Công tác cán bộ: ${sentence}`;
    expect(unnamedPart(text, before(text, figure), before(text, figure) + figure.length, [["hợp", "kinh", "tế"]])).toBe(refused);
  });

  it("binds the total of deputy heads, not a room's count, when no room is named", () => {
    const r = recognizeFigures("5. Công tác cán bộ: bổ nhiệm 01 Trưởng phòng và 02 Phó Trưởng phòng; duy trì giao ban hằng tuần.", REPORT);
    expect(shown(r.get("bcdc:boNhiem.phoPhong"))).toBe("02");
    expect(shown(r.get("bcdc:boNhiem.phoPhongTHKT"))).not.toBe("02");
  });

  it("finds a room by the pairs of its name: «hợp nhất» and «Văn phòng» name no room «Tổng hợp» or «Văn xã»", () => {
    const merged = "5. Công tác cán bộ: sau hợp nhất Văn phòng, bổ nhiệm 03 Trưởng phòng và 05 Phó Trưởng phòng theo cơ cấu mới.";
    const partWords = (id: string) => vetoContext("", REPORT, patternsOf(REPORT)).fields.get(id)!.partWords;
    const at = before(merged, "05");
    expect(unnamedPart(merged, at, at + 2, partWords("bcdc:boNhiem.phoPhongTHKT"))).toBe(true);
    expect(unnamedPart(merged, at, at + 2, partWords("bcdc:boNhiem.phoPhongKGVX"))).toBe(true);
    const r = recognizeFigures(merged, REPORT);
    expect(shown(r.get("bcdc:boNhiem.phoPhong"))).toBe("05");
    expect(shown(r.get("bcdc:boNhiem.phoPhongTHKT"))).not.toBe("05");
    expect(shown(r.get("bcdc:boNhiem.phoPhongKGVX"))).not.toBe("05");
  });

  it("still takes a room's count where its name is written", () => {
    const named = "5. Công tác cán bộ: bổ nhiệm 01 Trưởng phòng Nội chính và 01 Phó Trưởng phòng Khoa giáo - Văn xã.";
    const at = before(named, "01 Phó");
    expect(unnamedPart(named, at, at + 2, vetoContext("", REPORT, patternsOf(REPORT)).fields.get("bcdc:boNhiem.phoPhongKGVX")!.partWords)).toBe(false);
    expect(shown(recognizeFigures(named, REPORT).get("bcdc:boNhiem.phoPhongKGVX"))).toBe("01");
  });

  it("a count of rounds («02 đợt») is no count of decisions", () => {
    const r = recognizeFigures("8. Kiểm soát thủ tục hành chính: công bố 03 đợt với 17 quyết định.", REPORT);
    expect(shown(r.get("bcdc:ksthc.soQuyetDinhCongBo"))).toBe("17");
  });
});

describe("fractions with a legend («64/70 (có mặt/được giao)»)", () => {
  it("reads each side of both fractions of the sentence by the legend", () => {
    const text =
      "VĂN PHÒNG UBND TỈNH BẮC KẠN\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n1. Biên chế năm 2026: công chức 51/58 (có mặt/được giao); biên chế sự nghiệp 16/17; hợp đồng lao động 06.";
    const r = recognizeFigures(text, REPORT);
    const ids = ["congChucThucHien", "congChucGiao", "suNghiepThucHien", "suNghiepGiao"];
    expect(ids.map((id) => shown(r.get(`bcdc:bienChe.${id}`)))).toEqual(["51", "58", "16", "17"]);
  });

  it("adds nothing where the sentence has no legend", () => {
    const text = "I. ĐẶC ĐIỂM, TÌNH HÌNH\n1. Biên chế năm 2026: công chức 51/58; biên chế sự nghiệp 16/17.";
    const candidates = findCandidates(text, findNumbers(text), scanHeadings(text), false);
    const before = candidates.map((c) => [...c.near.keys()].join(" "));
    describeFractions(text, candidates);
    expect(candidates.map((c) => [...c.near.keys()].join(" "))).toEqual(before);
  });
});

describe("a bracket of words after a count says what it is for", () => {
  const near = (text: string, figure: string, nth = 0) => {
    const candidates = findCandidates(text, findNumbers(text), scanHeadings(text), false);
    describeBrackets(text, candidates);
    return candidates.filter((c) => c.token.text === figure)[nth]!.near;
  };

  it("gives the bracket's words to the count before it and to counts joined by «cùng»/«và»", () => {
    const text = "Chủ tịch UBND tỉnh tặng Bằng khen cho 2 cá nhân (phong trào phòng cháy, chữa cháy) và cho 1 tập thể cùng 3 cá nhân (hoạt động của HĐND tỉnh).";
    expect(near(text, "2").has("phòng cháy")).toBe(true);
    expect(near(text, "1").has("hđnd") || near(text, "1").has("hội đồng")).toBe(true);
    expect(near(text, "3").has("hội đồng")).toBe(true);
    expect(near(text, "1").has("phòng cháy")).toBe(false);
  });

  it("leaves a bracket with a number, or one that does not follow the unit, alone", () => {
    const text = "tiếp 40 lượt (trong đó định kỳ 38 lượt); tiếp nhận 12 hồ sơ trong quý của các phòng (chủ yếu đất đai).";
    expect(near(text, "40").has("định kỳ")).toBe(false);
    expect(near(text, "12").has("đất đai")).toBe(false);
  });

  it("binds the awards of a clerk who explains them in brackets", () => {
    const text =
      "3. Thi đua, khen thưởng: số cá nhân được đề nghị Thủ tướng Chính phủ tặng Bằng khen là 4. Chủ tịch UBND tỉnh được đề nghị tặng Bằng khen cho 2 cá nhân (phong trào phòng cháy, chữa cháy) và cho 1 tập thể cùng 3 cá nhân (hoạt động của HĐND tỉnh).";
    const r = recognizeFigures(text, REPORT);
    const ids = ["bangKhenTTg", "pccc", "hdndTapThe", "hdndCaNhan"];
    expect(ids.map((id) => shown(r.get(`bcdc:khenThuong.${id}`)))).toEqual(["4", "2", "1", "3"]);
  });
});

describe("a total and its parts that add up pick each other", () => {
  const sumsOf = (text: string) => findSums(text, findCandidates(text, findNumbers(text), scanHeadings(text), false));

  it("finds the total and its parts, with each part's own words", () => {
    const [sum, ...more] = sumsOf("đề nghị khen thưởng cho 09 cá nhân (Bằng khen của Thủ tướng Chính phủ: 03; Bằng khen của Chủ tịch UBND tỉnh: 06).");
    expect(more).toHaveLength(0);
    expect([sum!.total.token.text, ...sum!.parts.map((p) => p.part.token.text)]).toEqual(["09", "03", "06"]);
    expect(sum!.parts[0]!.own).toContain("thủ tướng");
    expect(sum!.parts[0]!.own).not.toContain("bằng khen");
  });

  it("finds none where the numbers do not add up, or the units differ", () => {
    expect(sumsOf("nhận được 17 ý kiến, đã trả lời trực tiếp 14 ý kiến, chuyển 02 ý kiến.")).toHaveLength(0);
    expect(sumsOf("tiếp 17 lượt, với 15 người, nhận 02 đơn.")).toHaveLength(0);
  });

  it("binds the part a figure names, and the total for a figure that names no part", () => {
    const awards = recognizeFigures("3. Thi đua, khen thưởng: đề nghị khen thưởng cho 09 cá nhân (Bằng khen của Thủ tướng Chính phủ: 03; Bằng khen của Chủ tịch UBND tỉnh: 06).", REPORT);
    expect(shown(awards.get("bcdc:khenThuong.bangKhenTTg"))).toBe("03");
    const dialogue = recognizeFigures(
      "5. Đối thoại trực tiếp\nNgày 12/5/2025, Chủ tịch UBND huyện đối thoại trực tiếp với nhân dân, nhận được 23 ý kiến, kiến nghị, đã trả lời trực tiếp 19 ý kiến, giao cơ quan chuyên môn trả lời bằng văn bản 04 ý kiến.",
      REPORT,
    );
    expect(shown(dialogue.get("bcdc:doiThoai.soYKien"))).toBe("23");
  });

  it("a part's own words are not the total's: «tiếp nhận 97 (tiếp nhận mới 92, tồn kỳ trước 05)» is 97 received", () => {
    const text =
      "2. Bộ phận Một cửa của Văn phòng: tổng số hồ sơ tiếp nhận 97 hồ sơ (tiếp nhận mới 92 hồ sơ, tồn kỳ trước chuyển sang 05 hồ sơ); đã giải quyết 93 hồ sơ; đang giải quyết 04 hồ sơ.";
    const [sum] = sumsOf(text);
    expect(sum!.parts[0]!.own).not.toContain("tiếp nhận");
    expect(shown(recognizeFigures(text, REPORT).get("bcdc:motCuaVp.tiepNhan"))).toBe("97");
  });

  it("never gives a total to a part the clerk paraphrased («sớm hơn thời hạn» for «sớm hạn»)", () => {
    const text =
      "2. Bộ phận một cửa của Văn phòng đã tiếp nhận 64 hồ sơ; đã giải quyết xong 60 hồ sơ, trong đó số hồ sơ trả kết quả sớm hơn thời hạn quy định là 09 hồ sơ, số hồ sơ trả kết quả đúng hạn là 51 hồ sơ; còn 04 hồ sơ đang giải quyết.";
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:motCuaVp.traSom"))).not.toBe("60");
    expect(shown(r.get("bcdc:motCuaVp.daGiaiQuyet"))).not.toBe("09");
  });
});

describe("two periods sharing one end", () => {
  it("leaves the start for the clerk when a week inside the period is written as a range too, and keeps the shared end", () => {
    const text =
      "Trung tâm Phục vụ hành chính công tỉnh, từ ngày 2.1.2026 đến 17.5.2026 đã tiếp nhận 25.368 hồ sơ. Chỉ tính riêng trong tuần (từ ngày 11.5.2026 đến 17.5.2026) đã có 1.129 lượt công dân đến giao dịch.";
    const r = recognizeFigures(text, REPORT);
    expect(shown(r.get("bcdc:hcc.tuNgay"))).not.toMatch(/^\d/);
    expect(shown(r.get("bcdc:hcc.denNgay"))).not.toBe("11.5.2026");
  });

  it("binds the start of a single period", () => {
    const text = "Trung tâm Phục vụ hành chính công tỉnh, từ ngày 2.1.2026 đến 17.5.2026 đã tiếp nhận 25.368 hồ sơ.";
    expect(shown(recognizeFigures(text, REPORT).get("bcdc:hcc.tuNgay"))).toMatch(/^0?2\D0?1\D2026$/);
  });
});

describe("a commune named as the place, not as whose figure", () => {
  const district = { total: false, levels: [] as number[] };
  it("«Chủ tịch UBND huyện đối thoại … tại xã Chiềng Pấc, nhận được 17 ý kiến» is the district's", () => {
    const text = "Chủ tịch UBND huyện đối thoại trực tiếp với nhân dân tại xã Chiềng Pấc, nhận được 17 ý kiến.";
    expect(namedUnitBefore(text, before(text, "17"), before(text, "17") + 2, 1, district)).toBe(false);
  });
  it("«Ở xã Chiềng Pấc, …» opening the sentence, or «Xã Chiềng Pấc nhận …», is the commune's", () => {
    for (const text of ["Ở xã Chiềng Pấc, nhân dân gửi 17 ý kiến.", "Xã Chiềng Pấc nhận được 17 ý kiến."]) {
      expect(namedUnitBefore(text, before(text, "17"), before(text, "17") + 2, 1, district)).toBe(true);
    }
  });
});
