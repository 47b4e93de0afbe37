/**
 * A table whose rows name a body and a quantity together («Thủ trưởng sở, ngành - số người») beside a row naming the
 * quantity alone («Số người», the table's whole): a figure of one body is the row naming its body (ownCell.ts withBody);
 * and a column of the change between the months («Tăng (+) Giảm (-)») leaves the month columns the periods' columns
 * (gridRows.ts). Tables written for these tests, each with a near-match.
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const got = (text: string, id: string) => boundValue(recognizeFigures(text, MONTHLY).get(`tcd:${id}`));

const TITLE = "BÁO CÁO\nTình hình, kết quả công tác tiếp công dân tháng 11/2026\n\n";
const rows = (change: boolean) =>
  [
    `STT\tNội dung\tTháng 11/2026\tTháng 10/2026${change ? "\tTăng (+) Giảm (-)" : ""}`,
    `1\tTổng số lượt tiếp\t40\t35${change ? "\t+5" : ""}`,
    `\tSố người\t52\t46${change ? "\t+6" : ""}`,
    `2\tLãnh đạo UBND tỉnh - số lượt\t01\t02${change ? "\t-1" : ""}`,
    `\tLãnh đạo UBND tỉnh - số người\t03\t04${change ? "\t-1" : ""}`,
    `3\tThủ trưởng sở, ngành - số lượt\t09\t06${change ? "\t+3" : ""}`,
    `\tThủ trưởng sở, ngành - số người\t11\t07${change ? "\t+4" : ""}`,
    `4\tChủ tịch UBND xã, phường - số lượt\t30\t27${change ? "\t+3" : ""}`,
    `\tChủ tịch UBND xã, phường - số người\t38\t35${change ? "\t+3" : ""}`,
  ].join("\n") + "\n";

describe("rows naming a body and a quantity beside the quantity's bare row", () => {
  it("reads each body's people from its own row, not the bare «Số người» row", () => {
    const text = `${TITLE}I. SỐ LIỆU TIẾP CÔNG DÂN\n${rows(false)}`;
    expect(got(text, "so.nguoi")).toBe("11");
    expect(got(text, "huyen.nguoi")).toBe("38");
  });

  it("near-match: a row adding only a kind («- Định kỳ») to the bare row is a part, not a body's row", () => {
    const text =
      "Chỉ tiêu\tLãnh đạo UBND tỉnh\tThủ trưởng sở, ban, ngành\tChủ tịch UBND xã, phường\tCộng\n" +
      "Số lượt tiếp\t02\t12\t94\t108\n- Định kỳ\t01\t08\t81\t90\n- Đột xuất\t01\t04\t13\t18\nSố người\t06\t15\t127\t148\n";
    expect(got(text, "tinh.luot")).toBe("02");
    expect(got(text, "so.luot")).toBe("12");
  });

  it("reads the month's column beside a change column, never the change (see changeColumn.test.ts)", () => {
    const text = `${TITLE}I. SỐ LIỆU TIẾP CÔNG DÂN (so sánh với tháng 10/2026)\n${rows(true)}`;
    expect(got(text, "so.nguoi")).toBe("11");
    expect(got(text, "huyen.nguoi")).toBe("38");
    for (const id of ["so.nguoi", "huyen.nguoi", "so.luot", "huyen.luot"]) expect(["+3", "3", "+4", "4"]).not.toContain(got(text, id));
  });
});
