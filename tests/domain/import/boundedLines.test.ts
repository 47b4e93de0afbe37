import { LONGEST_LINE, withBoundedLines } from "../../../src/domain/import/boundedLines";
import { recognizeFigures } from "../../../src/domain/import/recognize";
import { REPORT } from "../../support/forms";
import { REFERENCE_TEXT } from "../../fixtures/referenceText";

describe("over-long lines", () => {
  it("leaves a report whose lines are paragraphs as it is", () => {
    expect(withBoundedLines(REFERENCE_TEXT)).toBe(REFERENCE_TEXT);
  });

  it("cuts a line of megabytes at clause ends, keeping every character's place", () => {
    const line = "Tiếp nhận 12 hồ sơ, đạt 95,06%; ".repeat(2000);
    const read = withBoundedLines(line);
    expect(read.length).toBe(line.length);
    const lines = read.split("\n");
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(LONGEST_LINE);
    // Each cut is the space after a «;», nothing else changed.
    for (let i = 0; i < line.length; i++) if (read[i] !== line[i]) expect([line[i - 1], line[i], read[i]]).toEqual([";", " ", "\n"]);
  });

  it("cuts at a space when no clause ends, and not at all without one", () => {
    const words = "hồ sơ ".repeat(3000);
    expect(Math.max(...withBoundedLines(words).split("\n").map((l) => l.length))).toBeLessThanOrEqual(LONGEST_LINE);
    const solid = "9".repeat(3 * LONGEST_LINE);
    expect(withBoundedLines(solid)).toBe(solid);
  });

  it("reads such a line in time proportional to its length, as it reads a report of paragraphs", () => {
    const cost = (text: string) => {
      const started = process.cpuUsage();
      recognizeFigures(text, REPORT);
      const used = process.cpuUsage(started);
      return used.user + used.system;
    };
    cost(REFERENCE_TEXT);
    const line = "Tiếp nhận 12 hồ sơ, đạt 95,06%; ".repeat(16000);
    // CPU per character of one 512 000-character line against the reference report's (paragraphs): read with its
    // line cut it is about 0.4; looking back to the line's start for each number made it about 4 (and growing).
    const perCharacter = (text: string) => cost(text) / text.length;
    const ratio = perCharacter(line) / perCharacter(REFERENCE_TEXT);
    expect(ratio).toBeLessThan(1.5);
  });
});
