/**
 * «Phát sinh tại các xã, phường: Thục Phán, Hòa An, …» names the places after the colon; the words before it only say
 * what kind of places follow, so they are not the answer to where the matters arose (the monthly form's wording).
 * The same after «Tiếp công dân phát sinh tại …» inside a sentence (576). Both sides: a count before the colon («tại 05 xã, phường: …») is still the value, as is a plain list with no colon.
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const where = (sentence: string) =>
  boundValue(
    recognizeFigures(
      `4. Chủ tịch UBND các xã, phường tiếp công dân\nTiếp 19 lượt (định kỳ 12 lượt, đột xuất 07 lượt) với 30 người. ${sentence}\n\n5. Nội dung\n`,
      MONTHLY,
    ).get("tcd:huyen.noiPhatSinh"),
  );

describe("where the matters arose, written as a kind of place and a list after a colon", () => {
  it("takes the names after the colon, not the kind of place before it", () => {
    expect(where("Phát sinh tại các xã, phường: Thục Phán, Hòa An, Quảng Uyên.")).toBe("Thục Phán, Hòa An, Quảng Uyên");
    expect(where("Phát sinh tại các xã: Nậm Nhùn, Mường Tè.")).toBe("Nậm Nhùn, Mường Tè");
  });

  it("…after «Tiếp công dân phát sinh tại» in the body of a sentence too (576)", () => {
    expect(where("Tiếp công dân phát sinh tại các xã, phường, đặc khu: Rạch Giá, Long Xuyên, Phú Quốc.")).toBe("Rạch Giá, Long Xuyên, Phú Quốc");
    expect(where("Tiếp công dân phát sinh tại các xã Thục Phán, Hòa An.")).toBe("các xã Thục Phán, Hòa An");
  });

  it("keeps a count or a list written before any colon", () => {
    expect(where("Phát sinh tại 05 xã, phường: Thục Phán, Hòa An, Quảng Uyên, Trùng Khánh, Bảo Lâm.")).toBe("05 xã, phường");
    expect(where("Phát sinh tại các xã Thục Phán, Hòa An và phường Thục Phán.")).toBe("các xã Thục Phán, Hòa An và phường Thục Phán");
  });
});
