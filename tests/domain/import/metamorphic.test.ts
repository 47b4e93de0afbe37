/**
 * Metamorphic recognition (tests/support/metamorphic): a corpus document rewritten in a way that keeps every figure
 * true (number styles, bullet marks, connectives, capitals, PDF wrapping, paragraph order, distractor sentences about
 * the plan, the previous period, another unit) must bind nothing wrong, and lose no more figures than measured. Here
 * each transform runs on a few documents chosen by a seeded rotation (METAMORPHIC_SEED picks another set); the full
 * matrix, with its table, is `npm run metamorphic` (scripts/metamorphic.ts).
 */
import { seeded, TRANSFORMS } from "../../support/metamorphic";
import { corpusDocuments, measureOriginal, measureTransformed, type CorpusDocument } from "../../support/metamorphicMeasure";

/** Documents per transform in this suite (the script runs them all). */
const PER_TRANSFORM = 2;

/**
 * The most figures one document lost to each transform over the full matrix, measured on 2026-12-01 after the fixes
 * (meaning/hardWraps.ts, vetoEarlier.ts's earlier period without its comma or closing the clause, vetoTarget.ts's
 * «Riêng Sở …»). A transform absent here must lose nothing.
 */
const MAX_LOSS: Record<string, number> = {};

/** Wrong bindings the full matrix still finds, «transform | document | field», listed exactly so that any other fails. */
const KNOWN_WRONG: string[] = [];

const documents = corpusDocuments();
const seed = process.env.METAMORPHIC_SEED ?? "2026-12-01";

/** A seeded rotation: transform i takes the next PER_TRANSFORM documents of one shuffled order, so all are met. */
function chosen(): Array<[string, number, CorpusDocument]> {
  const random = seeded(seed);
  const order = documents.map((d) => ({ d, k: random() })).sort((a, b) => a.k - b.k).map((x) => x.d);
  const rows: Array<[string, number, CorpusDocument]> = [];
  TRANSFORMS.forEach((t, i) => {
    for (let j = 0; j < PER_TRANSFORM; j++) {
      const d = order[(i * PER_TRANSFORM + j) % order.length]!;
      rows.push([`${t.name} × ${d.file}`, i, d]);
    }
  });
  return rows;
}

describe("truth-preserving rewrites of the corpus bind nothing wrong", () => {
  it.each(chosen())("%s", async (_name, i, doc) => {
    const transform = TRANSFORMS[i]!;
    const [before, after] = [await measureOriginal(doc), await measureTransformed(doc, transform)];
    const known = KNOWN_WRONG.filter((k) => k.startsWith(`${transform.name} | ${before.document} | `)).map((k) => k.split(" | ")[2]);
    expect(after.wrong.map((w) => w.split(":")[0] + ":" + w.split(":")[1])).toEqual(known);
    expect(before.right - after.right).toBeLessThanOrEqual(MAX_LOSS[transform.name] ?? 0);
  });
});
