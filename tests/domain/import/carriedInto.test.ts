/**
 * «… được chuyển sang quý IV là 14 hồ sơ»: the period files are carried into is where they go on, not whose the count
 * is (meaning/carriedInto.ts): the files pending at the quarter's end are its own figure.
 */
import { withoutCarriedInto } from "../../../src/domain/import/meaning/carriedInto";
import { boundByLabel } from "../../support/recognized";
import { REPORT } from "../../support/forms";

describe("the period files are carried into", () => {
  it("is blank, the rest of the sentence kept at its place", () => {
    const text = "số hồ sơ còn trong hạn được chuyển sang quý III là ";
    const read = withoutCarriedInto(text);
    expect(read).toHaveLength(text.length);
    expect(read).not.toMatch(/quý/u);
    expect(withoutCarriedInto("so với quý II là ")).toBe("so với quý II là ");
  });

  it("leaves the desk's pending files to the quarter reported", () => {
    const value = boundByLabel(
      "UBND TỈNH A\nVĂN PHÒNG\n\nBÁO CÁO\nKết quả thực hiện dân chủ quý II năm 2026\n\nIII. THỰC HIỆN DÂN CHỦ\n2. Cải cách hành chính\nb) Bộ phận một cửa của Văn phòng\nBộ phận một cửa đã tiếp nhận 230 hồ sơ, đã giải quyết 219 hồ sơ; còn số hồ sơ đang trong hạn giải quyết được chuyển sang quý III là 11 hồ sơ.\n",
      REPORT,
    );
    expect(value("Hồ sơ đang giải quyết")).toBe("11");
  });
});
