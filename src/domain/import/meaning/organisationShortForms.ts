/**
 * An organisation a report names only by its short form: «TTPVHCC» for the province's service centre, «BP1C của VP»
 * for the office's one-stop desk, once the report's glossary (or the shared table, abbreviations.json) has said what
 * the short form stands for. The precision layer looks for a section's organisation by its name in the text as
 * written (vetoPlace.namesOrganisation); without this the centre's own figures, under a heading that names it only
 * so, read as «not about the centre». A short form counts as a name when its reading holds the name's words in order.
 * Read with the document's words in force (words.withDocumentWords), once per document.
 */
import { syllables } from "./words";

/** Written short forms: a run of capitals, with a digit or «&» inside («BP1C», «TT&TT»); two letters at least. */
const SHORT = /(?<![\p{L}\d])\p{Lu}[\p{Lu}\d&]*\p{Lu}(?![\p{L}\d])/gu;

export type ShortNames = (names: readonly string[]) => string[];

/** For a list of an organisation's names, the document's short forms that stand for one of them (lower case). */
export function shortFormsNaming(text: string): ShortNames {
  const readings = new Map<string, string>();
  for (const m of text.matchAll(SHORT)) {
    const written = m[0].normalize("NFC").toLowerCase();
    if (readings.has(written)) continue;
    const read = syllables(m[0]);
    // Only a short form read as something else (its own letters are no reading).
    readings.set(written, read.length > 1 ? ` ${read.join(" ")} ` : "");
  }
  const memo = new Map<string, string[]>();
  return (names) => {
    const key = names.join("|");
    let found = memo.get(key);
    if (!found) {
      const spaced = names.map((n) => ` ${n} `);
      found = [...readings].flatMap(([written, read]) => (read !== "" && spaced.some((n) => read.includes(n)) && !names.includes(written) ? [written] : []));
      memo.set(key, found);
    }
    return found;
  };
}
