/**
 * The places where citizens came, on the monthly form (src/forms/tiep-cong-dan-thang.form.json, its wordings): «Có
 * 28/124 xã, phường phát sinh tiếp công dân (tháng 9: 23 xã, phường), tập trung ở các phường A, B và các xã C, D.»
 * names the places after «tập trung ở»; the fraction before it is a count beside them, not the places. «tập trung
 * nhiều ở …» names only the busiest few: there the fraction stays the field.
 */
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const HEAD = "UBND TỈNH LÂM ĐỒNG\nTHANH TRA TỈNH\n\nBÁO CÁO\nKết quả tiếp công dân tháng 10/2026\n\n4. Tiếp định kỳ và đột xuất của lãnh đạo UBND các xã, phường\n\n";

function places(sentence: string): string | null {
  return boundValue(recognizeFigures(`${HEAD}Lãnh đạo UBND các xã, phường đã tiếp 49 lượt với 73 người. ${sentence}\n`, MONTHLY).get("tcd:huyen.noiPhatSinh"));
}

describe("the places a month's reception concentrated in", () => {
  it("takes the places after «, tập trung ở», past another month's aside, not the fraction", () => {
    expect(places("Có 28/124 xã, phường phát sinh tiếp công dân (tháng 9: 23 xã, phường), tập trung ở các phường Bảo Lộc 1, Phan Thiết và các xã Di Linh, Hàm Thuận Bắc.")).toBe(
      "các phường Bảo Lộc 1, Phan Thiết và các xã Di Linh, Hàm Thuận Bắc",
    );
  });

  it("near-miss: «tập trung nhiều ở» names the busiest; the fraction stays", () => {
    expect(places("Có 28/124 xã, phường phát sinh tiếp công dân, tập trung nhiều ở phường Bảo Lộc 1 và xã Di Linh.")).toBe("28/124 xã, phường");
  });
});
