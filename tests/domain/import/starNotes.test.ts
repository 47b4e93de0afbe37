/**
 * Held-out 193's remarks «(***) Số liệu từ ngày 01/7/2026 đến ngày 10/9/2026» under the office's desk and «(*****)
 * Số liệu của Trung tâm tính từ ngày 15/6/2026 đến ngày 14/9/2026» under the centre (starNotes.ts): a remark's dates
 * qualify the stretch its mark marks, so the centre's range is the one that introduces the centre's figures.
 */
import { markedStretch } from "../../../src/domain/import/meaning/starNotes";

const text = [
  "a) Bộ phận Một cửa:",
  "Tiếp nhận 138 hồ sơ; đang giải quyết 07 hồ sơ (5,07%) (***).",
  "(***) Số liệu từ ngày 01/7/2026 đến ngày 10/9/2026.",
  "c) Trung tâm Phục vụ hành chính công tỉnh (*****):",
  "Tiếp nhận 46.812 hồ sơ; đã giải quyết 43.527 hồ sơ.",
  "(*****) Số liệu của Trung tâm tính từ ngày 15/6/2026 đến ngày 14/9/2026.",
].join("\n");
const lineOf = (needle: string) => text.indexOf(needle);

describe("markedStretch", () => {
  it("a remark's stretch runs from its mark's line down to the remark", () => {
    const desk = markedStretch(text, lineOf("10/9/2026"))!;
    expect(text.slice(desk.from, desk.to)).toBe("Tiếp nhận 138 hồ sơ; đang giải quyết 07 hồ sơ (5,07%) (***).\n");
    const centre = markedStretch(text, lineOf("14/9/2026"))!;
    expect(text.slice(centre.from, centre.to)).toContain("46.812");
    expect(text.slice(centre.from, centre.to)).not.toContain("138");
  });

  it("near-miss: a line not opened by a star mark, or a mark written nowhere else, marks nothing", () => {
    expect(markedStretch(text, lineOf("46.812"))).toBeNull();
    expect(markedStretch("Tiếp nhận 138 hồ sơ.\n(**) Số liệu tính đến ngày 31/8/2026.", 40)).toBeNull();
  });
});
