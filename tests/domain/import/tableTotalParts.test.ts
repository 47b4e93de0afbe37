/**
 * The rows a table's «Tổng cộng» adds up (meaning/tableGrid.ts markTotals): a cell holding a dash alone («-») is a
 * row with none of it, as an empty cell is, so a column of dashes and figures still adds up to its total; and a total
 * right under a group's rows («6⇥Trình độ⇥⇥» over «- Tiến sĩ⇥01» …) whose whole span does not add up sums that group.
 * Words no corpus document uses.
 */
import { tableCell } from "../../../src/domain/import/meaning/tableGrid";

/** The role and check of the cell holding `needle` (its first place after `after`). */
function roleOf(text: string, needle: string, after = ""): [string | null, boolean] | null {
  const start = text.indexOf(needle, text.indexOf(after) + after.length);
  const cell = tableCell(text, { start, end: start + needle.length });
  return cell ? [cell.role, cell.checked] : null;
}

const DASHED = [
  "STT\tĐơn vị\tCông chức\tViên chức",
  "1\tPhòng Thẩm định\t6\t-",
  "2\tPhòng Giám sát\t5\t-",
  "3\tTrung tâm Lưu trữ\t-\t17",
  "4\tTrung tâm Đăng kiểm\t-\t13",
  "\tTổng cộng\t11\t30",
].join("\n");

describe("a dash in a table's cell", () => {
  it("is a row with none: the column's figures add up to the total, each a checked part", () => {
    expect(roleOf(DASHED, "30")).toEqual(["total", true]);
    expect(roleOf(DASHED, "17")).toEqual(["part", true]);
    expect(roleOf(DASHED, "11")).toEqual(["total", true]);
    expect(roleOf(DASHED, "5", "Giám sát")).toEqual(["part", true]);
  });

  it("near-miss: a cell of words is no figure, and its column has no parts", () => {
    const worded = DASHED.replace("3\tTrung tâm Lưu trữ\t-\t17", "3\tTrung tâm Lưu trữ\t-\tchưa có");
    expect(roleOf(worded, "30")).toEqual([null, false]);
    expect(roleOf(worded, "13")).toEqual([null, false]);
  });
});

const GROUPED = [
  "STT\tNội dung\tĐơn vị tính\tSố liệu",
  "1\tViên chức được giao\tNgười\t41",
  "2\tViên chức hiện có\tNgười\t37",
  "3\tTrình độ chuyên môn\t\t",
  "\t- Thạc sĩ\tNgười\t24",
  "\t- Đại học\tNgười\t71",
  "\tCộng\tNgười\t95",
].join("\n");

describe("a total right under a group's rows", () => {
  it("sums the group when the whole span does not add up: rows above the group's heading are no parts", () => {
    expect(roleOf(GROUPED, "37")).toEqual([null, false]);
    expect(roleOf(GROUPED, "24")).toEqual(["part", true]);
    expect(roleOf(GROUPED, "95")).toEqual(["total", true]);
  });

  it("near-miss: a whole span that adds up is the total's, the group's heading row notwithstanding", () => {
    const whole = GROUPED.replace("\tCộng\tNgười\t95", "\tCộng\tNgười\t173");
    expect(roleOf(whole, "37")).toEqual(["part", true]);
    expect(roleOf(whole, "173")).toEqual(["total", true]);
  });
});
