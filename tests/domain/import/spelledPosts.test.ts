/**
 * A count in words before a post capitalised as clerks write it (meaning/spelledNumbers.ts): «hai Phó Trưởng phòng»
 * capitalises the post, not the room, and is a count of deputy heads all the same. Words no corpus document uses.
 */
import { spelledCounts } from "../../../src/domain/import/meaning/spelledNumbers";

const counts = (text: string) => spelledCounts(text).map((t) => [t.text, t.value]);

describe("a count in words before a post", () => {
  it("reads the post in any case of its words", () => {
    expect(counts("Sở đã bổ nhiệm ba Phó Trưởng phòng và một Trưởng phòng.")).toEqual([["ba", 3], ["một", 1]]);
    expect(counts("điều động hai phó trưởng phòng")).toEqual([["hai", 2]]);
    expect(counts("điều động hai Phó trưởng Phòng")).toEqual([["hai", 2]]);
  });

  it("near-miss: no count before words that are no unit, nor an ordinal", () => {
    expect(counts("Lãnh đạo gồm Giám đốc và ba Phó Giám đốc.")).toEqual([]);
    expect(counts("thứ hai Phó Trưởng phòng")).toEqual([]);
  });
});
