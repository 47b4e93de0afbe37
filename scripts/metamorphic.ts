/**
 * The metamorphic harness's full matrix: every truth-preserving transform (tests/support/metamorphic) on every corpus
 * document with a truth. Prints, per transform, the figures bound right before and after, the figures lost, and
 * every wrong binding with its document. `npm run metamorphic` (add a transform's name fragment to run only those;
 * `--doc FRAGMENT` to run only the documents whose file name holds it, repeatable; `--wrong` to list only wrong
 * bindings). Exits 1 when any transform yields a wrong binding.
 */
import { TRANSFORMS } from "../tests/support/metamorphic";
import { corpusDocuments, measureOriginal, measureTransformed } from "../tests/support/metamorphicMeasure";

/** «bcdc:hcc.tiepNhan: 47 (dòng 118), …» → «bcdc:hcc.tiepNhan». */
const fieldOf = (wrong: string): string => wrong.split(":").slice(0, 2).join(":");

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  // «--doc 81-vinh» narrows the documents: a fixer checks the ones a rule touched without the whole matrix's hour.
  const docFragments = argv.flatMap((a, i) => (argv[i - 1] === "--doc" ? [a] : []));
  const args = argv.filter((a, i) => !a.startsWith("--") && argv[i - 1] !== "--doc");
  const chosen = TRANSFORMS.filter((t) => args.length === 0 || args.some((a) => t.name.includes(a)));
  const docs = corpusDocuments().filter((d) => docFragments.length === 0 || docFragments.some((f) => d.file.includes(f)));
  const before = new Map<string, number>();
  const wrongBefore = new Map<string, Set<string>>();
  let baseRight = 0;
  for (const doc of docs) {
    const m = await measureOriginal(doc);
    before.set(doc.file, m.right);
    wrongBefore.set(doc.file, new Set(m.wrong.map(fieldOf)));
    baseRight += m.right;
  }
  const rows: string[] = ["| transform | bound right (before → after) | lost | gained | worst document loss | wrong |", "|---|---|---|---|---|---|"];
  const wrongs: string[] = [];
  for (const t of chosen) {
    let after = 0, lost = 0, gained = 0, worst = 0, wrong = 0;
    for (const doc of docs) {
      const m = await measureTransformed(doc, t);
      const was = before.get(doc.file) ?? 0;
      after += m.right;
      lost += Math.max(0, was - m.right);
      gained += Math.max(0, m.right - was);
      worst = Math.max(worst, was - m.right);
      // A wrong binding the document already has unrewritten is recognition's, not the transform's (the corpus test's).
      const added = m.wrong.filter((w) => !wrongBefore.get(doc.file)?.has(fieldOf(w)));
      wrong += added.length;
      for (const w of added) wrongs.push(`${t.name} | ${m.document} | ${w}`);
      if (process.argv.includes("--losses") && m.right < was) wrongs.push(`LOST ${t.name} | ${m.document} | ${was} → ${m.right}`);
    }
    rows.push(`| ${t.name} | ${baseRight} → ${after} | ${lost} | ${gained} | ${worst} | ${wrong} |`);
  }
  process.stdout.write(`${rows.join("\n")}\n\n${wrongs.join("\n")}\n`);
  process.exitCode = wrongs.some((w) => !w.startsWith("LOST")) ? 1 : 0;
}

void main();
