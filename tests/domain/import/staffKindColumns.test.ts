/**
 * A table whose columns split the staff by kind («Công chức | Viên chức | Cộng»): a figure that names no kind
 * («Thạc sĩ», «Cao cấp lý luận chính trị») is the row's total, never one kind's cell (held-out 1151 read its masters
 * from the civil servants' column: four wrong values). A figure naming a kind keeps that kind's column.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { namesStaffKind, oneKindColumn } from "../../../src/domain/import/meaning/staffTotalRow";
import { shown } from "../../support/recognitionShown";


const HEAD = "I. ĐẶC ĐIỂM, TÌNH HÌNH\n1. Biên chế, trình độ\n";
const KINDS = "TT\tTrình độ\tSố người\t\t\tGhi chú\n\t\tCông chức\tViên chức\tCộng\t\n";

describe("columns of kinds of staff beside their total", () => {
  it("reads a figure naming no kind from the total column", () => {
    const r = recognizeFigures(
      `${HEAD}Bảng 2. Trình độ (người hiện có)\n${KINDS}I\tTrình độ chuyên môn\t\t\t\t\n1\tThạc sĩ\t18\t03\t21\t02 công chức đang học\n2\tĐại học\t28\t13\t41\t\nII\tLý luận chính trị\t\t\t\t\n1\tCao cấp lý luận chính trị\t17\t01\t18\t\n`,
      REPORT,
    );
    expect(shown(r.get("bcdc:trinhDo.thacSi"))).not.toBe("18");
    expect(shown(r.get("bcdc:trinhDo.daiHoc"))).not.toBe("28");
    expect(shown(r.get("bcdc:llct.caoCap"))).not.toBe("17");
    expect(shown(r.get("bcdc:trinhDo.thacSi"))).toBe("21");
    expect(shown(r.get("bcdc:llct.caoCap"))).toBe("18");
  });

  it("near-match: only a figure naming no kind of staff gives up the kinds' columns", () => {
    const table = `${KINDS}1\tThạc sĩ\t18\t03\t21\t\n`;
    const at = (n: string) => ({ start: table.indexOf(`\t${n}\t`) + 1, end: table.indexOf(`\t${n}\t`) + 1 + n.length });
    expect(oneKindColumn(table, at("18"))).toBe(true);
    expect(oneKindColumn(table, at("03"))).toBe(true);
    expect(oneKindColumn(table, at("21"))).toBe(false);
    expect(namesStaffKind("Thạc sĩ")).toBe(false);
    expect(namesStaffKind("Biên chế công chức được giao")).toBe(true);
    expect(namesStaffKind("Hợp đồng lao động")).toBe(true);
  });

  it("near-match: without a total column the kinds' cells are not refused as such", () => {
    const r = recognizeFigures(`${HEAD}TT\tTrình độ\tCông chức\tGhi chú\n1\tThạc sĩ\t18\t\n2\tĐại học\t28\t\n`, REPORT);
    expect(shown(r.get("bcdc:trinhDo.thacSi"))).toBe("18");
  });
});
