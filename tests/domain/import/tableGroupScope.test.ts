/**
 * A table with Roman group rows («IV⇥Công tác cán bộ, chế độ chính sách⇥⇥⇥») parts its rows as headings part a text:
 * a row's number belongs to the rows back to its group row (meaning/vetoPlace.ts scopeBefore), not to a unit named
 * in another group above. So «Bổ nhiệm Phó Trưởng phòng⇥Người⇥02» under its group names no room: the total's, not
 * a room's part, however a «Cơ sở … tổng hợp» three groups up reads.
 */
import { scopeBefore } from "../../../src/domain/import/meaning/vetoPlace";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { boundValue, byLabel } from "../../support/recognized";

const head = "UBND TỈNH LẠNG SƠN\nSỞ NỘI VỤ\nSố: 12/BC-SNV\n\nBÁO CÁO\nKết quả thực hiện dân chủ trong hoạt động của cơ quan quý II năm 2026\n\n";
const table = (groupMark: string) =>
  [
    "STT\tNội dung\tĐVT\tKết quả\tGhi chú",
    "I\tTổ chức bộ máy\t\t\t",
    "1\tĐơn vị sự nghiệp trực thuộc\tĐơn vị\t02\tTrung tâm Dịch vụ việc làm; Cơ sở Bảo trợ xã hội tổng hợp",
    `${groupMark}\tCông tác cán bộ\t\t\t`,
    "1\tBổ nhiệm Trưởng phòng\tNgười\t01\t",
    "2\tBổ nhiệm Phó Trưởng phòng\tNgười\t03\t",
    "",
  ].join("\n");
const value = (text: string, label: string) => boundValue(recognizeFigures(text, REPORT).get(byLabel(label).id));

describe("a table's Roman group row bounds its rows' scope", () => {
  it("reads a row's scope back to its group row only", () => {
    const text = `${head}${table("II")}`;
    const scope = scopeBefore(text, text.lastIndexOf("03"));
    expect(scope).toContain("Công tác cán bộ");
    expect(scope).not.toContain("tổng hợp");
  });

  it("near-match: an Arabic row number is no group row: the scope reads on up", () => {
    const text = `${head}${table("2")}`;
    expect(scopeBefore(text, text.lastIndexOf("03"))).toContain("tổng hợp");
  });

  it("binds the deputies' total, no room's part, from a row that names no room", () => {
    const text = `${head}${table("II")}`;
    expect(value(text, "Tổng số Phó Trưởng phòng được bổ nhiệm")).toBe("03");
    expect(value(text, "Bổ nhiệm Phó Trưởng phòng Tổng hợp - Kinh tế")).toBeNull();
  });
});
