/**
 * «tăng 18,9% so với cùng kỳ năm 2024 của 05 phường, xã cũ cộng lại (5.240 hồ sơ)»: the bracket after a comparison
 * gives the earlier value, though a list of kinds of unit («phường, xã») stands between with its comma
 * (meaning/vetoText.ts comparisonAt). A clerk's words of our own.
 */
import { comparisonAt } from "../../../src/domain/import/meaning/vetoText";

const at = (text: string, n: string) => comparisonAt(text, text.lastIndexOf(n), text.lastIndexOf(n) + n.length, 2025);

describe("the earlier value in a bracket after a comparison naming whose it was", () => {
  it("a comma between «phường» and «xã» closes no clause", () => {
    expect(at("Số hồ sơ tiếp nhận tăng 18,9% so với cùng kỳ của 05 phường, xã cũ cộng lại (5.240 hồ sơ).", "5.240")).toBe("earlier");
  });

  it("a comma that closes the comparison's clause still does", () => {
    expect(at("Số hồ sơ tăng 18,6% so với cùng kỳ, chiếm 70,28% số hồ sơ đã giải quyết (842 hồ sơ).", "842")).toBeNull();
  });
});
