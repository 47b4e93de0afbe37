/** What each field of the quarterly form is read as in `text`: its bound input, «?» and the candidates when unclear, «-» when not found. */
import { recognizeFigures } from "../../src/domain/import/recognize";
import { REPORT } from "./forms";

export function readFields(text: string, ...ids: string[]): string[] {
  const r = recognizeFigures(text, REPORT);
  return ids.map((id) => {
    const x = r.get(`bcdc:${id}`);
    if (x?.state === "bound") return x.occurrences.map((o) => o.input).join(" ");
    return x?.state === "ambiguous" ? `? ${x.candidates.map((o) => o.text).join(" ")}` : "-";
  });
}
