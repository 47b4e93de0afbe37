/**
 * Tables whose rows are numbered items («STT | Nội dung | ĐVT | Số lượng | Ghi chú») or whose columns are periods
 * («Quý này | Quý trước»), and lines that put the figure first («- 02 cao cấp lý luận chính trị; 19 trung cấp»), as
 * clerks write them in appendices and short reports (wt-tables44). Each rule with the near text where it must not
 * read so. Texts made up here.
 */
import { deskAtCentre } from "../../../src/domain/import/meaning/deskAtCentre";
import { figureComma } from "../../../src/domain/import/meaning/joinedUnits";
import { figureFirstLead, findCandidates } from "../../../src/domain/import/meaning/candidates";
import { findNumbers } from "../../../src/domain/import/numbers";
import { tableCell } from "../../../src/domain/import/meaning/tableGrid";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { listsFound } from "../../support/unitLists";
import { boundValue, byLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

const CENTRE = ["phục vụ hành chính công", "pvhcc", "hành chính công"];
const tokenAt = (text: string, figure: string, from = 0) => {
  const start = text.indexOf(figure, from);
  if (start < 0) throw new Error(figure);
  return { start, end: start + figure.length };
};

describe("a department's counter with the centre and its span in one bracket", () => {
  it("reads «quầy của Sở (Trung tâm PVHCC tỉnh, từ … đến …)» as the desk: a period says when, not whose", () => {
    expect(deskAtCentre("hồ sơ tiếp nhận tại bộ phận tiếp nhận và trả kết quả của sở (trung tâm pvhcc tỉnh, từ 15/9/2025 đến 14/12/2025)", "sở xây dựng", CENTRE)).toEqual([
      "bộ phận tiếp nhận và trả kết quả của sở (trung tâm pvhcc tỉnh, từ 15/9/2025 đến 14/12/2025)",
      "bộ phận tiếp nhận và trả kết quả của sở",
    ]);
    expect(deskAtCentre("quầy của sở (trung tâm phục vụ hành chính công tỉnh; số liệu đến ngày 14/12)", "sở xây dựng", CENTRE)).toHaveLength(2);
  });

  it("near-match: a bracket saying more than the place and its span is an aside", () => {
    expect(deskAtCentre("quầy của sở (trung tâm pvhcc tỉnh, tiếp nhận 3.000 hồ sơ)", "sở xây dựng", CENTRE)).toEqual([]);
    expect(deskAtCentre("quầy của sở (trung tâm pvhcc tỉnh, phòng quản lý xây dựng)", "sở xây dựng", CENTRE)).toEqual([]);
  });
});

describe("a «Đơn vị tính» column", () => {
  const TABLE = ["STT\tNội dung\tĐơn vị tính\tSố lượng\tGhi chú", "1\tHồ sơ tiếp nhận\tHồ sơ\t2.318\t", "\t- Đã giải quyết\tHồ sơ\t2.251\t"].join("\n");

  it("gives each row's cell its unit, as the unit written after the number would", () => {
    expect(tableCell(TABLE, tokenAt(TABLE, "2.251"))?.unitCell).toBe("Hồ sơ");
  });

  it("near-match: a column of offices («Đơn vị») is no unit", () => {
    const offices = ["STT\tNội dung\tĐơn vị\tSố lượng", "1\tHồ sơ tiếp nhận\tPhòng Một\t2.318"].join("\n");
    expect(tableCell(offices, tokenAt(offices, "2.318"))?.unitCell).toBeUndefined();
  });

  it("a number's candidate counts the row's unit, «Hồ sơ»; a row of people («Người») says nothing of what is counted", () => {
    const text = `${TABLE}\n2\tCông chức hiện có\tNgười\t88\t\n`;
    const candidates = findCandidates(text, findNumbers(text), [], false);
    const of = (figure: string) => candidates.find((c) => c.token.start === text.indexOf(figure))!;
    expect(of("2.251").unit).toBe("hồ sơ");
    expect(of("2.251").near.get("hồ sơ")).toBe(1);
    expect(of("88").unit).not.toBe("người");
    expect(of("88").near.has("người")).toBe(false);
  });
});

describe("an office's divisions «và tương đương» in a «biểu» row", () => {
  it("reads «Phòng chuyên môn và tương đương | Phòng | 03 | A; B; C» as the «trực thuộc» list with its count", () => {
    const found = listsFound("9\tPhòng chuyên môn và tương đương\tPhòng\t03\tVăn phòng Sở; Thanh tra Sở; Phòng Quản lý xây dựng\n");
    expect(found["toChuc.so"]).toBe("03");
    expect(found["toChuc.danhSach"]?.split(" | ")[0]).toBe("Văn phòng Sở\nThanh tra Sở\nPhòng Quản lý xây dựng");
  });

  it("near-match: a count that disagrees with its names reads neither", () => {
    expect(listsFound("9\tPhòng chuyên môn và tương đương\tPhòng\t04\tVăn phòng Sở; Thanh tra Sở; Phòng Quản lý xây dựng\n")).toEqual({});
  });
});

describe("columns of periods", () => {
  const doc = (rows: string[]) =>
    ["UBND TỈNH LẠNG SƠN", "VĂN PHÒNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý I năm 2025", "", "Văn phòng báo cáo như sau:", "BIỂU SỐ LIỆU", "TT\tNội dung\tQuý này\tQuý trước", ...rows, ""].join("\n");
  const early = byLabel("Công chức được nâng lương trước thời hạn").id;

  it("«Nâng lương trước thời hạn | 02 | 0»: the figure's words never pick the «Quý trước» column", () => {
    const text = doc(["1\tCuộc họp giao ban\t12\t13", "2\tNâng lương trước thời hạn\t02\t0", "3\tBổ nhiệm Trưởng phòng\t01\t0"]);
    expect(boundValue(recognizeFigures(text, REPORT).get(early))).toBe("02");
  });

  it("near-match: last quarter's cell is still no figure of this quarter's", () => {
    const text = doc(["1\tCuộc họp giao ban\t12\t13", "2\tNâng lương trước thời hạn\t-\t04", "3\tBổ nhiệm Trưởng phòng\t01\t0"]);
    expect(boundValue(recognizeFigures(text, REPORT).get(early))).toBeNull();
  });
});

describe("a table of numbered items", () => {
  const doc = (rows: string[]) =>
    ["UBND TỈNH LẠNG SƠN", "VĂN PHÒNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý I năm 2025", "", "Văn phòng báo cáo như sau:", "BIỂU SỐ LIỆU", "TT\tNội dung\tQuý này\tQuý trước", ...rows, ""].join("\n");
  const value = (text: string, label: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel(label).id));
  const opinions = "Ý kiến đề nghị nhận được tại hội nghị đối thoại";

  it("a row's whole label names its cells: «Ý kiến tại đối thoại của Chánh Văn phòng với CCVC | 04»", () => {
    const text = doc(["1\tCuộc họp giao ban\t12\t13", "2\tÝ kiến tại đối thoại của Chánh Văn phòng với CCVC\t04\t-", "3\tĐơn thư, khiếu nại, tố cáo đối với CCVC Văn phòng\t0\t0"]);
    expect(value(text, opinions)).toBe("04");
  });

  it("near-match: a long label about other opinions is not the dialogue's", () => {
    const text = doc(["1\tCuộc họp giao ban\t12\t13", "2\tÝ kiến góp ý dự thảo văn bản của các sở, ngành gửi Văn phòng\t04\t-"]);
    expect(value(text, opinions)).toBeNull();
  });

  it("a row naming the office only as the object of another figure («… đối với CCVC Văn phòng») is not the desk's row", () => {
    const rows = ["1\tHồ sơ Một cửa Văn phòng tiếp nhận\t47\t52", "\t- Đã trả kết quả\t45\t50", "\t+ Trước hạn\t07\t11", "\t+ Đúng hạn\t38\t39", "\t- Đang xử lý\t02\t02", "2\tĐơn thư, khiếu nại, tố cáo đối với CCVC Văn phòng\t0\t0"];
    const text = doc(rows);
    expect([value(text, "Hồ sơ trả sớm hạn"), value(text, "Hồ sơ trả đúng hạn"), value(text, "Hồ sơ đang giải quyết")]).toEqual(["07", "38", "02"]);
  });

  it("near-match: the issuing office's own desk beside another body's is still picked by its name", () => {
    const desks = ["STT\tĐơn vị\tTiếp nhận\tĐang giải quyết", "1\tBộ phận Một cửa Văn phòng UBND tỉnh\t126\t08", "2\tBộ phận Một cửa Sở Tư pháp\t80\t05"];
    const text = ["UBND TỈNH LẠNG SƠN", "VĂN PHÒNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý I năm 2025", "", "Văn phòng báo cáo như sau:", ...desks, ""].join("\n");
    expect(value(text, "Hồ sơ tiếp nhận (một cửa Văn phòng)")).toBe("126");
  });
});

describe("a line of counts written first", () => {
  const line = "- 02 cao cấp lý luận chính trị; 19 trung cấp; 02 đang học trung cấp.";

  it("gives a later item the first item's words as its lead", () => {
    expect(figureFirstLead(line, 0, line.indexOf("19"))).toBe("cao cấp lý luận chính trị");
    expect(figureFirstLead(line, 0, line.lastIndexOf("02"))).toBe("cao cấp lý luận chính trị");
  });

  it("near-match: the first item itself, labels written first, and an item opening with words have none", () => {
    expect(figureFirstLead(line, 0, line.indexOf("02"))).toBe("");
    const labelled = "- Cao cấp lý luận chính trị 02; trung cấp 19.";
    expect(figureFirstLead(labelled, 0, labelled.indexOf("19"))).toBe("");
    const mixed = "- 02 cao cấp lý luận chính trị; Phòng Một có 19 người.";
    expect(figureFirstLead(mixed, 0, mixed.indexOf("19"))).toBe("");
  });

  it("in a report: «19 trung cấp» after «02 cao cấp lý luận chính trị;» is the political theory figure", () => {
    const text = ["UBND XÃ TAM ĐƯỜNG", "", "BÁO CÁO", "Kết quả thực hiện dân chủ ở cơ sở quý III năm 2026", "", "UBND xã báo cáo như sau:", "I. TÌNH HÌNH CHUNG", "- 03 thạc sĩ; 26 đại học.", line, ""].join("\n");
    expect(boundValue(recognizeFigures(text, REPORT).get(byLabel("Trung cấp lý luận chính trị - hành chính").id))).toBe("19");
  });
});

describe("kinds of staff named together with commas", () => {
  const after = (text: string, n: string) => {
    const end = text.indexOf(n) + n.length;
    return text.slice(end, figureComma(text, end, text.length));
  };

  it("«34 biên chế cán bộ, công chức giao năm 2026»: the comma parts no figures", () => {
    expect(after("- 34 biên chế cán bộ, công chức giao năm 2026; 31 có mặt.", "34")).toBe(" biên chế cán bộ, công chức giao năm 2026; 31 có mặt.");
  });

  it("near-match: a comma before another count, before other words, or before the same kind again", () => {
    expect(after("- 34 cán bộ, 20 công chức", "34")).toBe(" cán bộ");
    expect(after("- 34 cán bộ, phòng Một có 05", "34")).toBe(" cán bộ");
    expect(after("- 34 cán bộ, cán bộ không chuyên trách 05", "34")).toBe(" cán bộ");
  });
});

describe("kinds of staff that end the clause", () => {
  const after = (text: string, n: string) => {
    const end = text.indexOf(n) + n.length;
    return text.slice(end, figureComma(text, end, text.length));
  };

  it("near-match: «07 công chức, viên chức;» and a comma far from the count stop as before", () => {
    expect(after("- Nâng lương trước thời hạn: cấp huyện 07 công chức, viên chức; cấp xã 11 cán bộ, công chức.", "07")).toBe(" công chức");
    expect(after("số lượng 04 (bốn) công chức, viên chức. Nâng lương thường xuyên", "04")).toBe(" (bốn) công chức");
    expect(after("ngày 28 Chánh Văn phòng đối thoại với cán bộ, công chức, nhận 06 ý kiến", "28")).toBe(" Chánh Văn phòng đối thoại với cán bộ");
  });
});
