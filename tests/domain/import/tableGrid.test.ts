/**
 * Tables as offices make them: two-row headers (a group spanning columns over its sub-headers), a «Tổng cộng» row
 * whose column the unit rows add up to, tab-separated tables typed in plain text, bare numbers under «(%)»; and the
 * side where nothing may bind: a column or row of another period («Cùng kỳ», «Quý trước», «Lũy kế»).
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { otherPeriodCell, tableCell } from "../../../src/domain/import/meaning/tableGrid";
import { findNumbers } from "../../../src/domain/import/numbers";
import { headerUnit, rowLabelWords } from "../../../src/domain/import/meaning/tableWords";
import { REPORT } from "../../support/forms";

const at = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  if (start === -1) throw new Error(`not in the text: ${needle}`);
  return { start, end: start + needle.length };
};

/** A Word table as src/domain/import/docx/docxText.ts writes it: a spanning cell is followed by an empty cell per extra column. */
const MOT_CUA = [
  "2. Cải cách hành chính",
  "a) Bộ phận một cửa của Văn phòng",
  "Kỳ\tTiếp nhận\tĐã giải quyết\t\t\tĐang giải quyết",
  "\t\tTổng số\tSớm hạn\tĐúng hạn\t",
  "Tháng 4\t24\t23\t03\t20\t01",
  "Tháng 5\t31\t30\t04\t26\t01",
  "Tháng 6\t27\t24\t02\t22\t03",
  "Tổng cộng\t82\t77\t09\t68\t05",
  "Tỷ lệ (%)\t100\t93,90\t11,69\t88,31\t6,10",
].join("\n");

const value = (text: string, id: string) => {
  const r = recognizeFigures(text, REPORT).get(id);
  return r?.state === "bound" ? r.occurrences.map((o) => o.text) : r?.state;
};

describe("a table's header rows", () => {
  it("gives a cell under a group its group and its sub-header, and a column merged down its one header", () => {
    expect(tableCell(MOT_CUA, at(MOT_CUA, "09"))).toMatchObject({ header: "Sớm hạn", group: "Đã giải quyết", label: "Tổng cộng" });
    expect(tableCell(MOT_CUA, at(MOT_CUA, "05"))).toMatchObject({ header: "Đang giải quyết", group: "" });
    expect(tableCell(MOT_CUA, at(MOT_CUA, "24\t23"))).toMatchObject({ header: "Tiếp nhận", labelHeader: "Kỳ", label: "Tháng 4" });
  });

  it("does not take the label column's header as a group («Đơn vị» merged down over the row labels)", () => {
    const text = "Đơn vị\tBiên chế công chức\t\tHợp đồng\n\tĐược giao\tCó mặt\t\nKhối A\t12\t11\t02";
    expect(tableCell(text, at(text, "12"))).toMatchObject({ header: "Được giao", group: "Biên chế công chức" });
    expect(tableCell(text, at(text, "02"))).toMatchObject({ header: "Hợp đồng", group: "" });
    expect(tableCell(text, at(text, "Khối A"))?.labelHeader).toBe("");
  });

  it("lines up a group row read with one cell per group (the pane's reading of a merged Word cell, or one typed tab)", () => {
    // One group in the middle, cells merged down at both ends: the group spans what is left.
    const one = "Kỳ\tTiếp nhận\tĐã giải quyết\tĐang giải quyết\n\t\tTổng số\tSớm hạn\tĐúng hạn\t\nCộng\t82\t77\t09\t68\t05";
    expect(tableCell(one, at(one, "68"))).toMatchObject({ header: "Đúng hạn", group: "Đã giải quyết" });
    expect(tableCell(one, at(one, "05"))).toMatchObject({ header: "Đang giải quyết", group: "" });
    // Two groups with the same sub-headers share the middle equally.
    const two = "Đơn vị\tCông chức\tSự nghiệp\tHợp đồng\n\tĐược giao\tCó mặt\tĐược giao\tCó mặt\t\nCộng\t55\t50\t14\t13\t09";
    expect(tableCell(two, at(two, "13"))).toMatchObject({ header: "Có mặt", group: "Sự nghiệp" });
    expect(tableCell(two, at(two, "09"))).toMatchObject({ header: "Hợp đồng", group: "" });
  });

  it("does not guess the spans of groups with different sub-headers: the group row is left out", () => {
    const text = "Chuyên môn\tLý luận chính trị\nTiến sĩ\tThạc sĩ\tĐại học\tCử nhân\tCao cấp\tTrung cấp\n01\t22\t45\t01\t19\t27";
    expect(tableCell(text, at(text, "19"))).toMatchObject({ header: "Cao cấp", group: "" });
    expect(tableCell(text, at(text, "22"))).toMatchObject({ header: "Thạc sĩ", group: "" });
  });

  it("reads a table with no header row (figures from the first line) without inventing one", () => {
    const text = "Tiếp nhận\t82\nĐã giải quyết\t77";
    expect(tableCell(text, at(text, "82"))).toMatchObject({ header: "", group: "", label: "Tiếp nhận" });
  });
});

describe("total rows", () => {
  it("marks the total and its parts when the column adds up, and says whether it did", () => {
    expect(tableCell(MOT_CUA, at(MOT_CUA, "82"))).toMatchObject({ role: "total", checked: true });
    expect(tableCell(MOT_CUA, at(MOT_CUA, "31"))).toMatchObject({ role: "part", checked: true });
    // The percentage row after the total is neither.
    expect(tableCell(MOT_CUA, at(MOT_CUA, "93,90"))?.role).toBeNull();
    const slip = "Cơ quan\tTrễ hạn\nSở A\t41\nSở B\t6\nTổng cộng\t59";
    expect(tableCell(slip, at(slip, "41"))).toMatchObject({ role: "part", checked: false });
  });

  it("reads a total written first («Tổng số», then its rows) the same way", () => {
    const text = "Nội dung\tSố hồ sơ\nTổng số\t50\nSở A\t20\nSở B\t30";
    expect(tableCell(text, at(text, "50"))).toMatchObject({ role: "total", checked: true });
    expect(tableCell(text, at(text, "20"))).toMatchObject({ role: "part" });
  });

  it("binds the office's figures from the total row, and the rates from the «Tỷ lệ (%)» row", () => {
    expect(value(MOT_CUA, "bcdc:motCuaVp.tiepNhan")).toEqual(["82"]);
    expect(value(MOT_CUA, "bcdc:motCuaVp.traSom")).toEqual(["09"]);
    expect(value(MOT_CUA, "bcdc:motCuaVp.dungHan")).toEqual(["68"]);
    expect(value(MOT_CUA, "bcdc:motCuaVp.tyLeTraSom")).toEqual(["11,69"]);
    // The last cell of a row above «Tỷ lệ (%)» is not «05 tỷ» (a rounded amount).
    expect(value(MOT_CUA, "bcdc:motCuaVp.dangGiaiQuyet")).toEqual(["05"]);
  });

  it("binds nothing from a table of agencies with no total row: every row is as good, the clerk chooses", () => {
    const text = "c) Trung tâm Phục vụ hành chính công tỉnh\nCơ quan\tTiếp nhận\tĐã giải quyết\nSở Xây dựng\t486\t455\nSở Tư pháp\t3.912\t3.860";
    expect(value(text, "bcdc:hcc.tiepNhan")).toBe("ambiguous");
    expect(value(text, "bcdc:hcc.daGiaiQuyet")).toBe("ambiguous");
  });

  it("keeps a row that names the figure itself a candidate for it («Thạc sĩ» above «Cộng»)", () => {
    const text = "Trình độ chuyên môn của công chức:\nTrình độ\tSố người\nTiến sĩ\t01\nThạc sĩ\t12\nĐại học\t47\nCộng\t60";
    expect(tableCell(text, at(text, "12"))).toMatchObject({ role: "part", checked: true });
    expect(value(text, "bcdc:trinhDo.thacSi")).toEqual(["12"]);
    expect(value(text, "bcdc:trinhDo.daiHoc")).toEqual(["47"]);
  });
});

describe("a total row that names what it sums", () => {
  it("reads «Cộng Phó Trưởng phòng được bổ nhiệm» as «tổng số Phó Trưởng phòng được bổ nhiệm»", () => {
    const text = [
      "1. Công tác cán bộ trong quý",
      "Nội dung\tSố lượng",
      "Bổ nhiệm Trưởng phòng\t0",
      "Bổ nhiệm Phó Trưởng phòng Tổng hợp - Kinh tế\t01",
      "Bổ nhiệm Phó Trưởng phòng Khoa giáo - Văn xã\t01",
      "Cộng Phó Trưởng phòng được bổ nhiệm\t02",
    ].join("\n");
    expect(rowLabelWords("Cộng Phó Trưởng phòng được bổ nhiệm")).toBe("tổng số Phó Trưởng phòng được bổ nhiệm");
    expect(rowLabelWords("Cộng")).toBe("Cộng");
    expect(rowLabelWords("Cộng tác viên")).toBe("Cộng tác viên");
    expect(rowLabelWords("Cộng đồng dân cư")).toBe("Cộng đồng dân cư");
    expect(value(text, "bcdc:boNhiem.phoPhong")).toEqual(["02"]);
  });
});

describe("a column headed by what it counts", () => {
  it("takes «Cá nhân», «Số hồ sơ», «Số người» as the unit of its cells, not a header that says more", () => {
    expect(["Cá nhân", "Tập thể", "Số hồ sơ", "Số người", "Số lượng", "Đã giải quyết"].map(headerUnit)).toEqual([
      "cá nhân",
      "tập thể",
      "hồ sơ",
      "người",
      null,
      null,
    ]);
  });

  it("binds the «Cá nhân» cell, not the «Tập thể» one beside it, to a count of persons", () => {
    const text = [
      "2. Thi đua, khen thưởng",
      "Hình thức\tTập thể\tCá nhân",
      "Bằng khen của Thủ tướng Chính phủ (đề nghị)\t0\t02",
      "Giấy khen của Giám đốc Công an tỉnh\t01\t03",
    ].join("\n");
    expect(value(text, "bcdc:khenThuong.bangKhenTTg")).toEqual(["02"]);
  });
});

describe("tab-separated tables typed in plain text", () => {
  const TAB = [
    "6. Giải quyết hồ sơ tại Bộ phận một cửa của Văn phòng:",
    "Chỉ tiêu\tSố hồ sơ\tTỷ lệ (%)",
    "Tiếp nhận\t1.732\t",
    "Đã giải quyết\t1.690\t97,58",
    "Đang giải quyết\t42\t2,42",
  ].join("\n");

  it("reads a bare number under «Tỷ lệ (%)» as a percentage of its row", () => {
    expect(tableCell(TAB, at(TAB, "97,58"))).toMatchObject({ header: "Tỷ lệ (%)", label: "Đã giải quyết" });
    expect(value(TAB, "bcdc:motCuaVp.tiepNhan")).toEqual(["1.732"]);
    expect(value(TAB, "bcdc:motCuaVp.dangGiaiQuyet")).toEqual(["42"]);
    expect(value(TAB, "bcdc:motCuaVp.tyLeDangGiaiQuyet")).toEqual(["2,42"]);
  });
});

describe("another period's column or row is never this period's figure", () => {
  it.each([
    ["Cùng kỳ năm trước", "Kỳ\tTiếp nhận\tĐã giải quyết\nCùng kỳ năm trước\t75\t70"],
    ["Quý trước", "Bộ phận một cửa của Văn phòng\nChỉ tiêu\tQuý trước\nTiếp nhận\t75\nĐã giải quyết\t70"],
    ["Lũy kế", "Bộ phận một cửa của Văn phòng\nChỉ tiêu\tLũy kế từ đầu năm\nTiếp nhận\t75\nĐã giải quyết\t70"],
    ["Tăng (+) Giảm (-)", "Bộ phận một cửa của Văn phòng\nChỉ tiêu\tTăng (+) Giảm (-)\nTiếp nhận\t75\nĐã giải quyết\t70"],
  ])("«%s»: the cell is marked and nothing binds from it", (_, text) => {
    expect(otherPeriodCell(text, at(text, "75"))).toBe(true);
    expect(value(text, "bcdc:motCuaVp.tiepNhan")).not.toEqual(["75"]);
    expect(value(text, "bcdc:motCuaVp.daGiaiQuyet")).not.toEqual(["70"]);
  });

  it("binds this period's column beside a «Cùng kỳ» column, and leaves the other", () => {
    const text = [
      "a) Bộ phận một cửa của Văn phòng",
      "Chỉ tiêu\tQuý này\tCùng kỳ năm trước",
      "Hồ sơ tiếp nhận\t82\t75",
      "Hồ sơ đã giải quyết\t77\t70",
    ].join("\n");
    expect(otherPeriodCell(text, at(text, "82"))).toBe(false);
    expect(value(text, "bcdc:motCuaVp.tiepNhan")).toEqual(["82"]);
    // 77 fits this office's one-stop and the provincial centre alike (a short section heading): the clerk chooses.
    expect(value(text, "bcdc:motCuaVp.daGiaiQuyet")).not.toEqual(["70"]);
  });
});

describe("a figures' row written without its empty last cells", () => {
  it("keeps the header over each column, the short row and the full rows alike", () => {
    const text = "x\nSTT\tNội dung\tSố hồ sơ\tTỷ lệ (%)\n1\tTiếp nhận\t132\n2\tĐã giải quyết\t127\t96,21\n";
    const rate = findNumbers(text).find((t) => t.text === "96,21")!;
    const count = findNumbers(text).find((t) => t.text === "132")!;
    expect(tableCell(text, rate)?.header).toBe("Tỷ lệ (%)");
    expect(tableCell(text, count)?.header).toBe("Số hồ sơ");
  });

  it("still leaves out a header row that is wider than every figures' row", () => {
    const text = "x\nNội dung\tSố hồ sơ\tTỷ lệ (%)\tGhi chú\nTiếp nhận\t132\nĐã giải quyết\t127\n";
    const count = findNumbers(text).find((t) => t.text === "127")!;
    expect(tableCell(text, count)?.header).toBe("");
  });
});

describe("a share row that names its base", () => {
  // Another centre's table in its own words: the late share is said «trên số đã giải quyết», the resolved share plain.
  const text = [
    "2. Trung tâm Phục vụ hành chính công tỉnh (số liệu từ 15/6/2026 đến 14/9/2026):",
    "TT\tNội dung\tQuý III/2026\tQuý II/2026",
    "1\tHồ sơ tiếp nhận\t8.400\t8.120",
    "2\tĐã giải quyết\t8.000\t7.700",
    "\tTỷ lệ (%)\t95,24\t94,83",
    "3\tTrễ hạn\t40\t52",
    "\tTỷ lệ trên tổng số hồ sơ đã giải quyết (%)\t0,50\t0,68",
  ].join("\n");
  const r = recognizeFigures(text, REPORT);
  const bound = (id: string) => {
    const got = r.get(id);
    return got?.state === "bound" ? got.occurrences.map((o) => o.text) : [];
  };

  it("reads the base after «trên (tổng) số» as no words of the row's own, but keeps a comparison «so với số …»", () => {
    expect(rowLabelWords("Tỷ lệ trên số đã giải quyết (%)")).toBe("Tỷ lệ (%)");
    expect(rowLabelWords("Tỷ lệ trên tổng số hồ sơ đã giải quyết (%)")).toBe("Tỷ lệ (%)");
    expect(rowLabelWords("Tỉ lệ trên số đã giải quyết (%)")).toBe("Tỉ lệ (%)");
    expect(rowLabelWords("Tỷ lệ so với số tháng trước (%)")).toBe("Tỷ lệ so với số tháng trước (%)");
    expect(rowLabelWords("Tỷ lệ giải quyết đúng hạn (%)")).toBe("Tỷ lệ giải quyết đúng hạn (%)");
  });

  it("binds the late share, and never gives it to the resolved one", () => {
    // Before: the late share was left unclear with only the resolved share's 95,24 to choose.
    expect(bound("bcdc:hcc.tyLeTreHan")).toEqual(["0,50"]);
    expect(bound("bcdc:hcc.tyLeDaGiaiQuyet")).toEqual([]);
  });
});
