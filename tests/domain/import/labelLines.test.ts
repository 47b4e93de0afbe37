/**
 * Figures written as label lines («- Nhãn: số», «Nhãn ........ số», «+ Nhãn: x lượt/y người») under short headings,
 * read by their label and what it stands under (meaning/labelLines.ts, labelReading.ts, labelLevels.ts,
 * parallelHeadings.ts). The documents here are written for these tests in other clerks' words than the corpus
 * documents that showed the need (heldout/25, 34, second-form/39), for both forms, with traps: a plan line, an earlier
 * period's line, another unit's line, and one label under two headings that do not say whose.
 */
import { scanHeadings } from "../../../src/domain/import/headings";
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { labelItems } from "../../../src/domain/import/meaning/labelLines";
import { findNumbers } from "../../../src/domain/import/numbers";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import type { Recognition } from "../../../src/domain/import/types";
import { builtInDefinition, REPORT } from "../../support/forms";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

/** Each number's label and levels, by the number as written. */
function items(text: string): Map<string, { label: string; levels: string[] }> {
  const candidates = findCandidates(text, findNumbers(text), scanHeadings(text), false);
  const out = new Map<string, { label: string; levels: string[] }>();
  for (const [c, item] of labelItems(text, candidates)) out.set(c.token.text, { label: item.label, levels: item.levels });
  return out;
}

function state(result: Map<string, Recognition>, id: string): string {
  const r = result.get(id);
  if (r?.state === "bound") return r.occurrences.map((o) => o.text).join("|");
  return r?.state === "ambiguous" ? "unclear" : "none";
}

/** Every figure bound, with its value, to compare whole. */
function boundAll(result: Map<string, Recognition>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, r] of result) if (r.state === "bound") out[id] = r.occurrences.map((o) => o.text).join("|");
  return out;
}

describe("what a label line says", () => {
  it("the words before a colon, a dot leader or a spaced colon name the number after it", () => {
    const found = items("- Số đơn khiếu nại ........ 15\nTổng số hồ sơ tiếp nhận : 1.234\n• Đơn thuộc thẩm quyền: 07 đơn\n");
    expect(found.get("15")?.label).toBe("Số đơn khiếu nại");
    expect(found.get("1.234")?.label).toBe("Tổng số hồ sơ tiếp nhận");
    expect(found.get("07")?.label).toBe("Đơn thuộc thẩm quyền");
  });

  it("a pair «x lượt/y người» gives each count the part of the label for its unit", () => {
    const found = items("+ Lượt tiếp/số người được tiếp: 12 lượt/15 người\n");
    expect(found.get("12")?.label).toBe("Lượt tiếp");
    expect(found.get("15")?.label).toBe("số người được tiếp");
  });

  it("an earlier label on the line is a level, unless the later label names itself in full", () => {
    const found = items("- Trình độ chuyên môn: Tiến sĩ: 02; Thạc sĩ: 31\n- Biên chế được giao: 60; hiện có: 57\n- Khen thưởng đột xuất: 04 cá nhân; khen thưởng chuyên đề: 09 cá nhân\n");
    expect(found.get("02")).toEqual({ label: "Tiến sĩ", levels: ["Trình độ chuyên môn"] });
    expect(found.get("31")).toEqual({ label: "Thạc sĩ", levels: ["Trình độ chuyên môn"] });
    expect(found.get("57")).toEqual({ label: "hiện có", levels: ["Biên chế được giao"] });
    expect(found.get("09")).toEqual({ label: "khen thưởng chuyên đề", levels: [] });
  });

  it("a «+» item hangs from the «-» line above it, which hangs from the line that opens the list", () => {
    const found = items("KẾT QUẢ MỘT CỬA\n- Hồ sơ đã xử lý xong: 230 hồ sơ, gồm:\n  + Sớm hạn: 41 hồ sơ\n  + Đúng hạn: 189 hồ sơ\n");
    expect(found.get("41")?.levels).toEqual(["Hồ sơ đã xử lý xong", "KẾT QUẢ MỘT CỬA"]);
    expect(found.get("230")?.levels).toEqual(["KẾT QUẢ MỘT CỬA"]);
  });

  it("is no label: a colon inside a bracket, a sentence with a figure before the colon, a table row", () => {
    const found = items(
      "Trong quý họp 11 cuộc (bao gồm: 08 cuộc giao ban tuần; 03 cuộc giao ban tháng).\nQuý này tổ chức 6 đợt kiểm tra: 04 phòng\nNội dung\tSố lượng\tGhi chú\nTiếp nhận công chức\t02\tTừ Sở Nội vụ\n",
    );
    expect(found.has("08")).toBe(false);
    expect(found.has("04")).toBe(false);
    expect(found.has("02")).toBe(false);
  });
});

describe("the monthly form written body by body with «+» lines", () => {
  const text = [
    "UBND TỈNH BÌNH THUẬN",
    "BAN TIẾP CÔNG DÂN TỈNH",
    "BÁO CÁO",
    "Công tác tiếp công dân tháng 3 năm 2026",
    "",
    "I. LÃNH ĐẠO UBND TỈNH TIẾP CÔNG DÂN",
    "+ Số lượt tiếp: 02 lượt",
    "+ Số người: 07 người",
    "",
    "II. THỦ TRƯỞNG CÁC SỞ, BAN, NGÀNH",
    "+ Số lượt tiếp: 14 lượt",
    "+ Số người: 19 người",
    "",
    "III. LÃNH ĐẠO UBND CÁC HUYỆN, THÀNH PHỐ",
    "+ Số lượt tiếp: 38 lượt",
    "+ Số người: 45 người",
    "+ Chỉ tiêu kế hoạch năm: 100%",
    "",
    "IV. LĨNH VỰC",
    "+ Đất đai .......... 41 lượt",
    "+ Lĩnh vực khác .......... 13 lượt",
    "",
    "V. SO SÁNH VỚI THÁNG TRƯỚC",
    "+ Tháng trước: 49 lượt",
  ].join("\n");
  const result = recognizeFigures(text, MONTHLY);

  it("the same label under each heading is that body's count, and the total is none of them", () => {
    expect(boundAll(result)).toEqual({
      "tcd:tinh.luot": "02",
      "tcd:tinh.nguoi": "07",
      "tcd:so.luot": "14",
      "tcd:so.nguoi": "19",
      "tcd:huyen.luot": "38",
      "tcd:noiDung.datDaiLuot": "41",
      "tcd:noiDung.khacLuot": "13",
      "tcd:soSanh.luotThangTruoc": "49",
    });
    expect(state(result, "tcd:tong.luot")).not.toMatch(/^\d/);
  });

  it("a plan's percentage is no figure", () => {
    for (const id of ["tcd:noiDung.datDaiTyLe", "tcd:noiDung.khacTyLe"]) expect(state(result, id)).toBe("none");
  });
});

describe("the quarterly form with «•» lines and dot leaders under two offices", () => {
  const text = [
    "VĂN PHÒNG UBND TỈNH SƠN LA",
    "BÁO CÁO",
    "Kết quả công tác dân chủ quý I năm 2026",
    "",
    "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
    "2. Cải cách hành chính",
    "a) Bộ phận một cửa của Văn phòng",
    "• Tổng số hồ sơ nhận: 126",
    "• Đã giải quyết xong ........ 118",
    "• Còn đang giải quyết: 08",
    "• Chỉ tiêu kế hoạch: 100%",
    "b) Trung tâm Phục vụ hành chính công tỉnh",
    "• Tổng số hồ sơ nhận: 9.780",
    "• Đã giải quyết xong ........ 9.125",
    "• Còn đang giải quyết: 655",
    "• Số hồ sơ tiếp nhận quý trước: 9.102",
    "• Trung tâm PVHCC huyện Mường La: 412 hồ sơ",
  ].join("\n");
  const result = recognizeFigures(text, REPORT);

  it("the heading says whose: the office's counts and the centre's, none from the traps", () => {
    expect(boundAll(result)).toEqual({
      "bcdc:motCuaVp.tiepNhan": "126",
      "bcdc:motCuaVp.daGiaiQuyet": "118",
      "bcdc:motCuaVp.dangGiaiQuyet": "08",
      "bcdc:hcc.tiepNhan": "9.780",
      "bcdc:hcc.daGiaiQuyet": "9.125",
      "bcdc:hcc.dangGiaiQuyet": "655",
    });
  });

  it("the earlier quarter's count, another unit's and the plan are no candidates left to bind", () => {
    const values = [...result.values()].flatMap((r) => (r.state === "bound" ? r.occurrences.map((o) => o.text) : []));
    for (const trap of ["9.102", "412", "100%"]) expect(values).not.toContain(trap);
  });
});

describe("one label under two headings that do not say whose", () => {
  it("is left for the clerk, never bound to one of them", () => {
    const text = [
      "BÁO CÁO",
      "Kết quả công tác dân chủ quý I năm 2026",
      "III. THỰC HIỆN DÂN CHỦ TRONG HOẠT ĐỘNG CỦA CƠ QUAN",
      "2. Cải cách hành chính",
      "Bộ phận một cửa của Văn phòng:",
      "a) Đợt 1",
      "- Số hồ sơ tiếp nhận: 40 hồ sơ",
      "- Số hồ sơ đã giải quyết: 38 hồ sơ",
      "b) Đợt 2",
      "- Số hồ sơ tiếp nhận: 55 hồ sơ",
      "- Số hồ sơ đã giải quyết: 51 hồ sơ",
    ].join("\n");
    const result = recognizeFigures(text, REPORT);
    expect(boundAll(result)).toEqual({});
    expect(state(result, "bcdc:motCuaVp.tiepNhan")).toBe("unclear");
  });
});
