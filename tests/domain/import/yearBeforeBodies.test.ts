/**
 * Bodies counted before the verb of a number do what it counts (meaning/notCounts.ts countedAgentsBefore), but a year
 * opening the clause counts no bodies: «Năm 2026 phường được giao 52 biên chế» is the ward's own staff, not the work
 * of 2026 wards. Words no corpus document uses.
 */
import { countedAgentsBefore } from "../../../src/domain/import/meaning/notCounts";

const at = (text: string, needle: string) => countedAgentsBefore(text, text.indexOf(needle));

describe("bodies counted before a number's verb", () => {
  it("near-miss: a year after «năm» before the body's word counts none", () => {
    expect(at("Năm 2026 phường được giao 52 biên chế cán bộ, công chức.", "52")).toBe(false);
    expect(at("Trong năm 2025 xã được giao 21 biên chế.", "21")).toBe(false);
  });

  it("still reads a count of bodies as the doer", () => {
    expect(at("UBND huyện phân công 16 cơ quan, đơn vị giúp đỡ 08 xã.", "08")).toBe(true);
    expect(at("Có 12 phường tổ chức 30 hội nghị.", "30")).toBe(true);
  });
});
