/**
 * What the unseen batches 560–576 showed wrong or missed, each as a clerk wrote it, with the near-miss beside it:
 * - a health department's units employ more than ten thousand people: «được giao 11.864, hiện có 11.205 viên chức»
 *   is the department's, not the one hospital's 1.198 after it (570, 520);
 * - «điều động 01 công chức Văn phòng đến nhận công tác tại Cơ quan Ủy ban MTTQ Việt Nam tỉnh», «… tại Đảng ủy xã»:
 *   a move out, not a civil servant taken on (572, 551);
 * - «Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 05 tập thể»: the association's own award, given by its centre,
 *   no collective of the HĐND's awards (572);
 * - a glossary «(*) Viết tắt: TN - tiếp nhận; GQ - đã giải quyết; …; ĐH - đúng hạn; …; ĐH (trình độ) - đại học; LLCT
 *   - lý luận chính trị, CC (LLCT) - cao cấp, TC - trung cấp.» is read although a few of its definitions are joined
 *   by commas or carry a bracket, and «TN 1.318 / GQ 1.279» is two figures, no document's symbol (573).
 */
import { glossaryReadings } from "../../../src/domain/import/meaning/abbreviationGlossary";
import { directionWords } from "../../../src/domain/import/meaning/moveDirection";
import { isIdentifier } from "../../../src/domain/import/meaning/notCounts";
import { awardAt } from "../../../src/domain/import/meaning/vetoAward";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { listsFound as found } from "../../support/unitLists";

function bound(text: string, id: string): string | null {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.input).join("|") : null;
}

const head = "UBND TỈNH GIA LAI\nSỞ Y TẾ\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nI. ĐẶC ĐIỂM, TÌNH HÌNH\n";

describe("a department whose units employ over ten thousand", () => {
  const staff = (given: string, present: string) =>
    `${head}Biên chế công chức năm 2026 của cơ quan Sở được giao 96, hiện có 89 công chức; hợp đồng lao động 12 người. Số lượng người làm việc trong các đơn vị sự nghiệp năm 2026 được giao ${given}, hiện có ${present} viên chức. Riêng Bệnh viện Đa khoa tỉnh được giao 1.246 người làm việc, hiện có 1.198 viên chức và 163 hợp đồng lao động.\n`;

  it("reads the department's figures, not the hospital's after them", () => {
    const text = staff("11.864", "11.205");
    expect(bound(text, "bcdc:bienChe.suNghiepGiao")).toBe("11.864");
    expect(bound(text, "bcdc:bienChe.suNghiepThucHien")).toBe("11.205");
  });

  it("near-miss: a figure past any department's size is still no figure", () => {
    expect(bound(staff("118.640", "112.050"), "bcdc:bienChe.suNghiepThucHien")).not.toBe("112.050");
  });
});

describe("a move to a body named «Cơ quan …», «Đảng ủy», «Hội …»", () => {
  const way = (sentence: string) => {
    const at = sentence.indexOf("01");
    return directionWords(sentence, 0, at, at + 2).join(" ");
  };

  it("left the office", () => {
    expect(way("điều động 01 công chức Văn phòng đến nhận công tác tại Cơ quan Ủy ban MTTQ Việt Nam tỉnh")).toBe("điều động đi");
    expect(way("Điều động 01 công chức đến công tác tại Đảng ủy xã")).toBe("điều động đi");
    expect(way("điều động 01 công chức sang Hội Nông dân tỉnh")).toBe("điều động đi");
  });

  it("near-miss: from such a body it came; to the office's own «Cơ quan Sở», nothing is said", () => {
    expect(way("điều động 01 công chức từ Cơ quan Ủy ban MTTQ Việt Nam tỉnh đến Ban Tổ chức - Kiểm tra")).toBe("điều động đến");
    expect(way("điều động 01 công chức về Cơ quan Sở")).toBe("");
  });

  it("binds the move out, and no civil servant taken on", () => {
    const text = `HỘI LIÊN HIỆP PHỤ NỮ TỈNH HƯNG YÊN\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nII. KẾT QUẢ\n5. Công tác cán bộ: điều động 01 công chức Văn phòng đến nhận công tác tại Cơ quan Ủy ban MTTQ Việt Nam tỉnh.\n`;
    expect(bound(text, "bcdc:dieuDong.di")).toBe("01");
    expect(bound(text, "bcdc:tiepNhan.congChuc")).toBeNull();
  });
});

describe("an association's centre gives its own Bằng khen", () => {
  it("names the giver", () => {
    const text = "Trung ương Hội LHPN Việt Nam tặng Bằng khen cho 05 tập thể và 12 cá nhân.";
    expect(awardAt(text, text.indexOf("05"), text.indexOf("05") + 2)).toEqual({ title: "bằng khen", giver: "trung ương" });
  });

  it("near-miss: «cơ quan trung ương» names no giver", () => {
    const text = "Bằng khen cho 05 tập thể của các cơ quan trung ương đóng trên địa bàn.";
    expect(awardAt(text, text.indexOf("05"), text.indexOf("05") + 2).giver).toBeNull();
  });
});

describe("a clerk's glossary of short forms", () => {
  const glossary =
    "(*) Viết tắt: TN - tiếp nhận; GQ - đã giải quyết; TrH - trước hạn; ĐH - đúng hạn; TH - trễ hạn; ĐGQ - đang giải quyết; CBCC - cán bộ, công chức; CC - công chức; HĐLĐ - hợp đồng lao động; ĐH (trình độ) - đại học; LLCT - lý luận chính trị, CC (LLCT) - cao cấp, TC - trung cấp.";
  const read = (text: string) => Object.fromEntries([...glossaryReadings(text)].map(([k, [, means]]) => [k, means.join(" ")]));

  it("is read with its comma-joined and bracketed definitions; a form defined two ways is left to its uses", () => {
    const found = read(glossary);
    expect(found["tn"]).toBe("tiếp nhận");
    expect(found["đgq"]).toBe("đang giải quyết");
    expect(found["llct"]).toBe("lí luận chính trị");
    expect(found["tc"]).toBe("trung cấp");
    expect(found["đh"]).toBeUndefined();
    expect(found["cc"]).toBeUndefined();
  });

  it("near-miss: «CVP, PCVP - Chánh, Phó Chánh Văn phòng» gives PCVP no reading of its own", () => {
    expect(read("(viết tắt: CC - công chức; VC - viên chức; HS - hồ sơ; CVP, PCVP - Chánh, Phó Chánh Văn phòng)")["pcvp"]).toBeUndefined();
  });

  it("reads the commune's one-line figures right, each «ĐH» as its line means it", () => {
    const text = [
      "UBND XÃ CON CUÔNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n",
      "1. Tổ chức, biên chế: CBCC năm 2026: giao 41, có 39; HĐLĐ 03. Trình độ: ThS 06, ĐH 34; LLCT: CC 05, TC 21.",
      "4. TTHC tại Trung tâm PVHCC xã(*): TN 1.318 / GQ 1.279 - đạt 97,04% (TrH 842, ĐH 419, TH 18 - 1,14%) / ĐGQ 39. Trực tuyến 1.012 hồ sơ, đạt 76,78%.",
      "",
      glossary,
    ].join("\n");
    expect(bound(text, "bcdc:hcc.tiepNhan")).toBe("1.318");
    expect(bound(text, "bcdc:hcc.daGiaiQuyet")).toBe("1.279");
    expect(bound(text, "bcdc:hcc.dungHan")).toBe("419");
    expect(bound(text, "bcdc:trinhDo.daiHoc")).toBe("34");
    expect(bound(text, "bcdc:llct.caoCap")).toBe("05");
  });

  it("a count before «/ GQ 1.279» is no document's number; «12/KH-UBND» and «số 2051/BC-VP» still are", () => {
    const at = (text: string, n: string) => isIdentifier(text, text.indexOf(n), text.indexOf(n) + n.length);
    expect(at("TN 1.318 / GQ 1.279", "1.318")).toBe(false);
    expect(at("Kế hoạch 12/KH-UBND ngày 02/01", "12")).toBe(true);
    expect(at("Báo cáo 2051/BC-VP", "2051")).toBe(true);
  });
});

describe("the public-service units as the unseen reports list them", () => {
  const names = "Trung tâm Lưu trữ lịch sử; Trung tâm Dịch vụ việc làm; Trung tâm Công tác xã hội";
  const list = { "suNghiep.danhSach": "Trung tâm Lưu trữ lịch sử\nTrung tâm Dịch vụ việc làm\nTrung tâm Công tác xã hội", "suNghiep.so": "03" };

  it("reads «gồm 03 (ba) đơn vị, là: …» (560) and «… sự nghiệp công lập: …» (571)", () => {
    expect(found(`Các đơn vị sự nghiệp trực thuộc gồm 03 (ba) đơn vị, là: ${names}.`)).toEqual(list);
    expect(found(`Văn phòng có 03 đơn vị sự nghiệp công lập: ${names}.`)).toEqual(list);
  });

  it("reads a line opened by «Và» that goes on with the list above it (571)", () => {
    const text = `Văn phòng có 02 tổ chức trực thuộc, gồm:\na) Phòng Tổng hợp;\nb) Phòng Kinh tế.\nVà 03 đơn vị sự nghiệp công lập:\na) Trung tâm Lưu trữ lịch sử;\nb) Trung tâm Dịch vụ việc làm;\nc) Trung tâm Công tác xã hội.\n`;
    expect(found(text)).toEqual({ "toChuc.danhSach": "Phòng Tổng hợp\nPhòng Kinh tế", "toChuc.so": "02", ...list });
  });

  it("near-miss: «Và» after a blank line opens no list of what the office has; a count the names disagree with takes neither", () => {
    const text = `Văn phòng có 02 tổ chức trực thuộc, gồm: Phòng Tổng hợp; Phòng Kinh tế.\n\nVà 03 đơn vị sự nghiệp công lập được kiểm tra: ${names}.\n`;
    expect(found(text)["suNghiep.danhSach"]).toBeUndefined();
    expect(found(`Các đơn vị sự nghiệp trực thuộc gồm 04 (bốn) đơn vị, là: ${names}.`)).toEqual({});
  });
});

describe("a district's own figures beside the communes it names (563)", () => {
  const head = "UBND HUYỆN THẠCH THÀNH\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý IV năm 2024\n\nIII. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN\n";

  it("«… đến công tác tại UBND các xã; tiếp nhận 01 viên chức …»: the clauses after the «;» are the district's", () => {
    const text = `${head}1. Công tác cán bộ\nTrong quý, UBND huyện điều động 02 công chức đến công tác tại UBND các xã; tiếp nhận 01 viên chức vào làm công chức tại Phòng Giáo dục và Đào tạo; nâng bậc lương trước thời hạn cho 04 công chức.\n`;
    expect(bound(text, "bcdc:tiepNhan.congChuc")).toBe("01");
    expect(bound(text, "bcdc:cheDo.nangLuongTruocHan")).toBe("04");
  });

  it("«Chủ tịch UBND huyện đối thoại với Nhân dân xã Thành Vinh …, nhận được 16 ý kiến» is the district chairman's", () => {
    const text = `${head}4. Đối thoại\nNgày 24/10/2024, Chủ tịch UBND huyện đối thoại trực tiếp với Nhân dân xã Thành Vinh về giải phóng mặt bằng, nhận được 16 ý kiến.\n`;
    expect(bound(text, "bcdc:doiThoai.soYKien")).toBe("16");
  });

  it("near-miss: the communes acting after the «;» keep their level; a dialogue the commune's chairman held is theirs", () => {
    const communes = `${head}1. Công tác cán bộ\nTrong quý, UBND các xã tiếp nhận 05 công chức; nâng bậc lương trước thời hạn cho 04 công chức.\n`;
    expect(bound(communes, "bcdc:cheDo.nangLuongTruocHan")).toBeNull();
    const theirs = `${head}4. Đối thoại\nChủ tịch UBND xã Thành Vinh đối thoại với Nhân dân, nhận được 16 ý kiến.\n`;
    expect(bound(theirs, "bcdc:doiThoai.soYKien")).toBeNull();
  });
});

describe("a central body's provincial branch (564)", () => {
  it("has «08 phòng nghiệp vụ: …» as its divisions", () => {
    expect(found("Cơ cấu tổ chức gồm 03 phòng nghiệp vụ: Văn phòng; Phòng Kiểm tra; Phòng Chế độ bảo hiểm xã hội.")).toEqual({
      "toChuc.danhSach": "Văn phòng\nPhòng Kiểm tra\nPhòng Chế độ bảo hiểm xã hội",
      "toChuc.so": "03",
    });
    // Near-miss: the rooms inspected are no list of what it has.
    expect(found("Đã kiểm tra 03 phòng nghiệp vụ: Văn phòng; Phòng Kiểm tra; Phòng Chế độ bảo hiểm xã hội.")).toEqual({});
  });

  it("moves staff out «đến công tác tại BHXH Việt Nam», «về làm việc tại Trung tâm …» (570)", () => {
    const sentence = "điều động 03 viên chức đến công tác tại BHXH Việt Nam và BHXH thành phố Hải Phòng";
    const at = sentence.indexOf("03");
    expect(directionWords(sentence, 0, at, at + 2).join(" ")).toBe("điều động đi");
    const centre = "Sở điều động 02 công chức của cơ quan Sở về làm việc tại Trung tâm Kiểm soát bệnh tật tỉnh";
    expect(directionWords(centre, 0, centre.indexOf("02"), centre.indexOf("02") + 2).join(" ")).toBe("điều động đi");
    const back = "điều động đến 02 công chức từ BHXH Việt Nam";
    expect(directionWords(back, 0, back.indexOf("02"), back.indexOf("02") + 2).join(" ")).toBe("điều động đến");
  });
});

describe("a staff line labelled with its year (573)", () => {
  const head = "UBND XÃ CON CUÔNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\n";
  const staff = (line: string) => {
    const text = `${head}${line}\n`;
    return [bound(text, "bcdc:bienChe.congChucGiao"), bound(text, "bcdc:bienChe.congChucThucHien")];
  };

  it("«CBCC năm 2026: giao 41, có 39», «1. Biên chế công chức năm 2026: giao 41, có mặt 39»: the label names the group", () => {
    expect(staff("1. Tổ chức, biên chế: 04 cơ quan chuyên môn (Văn phòng; Phòng Kinh tế). Cán bộ, công chức năm 2026: giao 41, có 39; hợp đồng lao động 03.")).toEqual(["41", "39"]);
    expect(staff("1. Biên chế công chức năm 2026: giao 41, có mặt 39; hợp đồng lao động 03.")).toEqual(["41", "39"]);
  });

  it("near-miss: a label that names no staff group («Hội nghị năm 2026: giao 12, có 10 đại biểu») gives no staff figure", () => {
    expect(staff("- Hội nghị năm 2026: giao 12, có 10 đại biểu.")).toEqual([null, null]);
  });
});

describe("what «ngoài ra» adds after a count of the same thing (570, 224)", () => {
  const head = "UBND TỈNH GIA LAI\nSỞ Y TẾ\n\nBÁO CÁO\nKết quả thực hiện dân chủ ở cơ sở quý II năm 2026\n\nII. KẾT QUẢ\n2. Họp giao ban, công khai\n";

  it("is something besides it: the first count is the figure", () => {
    const text = `${head}Lãnh đạo Sở duy trì giao ban với trưởng các phòng vào sáng thứ Hai hằng tuần; trong quý II tổ chức 13 cuộc giao ban. Ngoài ra, Sở tổ chức 03 cuộc giao ban trực tuyến với giám đốc các bệnh viện.\n`;
    expect(bound(text, "bcdc:giaoBan.soCuoc")).toBe("13");
  });

  it("near-miss: without «ngoài ra» the two still compete, and the clerk chooses", () => {
    const text = `${head}Lãnh đạo Sở duy trì giao ban với trưởng các phòng vào sáng thứ Hai hằng tuần; trong quý II tổ chức 13 cuộc giao ban. Sở tổ chức 03 cuộc giao ban trực tuyến với giám đốc các bệnh viện.\n`;
    expect(bound(text, "bcdc:giaoBan.soCuoc")).toBeNull();
  });
});
