/**
 * The ceiling statedTwice.ts reads before a score (src/domain/import/meaning/scoreBound.ts): never under the score,
 * for every figure of both forms and every number of every corpus document, so that skipping the scores under a mark
 * changes nothing; and low enough for most pairs to be skipped, which is what it is for.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { scanHeadings } from "../../../src/domain/import/headings";
import { findCandidates } from "../../../src/domain/import/meaning/candidates";
import { FLOOR } from "../../../src/domain/import/meaning/assign";
import { buildProfiles, vocabulary } from "../../../src/domain/import/meaning/profiles";
import { score } from "../../../src/domain/import/meaning/score";
import { scoreCeiling } from "../../../src/domain/import/meaning/scoreBound";
import { findNumbers } from "../../../src/domain/import/numbers";
import { patternsOf } from "../../../src/domain/import/patterns";
import type { ReportDefinition } from "../../../src/domain/report";
import { CORPUS, documentText, truthFiles } from "../../support/corpusMeasure";
import { REPORT, builtInDefinition } from "../../support/forms";

async function corpusTexts(folders: string[]): Promise<string[]> {
  const texts: string[] = [];
  for (const folder of folders) {
    for (const truth of truthFiles(folder)) {
      const { document } = JSON.parse(readFileSync(join(CORPUS, truth), "utf8")) as { document: string };
      texts.push(await documentText(join(CORPUS, truth, "..", document)));
    }
  }
  return texts;
}

function pairs(report: ReportDefinition, texts: string[]): { over: string[]; under: number; all: number } {
  const profiles = buildProfiles(report, patternsOf(report));
  const vocab = vocabulary(profiles);
  const ceiling = scoreCeiling(profiles, vocab);
  const over: string[] = [];
  let under = 0;
  let all = 0;
  for (const text of texts) {
    for (const c of findCandidates(text, findNumbers(text), scanHeadings(text), true)) {
      for (const p of profiles) {
        const s = score(p, c, vocab);
        const most = ceiling(p, c);
        all++;
        if (most < FLOOR) under++;
        if (s > most) over.push(`${p.field.id} ${c.token.text}@${c.token.start}: ${s} > ${most}`);
      }
    }
  }
  return { over, under, all };
}

describe("scoreCeiling", () => {
  let quarterly: ReturnType<typeof pairs>;
  beforeAll(async () => {
    quarterly = pairs(REPORT, await corpusTexts(["reworded", "heldout", "published"]));
  });

  it("is never under the score, for the quarterly form on every corpus document", () => {
    expect(quarterly.all).toBeGreaterThan(100_000);
    expect(quarterly.over).toEqual([]);
  });

  it("is never under the score, for the monthly form on its documents", async () => {
    const { over, all } = pairs(builtInDefinition("tiep-cong-dan-thang"), await corpusTexts(["second-form"]));
    expect(all).toBeGreaterThan(1_000);
    expect(over).toEqual([]);
  });

  it("puts most figure × number pairs under the floor, whose scores are then never read", () => {
    expect(quarterly.under / quarterly.all).toBeGreaterThan(0.8);
  });

  it("has no ceiling for a figure it was not built for (its score is then always read)", () => {
    const profiles = buildProfiles(REPORT, patternsOf(REPORT));
    const vocab = vocabulary(profiles);
    const text = "Tiếp nhận 120 hồ sơ.";
    const [c] = findCandidates(text, findNumbers(text), scanHeadings(text), false);
    expect(scoreCeiling(profiles.slice(1), vocab)(profiles[0]!, c!)).toBe(Infinity);
    expect(scoreCeiling(profiles, vocab)(profiles[0]!, c!)).toBeLessThan(Infinity);
  });
});
