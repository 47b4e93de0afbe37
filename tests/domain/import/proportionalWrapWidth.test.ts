/**
 * A PDF set in a proportional font wraps its lines anywhere from 70 to 90 characters: its one or two longest lines
 * (short words, a sentence retyped) are no page width, and the width most wrapped lines reach is read past them
 * (hardWraps.ts wrapWidth), so that «… và 02 Phó Trưởng⏎phòng.» is one sentence. A clerk's lines, not the corpus's.
 */
import { joinHardWraps, wrapWidth } from "../../../src/domain/import/meaning/hardWraps";

const WORDS = "công chức viên chức và người lao động tại hai cơ sở được quán triệt thường xuyên ";
/** A wrapped line of prose of `n` characters, ending in a word. */
const line = (n: number) => WORDS.repeat(3).slice(0, n - 1).trimEnd().padEnd(n - 1, "x") + "n";
/** Forty lines between 70 and 82 characters, as a proportional font breaks them. */
const wrapped = Array.from({ length: 40 }, (_, i) => line(70 + ((i * 7) % 13)));

describe("a proportional font's wrapping width", () => {
  it("reaches past the two lines longer than the rest", () => {
    const lines = [...wrapped.slice(0, 20), line(98), line(96), ...wrapped.slice(20), "- Bổ nhiệm: 01 Trưởng phòng (Phòng Nội chính - Pháp chế) và 02 Phó Trưởng", "phòng."];
    expect(wrapWidth(lines)).toBe(82);
    expect(joinHardWraps(lines.join("\n"))).toContain("02 Phó Trưởng phòng.");
  });
  it("near-match: a list far short of the page keeps its breaks; lines past a page's width have none", () => {
    expect(wrapWidth(["- Phòng Tổng hợp;", "- Phòng Kinh tế;", "- Phòng Nội chính;", "- Ban Tiếp công dân."])).toBeNull();
    expect(wrapWidth([line(150), ...wrapped])).toBeNull();
  });
});
