/**
 * A figure that counts a post is read in a table only where the table says that post (postCells.ts): a commune's
 * staff table whose row names its office counts the office's people, not the office's deputy heads. A row that
 * names the post still gives it.
 */
import { REPORT } from "../../support/forms";
import { boundByLabel } from "../../support/recognized";

const DEPUTIES = "Số Phó Chánh Văn phòng";
const bound = (text: string) => boundByLabel(`1. Tổ chức, biên chế\n${text}\n`, REPORT);

describe("a post's count is read in a table only where the table says the post", () => {
  it("does not bind the office's row of a staff table as its deputy heads", () => {
    const table = ["TT\tBộ phận\tBiên chế giao\tCó mặt\tHợp đồng", "1\tLãnh đạo UBND xã\t3\t3\t0", "2\tVăn phòng HĐND và UBND\t9\t8\t1", "3\tPhòng Kinh tế\t7\t6\t0", "\tCộng\t19\t17\t1"];
    expect(bound(table.join("\n"))(DEPUTIES)).toBeNull();
  });

  it("near-match: a row naming the deputies' post gives their count", () => {
    const byRow = ["TT\tChức danh\tSố lượng", "1\tChánh Văn phòng\t01", "2\tPhó Chánh Văn phòng\t03", "3\tChuyên viên\t12"];
    expect(bound(byRow.join("\n"))(DEPUTIES)).toBe("03");
  });
});
