import { readFileSync } from "node:fs";
import { REPORT } from "../src/domain/report";
import { REPORT_PATTERNS } from "../src/domain/import/patterns";
import { buildProfiles, vocabulary } from "../src/domain/import/meaning/profiles";
import { findCandidates } from "../src/domain/import/meaning/candidates";
import { eligible, score } from "../src/domain/import/meaning/score";
import { findNumbers } from "../src/domain/import/numbers";
import { scanHeadings } from "../src/domain/import/headings";
const [file, ...ids] = process.argv.slice(2);
const text = readFileSync(file!, "utf8");
const profiles = buildProfiles(REPORT, REPORT_PATTERNS);
const vocab = vocabulary(profiles);
const cands = findCandidates(text, findNumbers(text), scanHeadings(text), true);
for (const id of ids) {
  const p = profiles.find((x) => x.field.id === "bcdc:" + id)!;
  console.log("==", id, "unit", p.unit, [...p.descriptions].map((d) => [...d].join(",")).join(" / "), "CTX", [...p.context].join(","));
  const scored = cands.filter((c) => eligible(p, c)).map((c) => ({ c, s: score(p, c, vocab) })).sort((a, b) => b.s - a.s).slice(0, 5);
  for (const { c, s } of scored) console.log("  ", s.toFixed(3), c.token.text, "unit", c.unit, "near", [...c.near.keys()].join(","));
}
