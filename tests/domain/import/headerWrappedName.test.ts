/**
 * The issuing body's name wrapped over two lines of the header (meaning/documentHeader.ts): «UBND TỈNH QUẢNG NGÃI /
 * BAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG / CÁC CÔNG TRÌNH GIAO THÔNG» is the Ban's report, its parent the province's
 * committee; a last line naming a kind of body is the issuer alone, and lines naming none are one body together.
 */
import { documentHeader } from "../../../src/domain/import/meaning/documentHeader";

const header = (lines: string) => documentHeader(`${lines}\nSố: 12/BC-BQLDA\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n`);

describe("the issuer's name over two header lines", () => {
  it("reads the last line naming a kind of body with the lines that go on with its name", () => {
    expect(header("UBND TỈNH QUẢNG NGÃI\nBAN QUẢN LÝ DỰ ÁN ĐẦU TƯ XÂY DỰNG\nCÁC CÔNG TRÌNH GIAO THÔNG")).toMatchObject({
      body: "ban quản lý dự án đầu tư xây dựng các công trình giao thông",
      parent: "ủy ban nhân dân tỉnh quảng ngãi",
    });
  });

  it("near-match: a last line naming a kind is the issuer alone; lines naming none beneath the first are one body", () => {
    expect(header("UBND TỈNH GIA LAI\nTHANH TRA TỈNH")).toMatchObject({ body: "thanh tra tỉnh", parent: "ủy ban nhân dân tỉnh gia lai" });
    expect(header("ỦY BAN NHÂN DÂN\nHUYỆN THUẬN CHÂU")).toMatchObject({ body: "ủy ban nhân dân huyện thuận châu", parent: "" });
  });
});
