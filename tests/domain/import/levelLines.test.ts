/**
 * A level's line led by its name and a long dash («Lãnh đạo UBND tỉnh — 01 lượt — 06 người. … tiếp đột xuất: Không
 * phát sinh.») holds that level's figures, never the report's totals (meaning/levelLines.ts); and a place list stops
 * before a clause that ranks what it listed («; nhiều nhất là …», textClauses.ts). Rewordings of the Quảng Trị lines
 * (116), not the lines themselves.
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { withoutCommentClause } from "../../../src/domain/import/textClauses";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");

function read(text: string, id: string): { state: string | undefined; value: string | null } {
  const r = recognizeFigures(text, MONTHLY).get(`tcd:${id}`);
  return { state: r?.state, value: boundValue(r) };
}

const levels = (zeroLine: string) =>
  "1. TỔNG HỢP\n" +
  "Tổng số – 40 lượt – 52 người\n" +
  "Định kỳ – 31 lượt\n" +
  "Đột xuất – 09 lượt\n\n" +
  "2. CÁC CẤP\n" +
  `Lãnh đạo UBND tỉnh – 01 lượt – 03 người. ${zeroLine}\n` +
  "Thủ trưởng các sở, ngành – 12 lượt – 15 người (định kỳ 08, đột xuất 04).\n" +
  "Chủ tịch UBND các xã, phường – 27 lượt – 34 người (định kỳ 22, đột xuất 05).\n";

it("never takes a province leaders' line's «Không phát sinh» for the month's unscheduled total", () => {
  for (const zero of ["Tiếp đột xuất: Không phát sinh.", "Chủ tịch tiếp định kỳ ngày 12/3; tiếp đột xuất: không."]) {
    const got = read(levels(zero), "tong.dotXuat");
    expect(got.value ?? "").not.toMatch(/không|^0$/iu);
    expect(["09", null]).toContain(got.value);
  }
});

it("still reads a level's «Không phát sinh» when no level lines stand beside it", () => {
  const got = read("Tổng số lượt tiếp: 40 lượt. Tiếp đột xuất: Không phát sinh.\n", "tong.dotXuat");
  expect(got.value).toMatch(/^không phát sinh$/iu);
});

it("ends a place list before «; nhiều nhất là …», «; tập trung ở …», «, trong đó …»", () => {
  const text = (tail: string) => `Chủ tịch UBND các xã, phường: 30 lượt.\nNơi phát sinh: 21/45 xã, phường${tail}\n`;
  expect(read(text("; nhiều nhất là xã A (05 lượt), xã B (04 lượt)."), "huyen.noiPhatSinh").value).toBe("21/45 xã, phường");
  expect(read(text("; tập trung ở phường C (06 lượt)."), "huyen.noiPhatSinh").value).toBe("21/45 xã, phường");
  // A list with no comment after it is read whole, semicolons and all.
  expect(read(text("; đặc khu Cồn Cỏ."), "huyen.noiPhatSinh").value).toBe("21/45 xã, phường; đặc khu Cồn Cỏ");
});

it("cuts a capture only at a comment clause, never inside a name", () => {
  expect(withoutCommentClause("xã Cam Lộ; nhiều nhất là xã Cam Lộ")).toBe("xã Cam Lộ".length);
  expect(withoutCommentClause("xã Nhiều Nhất, xã Tập Trung")).toBe("xã Nhiều Nhất, xã Tập Trung".length);
  expect(withoutCommentClause("huyện A, huyện B")).toBe("huyện A, huyện B".length);
});
