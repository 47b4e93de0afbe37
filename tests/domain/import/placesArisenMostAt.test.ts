/**
 * The places where citizens came, on the monthly form (src/forms/tiep-cong-dan-thang.form.json, its wordings): a
 * sentence of its own «Phát sinh nhiều tại: phường Cẩm Thành, xã Bình Sơn, phường Kon Tum.» names them as «Phát sinh
 * tại …» does; «nhiều» and the colon before the names change nothing, and the names run to the full stop. Only as a
 * sentence's opening: inside another sentence its subject says what arose there.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const HEAD = "UBND TỈNH QUẢNG NGÃI\nBAN TIẾP CÔNG DÂN\n\nBÁO CÁO\nKết quả tiếp công dân tháng 11/2026\n\n4. Tiếp định kỳ và đột xuất của lãnh đạo UBND các xã, phường\n";

function places(sentence: string): string | null {
  return boundValue(recognizeFigures(`${HEAD}Lãnh đạo UBND các xã, phường đã tiếp 48 lượt với 71 người. ${sentence} UBND xã Đăk Tô tiếp 01 đoàn đông người.\n`, MONTHLY).get("tcd:huyen.noiPhatSinh"));
}

describe("the places a month's reception arose at most", () => {
  it("takes the places after «Phát sinh nhiều tại:»", () => {
    expect(places("Phát sinh nhiều tại: phường Cẩm Thành, xã Bình Sơn, phường Kon Tum.")).toBe("phường Cẩm Thành, xã Bình Sơn, phường Kon Tum");
  });

  it("takes them after «Phát sinh tại:» too", () => {
    expect(places("Phát sinh tại: phường Cẩm Thành, xã Bình Sơn.")).toBe("phường Cẩm Thành, xã Bình Sơn");
  });

  it("near-miss: inside a sentence whose subject is another thing, «phát sinh nhiều tại» names no places of the month", () => {
    expect(places("Đơn thư phát sinh nhiều tại: phường Cẩm Thành, xã Bình Sơn.")).toBeNull();
  });
});
