import { readFileSync } from "node:fs";
import { parseField } from "../src/domain/fieldValues";
import { recognizeFigures } from "../src/domain/import/recognize";
import { REPORT } from "../src/domain/report";
const [file, truthFile] = process.argv.slice(2);
const text = readFileSync(file!, "utf8");
const truth: Record<string, string> = JSON.parse(readFileSync(truthFile!, "utf8"));
const t0 = performance.now();
const r = recognizeFigures(text, REPORT);
const ms = performance.now() - t0;
let ok = 0, wrong = 0, unclear = 0, missing = 0;
const same = (id: string, a: string, b: string) => { const f = REPORT.byId.get(id)!; return JSON.stringify(parseField(f, a)) === JSON.stringify(parseField(f, b)); };
for (const [id, want] of Object.entries(truth)) {
  const rec = r.get(id);
  if (rec?.state === "bound") {
    const got = rec.occurrences[0]!.input;
    if (same(id, got, want)) ok++; else { wrong++; console.log("WRONG", id, "got", got, "want", want, "line", rec.occurrences[0]!.line); }
  } else if (rec?.state === "ambiguous") { unclear++; console.log("UNCLEAR", id, want, rec.candidates.map((c) => c.text + "@" + c.line).join(" ")); }
  else { missing++; console.log("MISSING", id, want); }
}
for (const [id, rec] of r) if (!(id in truth) && rec.state === "bound") console.log("EXTRA", id, rec.occurrences.map((o) => o.text + "@" + o.line).join(" "));
console.log({ ok, wrong, unclear, missing, total: Object.keys(truth).length, ms: Math.round(ms) });
