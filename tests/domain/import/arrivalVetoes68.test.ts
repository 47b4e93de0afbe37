/**
 * What the unseen batches 620–636 showed wrong, each as a clerk wrote it, with the near-miss beside it:
 * - «bổ nhiệm 02 (hai) Phó Trưởng ban» counts deputies: no head of a division was appointed by it (622), while a
 *   deputy's post of another rank («01 Phó Chánh Văn phòng kiêm Giám đốc Trung tâm») says nothing of a director;
 * - «Lĩnh vực đất đai: 26 lượt, chiếm 70,27% (cùng kỳ năm trước 30 lượt).»: the bracket is last year's figure set
 *   beside this month's, no list of what the land matters were about (626), as «(lũy kế từ đầu năm …)» is not;
 * - «Đính chính: dòng «Trễ, quá hạn: 21/…» nêu trên ghi nhầm; số đúng là 12/…, số hồ sơ trả đúng hạn tương ứng là
 *   838/…»: the quoted line is the slip, never a correction; both right values correct their figures, so the clerk
 *   sees each figure's correction first (654);
 * - «12. Chỉ tiêu giao ban: kế hoạch 12 cuộc/quý; thực hiện 13 cuộc (…), trong đó 01 cuộc giao ban mở rộng»: the
 *   line's label names what the thirteen are, so the one meeting is a part the figure does not name, never its value
 *   (650);
 * - «không có đoàn đông người (tháng trước: 01 đoàn, 09 người)»: last month's delegation's members, not last month's
 *   people received (646);
 * - «Tổng cộng toàn xã: tiếp nhận 1.486 hồ sơ; …» after a numbered list of fields is the centre's named above the list
 *   (664: 14 → 22 of 27);
 * - «Có 02 viên chức của Nhà khách Tỉnh ủy đang biệt phái sang làm việc tại Phòng Quản trị»: seconded staff, no head
 *   count of the guest houses (690; 161, 183, 293 and 322 gain a figure each);
 * - «Nhiệm vụ 8: Đẩy mạnh cải cách thủ tục hành chính …» names a plan's item, no count of tasks (692);
 * - «ý kiến: 14 (đã trả lời tại hội nghị: 11, giao các bộ phận trả lời bằng văn bản: 03)»: the bracket breaks the
 *   opinions received down; its answered ones are a part (702).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { otherBodysDeputy } from "../../../src/domain/import/meaning/vetoDeputy";
import { REPORT, builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { otherPeriodsFigures } from "../../../src/domain/import/textClauses";
import { isCorrection, isSuperseded } from "../../../src/domain/import/meaning/corrections";
import { delegationMembers } from "../../../src/domain/import/meaning/delegationMembers";
import { otherStaffAct, staffActOf } from "../../../src/domain/import/meaning/passiveAct";
import { isIdentifier } from "../../../src/domain/import/meaning/notCounts";
import { answeredPart } from "../../../src/domain/import/meaning/answeredPart";

function state(text: string, id: string): string {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : (r?.state ?? "notFound");
}

function countsOther(label: string, text: string, figure: string): boolean {
  const start = text.indexOf(figure);
  return otherBodysDeputy(label, text, start, start + figure.length);
}

describe("deputies counted for a head's post", () => {
  it("refuses deputies of the head's rank, by any division's name, the bracketed words blanked", () => {
    expect(countsOther("Bổ nhiệm Trưởng phòng", "bổ nhiệm 02       Phó Trưởng ban", "02")).toBe(true);
    expect(countsOther("Bổ nhiệm Trưởng phòng", "bổ nhiệm 02 Phó Trưởng phòng Kinh tế", "02")).toBe(true);
  });

  it("near-match: the head itself, and a deputy of another rank, are not refused", () => {
    expect(countsOther("Bổ nhiệm Trưởng phòng", "bổ nhiệm 01 Trưởng ban Kinh tế - Xã hội", "01")).toBe(false);
    expect(countsOther("Kiêm nhiệm Giám đốc Trung tâm", "01 Phó Chánh Văn phòng kiêm Giám đốc Trung tâm", "01")).toBe(false);
  });

  it("never binds the deputies appointed as the heads appointed", () => {
    const text =
      "BÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. CÔNG TÁC CÁN BỘ\n" +
      "Trong quý, điều động một đồng chí sang công tác tại Mặt trận Tổ quốc tỉnh; bổ nhiệm 03 (ba) Phó Trưởng ban; luân chuyển hai công chức giữa các ban.\n";
    expect(state(text, "bcdc:boNhiem.truongPhong")).not.toBe("03");
  });
});

describe("a comparison's figure in brackets after the land share", () => {
  const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
  const contents = (line: string) => boundValue(recognizeFigures(`5. Nội dung\n${line}\n`, MONTHLY).get("tcd:noiDung.moTa"));

  it("is another period's figures, with or without a colon", () => {
    expect(otherPeriodsFigures("cùng kỳ năm trước 30 lượt")).toBe(true);
    expect(otherPeriodsFigures("tháng trước: 31 lượt")).toBe(true);
    expect(otherPeriodsFigures("so với cùng kỳ năm 2025 28 lượt")).toBe(true);
    expect(contents("+ Lĩnh vực đất đai: 26 lượt, chiếm 70,27% (cùng kỳ năm trước 30 lượt).")).toBeNull();
  });

  it("near-match: matters in the bracket are still the land contents", () => {
    expect(otherPeriodsFigures("cùng kỳ tăng do dự án cao tốc")).toBe(false);
    expect(contents("+ Lĩnh vực đất đai: 26 lượt, chiếm 70,27% (bồi thường, hỗ trợ tái định cư; tranh chấp đất đai), các lĩnh vực khác 11 lượt.")).toBe(
      "bồi thường, hỗ trợ tái định cư\ntranh chấp đất đai",
    );
  });
});

describe("a correction that quotes the slipped line", () => {
  const NOTE = "Đính chính: dòng «Trễ, quá hạn: 17/4.210 hồ sơ (0,40%)» nêu trên ghi nhầm; số đúng là 11/4.210 hồ sơ (0,26%), số hồ sơ trả đúng hạn tương ứng là 655/4.210 hồ sơ. Các số liệu khác giữ nguyên.";
  const at = (figure: string) => NOTE.indexOf(figure);

  it("reads the quoted figure as replaced and both right values as corrections", () => {
    expect(isSuperseded(NOTE, at("17/"))).toBe(true);
    expect(isCorrection(NOTE, at("17/"), at("17/") + 2)).toBe(false);
    expect(isCorrection(NOTE, at("11/"), at("11/") + 2)).toBe(true);
    expect(isCorrection(NOTE, at("655"), at("655") + 3)).toBe(true);
  });

  it("near-match: «tương ứng là» with no right value before it corrects nothing, nor does a quotation not called a slip", () => {
    const plain = "Số hồ sơ trả đúng hạn tương ứng là 655 hồ sơ.";
    expect(isCorrection(plain, plain.indexOf("655"), plain.indexOf("655") + 3)).toBe(false);
    const quoted = "Khẩu hiệu «Phục vụ 24 giờ» được treo tại sảnh.";
    expect(isSuperseded(quoted, quoted.indexOf("24"))).toBe(false);
  });

  it("offers each corrected figure its correction first, never binding the value the note replaces", () => {
    const text =
      "ỦY BAN NHÂN DÂN PHƯỜNG HỒNG GAI\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2025\n\n" +
      "II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\nTrung tâm Phục vụ hành chính công phường tiếp nhận 4.302 hồ sơ, đã giải quyết 4.210 hồ sơ, trong đó:\n" +
      "+ Trả trước hạn: 3.538/4.210 hồ sơ;\n+ Trả đúng hạn: 649/4.210 hồ sơ;\n+ Trễ, quá hạn: 17/4.210 hồ sơ (0,40%).\n\n" + NOTE + "\n";
    const offered = (id: string) => {
      const r = recognizeFigures(text, REPORT).get(id);
      return r?.state === "ambiguous" ? r.candidates.map((c) => c.input) : [];
    };
    expect(offered("bcdc:hcc.treHan")).toEqual(["11", "17"]);
    expect(offered("bcdc:hcc.dungHan")).toEqual(["655", "649"]);
  });
});

describe("a lone part under a line's label", () => {
  const HEAD = "ỦY BAN NHÂN DÂN TỈNH THANH HÓA\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý III năm 2026\n\n";

  it("never binds the part the figure does not name", () => {
    const line = "12. Chỉ tiêu giao ban: kế hoạch 12 cuộc/quý; thực hiện 14 cuộc (đạt 116,7% kế hoạch), trong đó 02 cuộc giao ban mở rộng với các đơn vị.";
    expect(state(`${HEAD}${line}\n`, "bcdc:giaoBan.soCuoc")).not.toBe("02");
  });

  it("near-match: a part the figure names by its own words is still its value", () => {
    const line = "Lãnh đạo Văn phòng gồm Chánh Văn phòng và 03 đồng chí Phó Chánh Văn phòng, trong đó có 01 đồng chí được phân công kiêm nhiệm chức vụ Giám đốc Trung tâm Phục vụ hành chính công tỉnh.";
    expect(state(`ỦY BAN NHÂN DÂN TỈNH SƠN LA\nVĂN PHÒNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý I năm 2026\n\n${line}\n`, "bcdc:lanhDao.kiemNhiem")).toBe("01");
  });
});

describe("the members of a delegation", () => {
  const at = (text: string, figure: string) => delegationMembers(text, text.indexOf(figure));

  it("are the people counted right after the delegations, joined by a comma, a slash or «với»", () => {
    expect(at("không có đoàn đông người (tháng trước: 01 đoàn, 09 người)", "09")).toBe(true);
    expect(at("tiếp 01 đoàn/14 người", "14")).toBe(true);
    expect(at("tiếp 02 đoàn đông người với 31 người", "31")).toBe(true);
  });

  it("near-match: the period's people beside a delegation count, or in the delegation's own bracket, are not", () => {
    expect(at("tiếp 11 lượt, 17 người; 01 đoàn", "17")).toBe(false);
    expect(at("có 01 đoàn đông người (06 người, các hộ dân thôn Trung Sơn)", "06")).toBe(false);
  });

  it("never binds last month's delegation's members as last month's people", () => {
    const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
    const text =
      "ỦY BAN NHÂN DÂN XÃ ĐĂK MIL\n\nBÁO CÁO\nKết quả tiếp công dân tháng 5/2026\n\n" +
      "Trong tháng 5/2026, lãnh đạo UBND xã tiếp 12 lượt công dân với 19 người (tháng 4/2026: 15 người); không có đoàn đông người (tháng trước: 01 đoàn, 08 người).\n";
    expect(boundValue(recognizeFigures(text, MONTHLY).get("tcd:soSanh.nguoiThangTruoc"))).not.toBe("08");
  });
});

describe("a total's line after a numbered list of fields", () => {
  const text = (total: string) =>
    "ỦY BAN NHÂN DÂN\nXÃ QUỲNH LƯU\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý I năm 2026\n\nIII. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH\n" +
    "Trung tâm Phục vụ hành chính công xã tiếp nhận, giải quyết hồ sơ trong quý theo từng lĩnh vực như sau:\n" +
    "1. Lĩnh vực đất đai: tiếp nhận 298 hồ sơ, giải quyết 270 hồ sơ;\n2. Lĩnh vực hộ tịch: tiếp nhận 655 hồ sơ, giải quyết 650 hồ sơ;\n" +
    `3. Lĩnh vực chứng thực: tiếp nhận 377 hồ sơ, giải quyết 377 hồ sơ.\n\n${total}\n`;

  it("is the centre's named above the list: the list's items are its parts, no headings of their own", () => {
    expect(state(text("Tổng cộng toàn xã: tiếp nhận 1.330 hồ sơ; đã giải quyết 1.297 hồ sơ."), "bcdc:hcc.tiepNhan")).toBe("1.330");
  });

  it("near-match: a numbered part after the list is a heading of its own, naming no centre", () => {
    expect(state(text("4. Bộ phận văn thư: tiếp nhận 1.330 văn bản đến."), "bcdc:hcc.tiepNhan")).not.toBe("1.330");
  });
});

describe("staff an act befell", () => {
  const act = (own: string, text: string, figure: string) => otherStaffAct(own, staffActOf(text, text.indexOf(figure) + figure.length, text.length));

  it("are no head count of a figure that does not name the act", () => {
    expect(act("viên chức hai nhà khách (tự chủ tài chính)", "Có 02 viên chức của Nhà khách Tỉnh ủy đang biệt phái sang làm việc tại Phòng Quản trị.", "02")).toBe(true);
    expect(act("viên chức hai nhà khách (tự chủ tài chính)", "03 viên chức của Nhà khách được nâng lương trước thời hạn.", "03")).toBe(true);
  });

  it("near-match: the figure naming the act takes them, and a count with no act is untouched", () => {
    expect(act("viên chức biệt phái", "Có 02 viên chức của Nhà khách Tỉnh ủy đang biệt phái sang làm việc tại Phòng Quản trị.", "02")).toBe(false);
    expect(act("viên chức hai nhà khách (tự chủ tài chính)", "Hai nhà khách có 37 viên chức, tự chủ tài chính.", "37")).toBe(false);
  });
});

describe("an item named by its number", () => {
  const named = (text: string, figure: string) => isIdentifier(text, text.indexOf(figure), text.indexOf(figure) + figure.length);

  it("opening its line with a colon or a stop is no count", () => {
    expect(named("Kết quả: …\nNhiệm vụ 8: Đẩy mạnh cải cách thủ tục hành chính.", "8")).toBe(true);
    expect(named("- Câu 15. Đơn thư khiếu nại, tố cáo?", "15")).toBe(true);
  });

  it("near-match: the same words counting are counts", () => {
    expect(named("Kế hoạch gồm 08 nhóm, 35 nhiệm vụ cụ thể; đã hoàn thành 8 nhiệm vụ.", "8")).toBe(false);
    expect(named("Số nhiệm vụ 35, đã hoàn thành 12.", "35")).toBe(false);
  });
});

describe("the answered ones in a bracket after the opinions", () => {
  const OWN = new Set(["ý", "kiến", "nhận", "ý kiến", "kiến nhận", "nhận được"]);
  const part = (text: string, figure: string) => answeredPart(text, text.lastIndexOf(figure), 0, OWN);

  it("are a part of the count the bracket follows", () => {
    expect(part("Chủ tịch UBND xã đối thoại với nhân dân, ý kiến: 14 (đã trả lời tại hội nghị: 11, giao các bộ phận: 03).", "11")).toBe(true);
  });

  it("near-match: a bracket after words, not after a count, is no breakdown of a count", () => {
    expect(part("Chủ tịch UBND xã đối thoại với nhân dân (đã trả lời tại hội nghị: 11 ý kiến).", "11")).toBe(false);
  });
});
