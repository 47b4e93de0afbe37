/**
 * The ways monthly reception reports name what the land matters were about (the monthly form's wordings of «Nội dung
 * chủ yếu»): a line led by «Đất đai» as well as «Lĩnh vực đất đai»; the list after the share's colon, after «; nội dung
 * chủ yếu:» or «tập trung vào:»; a sentence of its own after the shares («Nội dung chủ yếu: …», «Các việc chủ yếu: (…)»,
 * «Công dân chủ yếu kiến nghị …»); a share whose «%» was lost before its bracket. Lines written for these tests, each
 * with a near-match that must not give a list.
 */
import { builtInDefinition } from "../../support/forms";
import { boundValue } from "../../support/recognized";
import { recognizeFigures } from "../../../src/domain/import/recognize";

const MONTHLY = builtInDefinition("tiep-cong-dan-thang");
const contents = (lines: string) => boundValue(recognizeFigures(`4. Nội dung\n${lines}\n`, MONTHLY).get("tcd:noiDung.moTa"));
const LIST = "giá đất bồi thường\ntranh chấp lối đi chung";

describe("the land matters' contents, as clerks write them", () => {
  it("reads a line led by «Đất đai» (no «lĩnh vực»), its list in brackets or after a colon", () => {
    expect(contents("- Đất đai: 30 lượt, chiếm 60,00% (giá đất bồi thường; tranh chấp lối đi chung).")).toBe(LIST);
    expect(contents("Đất đai — 30 lượt — 60,00%: giá đất bồi thường; tranh chấp lối đi chung.")).toBe(LIST);
    expect(contents("- Đất đai: 30 lượt (60,00%): giá đất bồi thường; tranh chấp lối đi chung.")).toBe(LIST);
  });

  it("near-match: «đất đai» inside another line's words, or a breakdown by level after the share's colon, is no list", () => {
    expect(contents("- Tranh chấp đất đai: 30 lượt, chiếm 60,00% (xã Yên Lạc; xã Tam Hồng).")).toBeNull();
    expect(contents("Lĩnh vực đất đai 30 lượt, chiếm 60,00% tổng số lượt tiếp: Chủ tịch UBND tỉnh 01 lượt, các sở 04 lượt.")).toBeNull();
  });

  it("reads the list after «; nội dung chủ yếu:», «; chủ yếu» or «, tập trung vào:»", () => {
    expect(contents("- Lĩnh vực đất đai: 30 lượt, chiếm 60,00%; nội dung chủ yếu: giá đất bồi thường; tranh chấp lối đi chung.")).toBe(LIST);
    expect(contents("Đất đai: 30 lượt, chiếm 60,00%; chủ yếu giá đất bồi thường; tranh chấp lối đi chung.")).toBe(LIST);
    expect(contents("Thuộc lĩnh vực đất đai với 30 lượt, chiếm 60,00%, tập trung vào: giá đất bồi thường; tranh chấp lối đi chung.")).toBe(LIST);
  });

  it("near-match: the other fields' share and what it covers is not the land list", () => {
    expect(contents("Lĩnh vực khác: 20 lượt, chiếm 40,00%; nội dung chủ yếu: chế độ chính sách; hộ tịch.")).toBeNull();
  });

  it("reads a sentence of its own after the shares", () => {
    const shares = "Lĩnh vực đất đai 30 lượt, chiếm 60,00%; các lĩnh vực khác 20 lượt, chiếm 40,00%.";
    expect(contents(`${shares} Công dân chủ yếu kiến nghị về giá đất bồi thường; tranh chấp lối đi chung.`)).toBe("kiến nghị về giá đất bồi thường\ntranh chấp lối đi chung");
    expect(contents(`${shares} Các việc chủ yếu: (giá đất bồi thường; tranh chấp lối đi chung).`)).toBe(LIST);
    expect(contents("Nội dung chủ yếu: giá đất bồi thường; tranh chấp lối đi chung.")).toBe(LIST);
  });

  it("near-match: where the citizens came from is not what they raised", () => {
    const shares = "Lĩnh vực đất đai 30 lượt, chiếm 60,00%; các lĩnh vực khác 20 lượt, chiếm 40,00%.";
    expect(contents(`${shares} Công dân chủ yếu đến từ các xã vùng ven; phường trung tâm.`)).toBeNull();
    expect(contents("Công dân chủ yếu ở các xã vùng ven; phường trung tâm.")).toBeNull();
  });

  it("reads the bracket after a share whose «%» was lost, before the other fields' share", () => {
    expect(contents("Lĩnh vực đất đai 26/29 lượt tiếp công dân chiếm 89,65(giá đất bồi thường; tranh chấp lối đi chung), các lĩnh vực khác 3/29 lượt.")).toBe(LIST);
    expect(contents("Lĩnh vực đất đai 26/29 lượt tiếp công dân chiếm 89,65(giá đất bồi thường; tranh chấp lối đi chung).")).toBeNull();
  });
});
