/**
 * A run-in heading («a) Kiểm soát thủ tục hành chính: …») is its words up to its colon: a department's own sector
 * named later on the same line («… lĩnh vực y tế; tiếp nhận 05 phản ánh») restricts only its own clause
 * (vetoTarget.ownSectorOnly), not every figure after it on the line (vetoChannel.sectorHeading).
 */
import { sectorHeading } from "../../../src/domain/import/meaning/vetoChannel";

const ISSUER = "ubnd tỉnh lào cai\nsở y tế\n";
const at = (text: string, n: string) => sectorHeading(text, text.indexOf(n), ISSUER);

describe("a department's sector in a run-in heading", () => {
  it("reads the heading only up to its colon", () => {
    const text = "b) Kiểm soát thủ tục hành chính: công bố 02 thủ tục lĩnh vực y tế; tiếp nhận và xử lý 05 phản ánh, kiến nghị.\n";
    expect(at(text, "05")).toBe(false);
  });

  it("near-match: a heading that itself names the sector still restricts its figures", () => {
    expect(at("b) Thủ tục hành chính lĩnh vực y tế: tiếp nhận và xử lý 05 phản ánh.\n", "05")).toBe(true);
    expect(at("6. Cải cách hành chính thuộc lĩnh vực của Sở\nTiếp nhận và xử lý 05 phản ánh.\n", "05")).toBe(true);
  });
});
