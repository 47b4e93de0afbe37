/**
 * The one step that reads as blank the lines a pre-pass finds are no part of the report (blankLines.ts): one
 * character for one, each pass reading the lines as the passes before it left them.
 */
import { withLinesBlank, type LinesToBlank } from "../../../src/domain/import/blankLines";

/** A pass blanking every line that opens with `mark`. */
const opening = (mark: string): LinesToBlank => (lines) => lines.flatMap((l, i) => (l.startsWith(mark) ? [{ from: i, to: i }] : []));

describe("lines read as blank", () => {
  it("blanks a line's characters but its «\\r», and keeps its line break", () => {
    const text = "A 01.\r\n> B 02.\r\nC 03.";
    expect(withLinesBlank(text, [opening(">")])).toBe("A 01.\r\n       \r\nC 03.");
  });

  it("joined lines: their breaks and the one before are spaces of the line before, their «\\r» too", () => {
    const text = "đang thực hiện\r\nTrang 2\r\n\r\n66 biên chế.";
    const read = withLinesBlank(text, [() => [{ from: 1, to: 2, joined: true }]]);
    expect(read.length).toBe(text.length);
    expect(read).toBe("đang thực hiện\r" + " ".repeat(11) + "\n66 biên chế.");
    // At the text's top there is no line before: the lines become one blank line.
    expect(withLinesBlank("Trang 1\nA 01.", [() => [{ from: 0, to: 0, joined: true }]])).toBe("       \nA 01.");
  });

  it("a later pass reads what the earlier left: a line the first blanked is no line the second finds", () => {
    const text = "> # 01\n# 02\n> 03";
    const seen: string[][] = [];
    const spy: LinesToBlank = (lines) => {
      seen.push([...lines]);
      return [];
    };
    expect(withLinesBlank(text, [opening(">"), spy, opening("#")])).toBe("      \n    \n    ");
    expect(seen).toEqual([["      ", "# 02", "    "]]);
  });

  it("returns the very text when no pass finds a line", () => {
    const text = "A 01.\nB 02.";
    expect(withLinesBlank(text, [opening(">"), opening("#")])).toBe(text);
  });
});
