/**
 * A number the clerk selected by hand in «Văn bản cũ» and bound to a field, when recognition's reader of a selection
 * (chosenInput, src/domain/import/paneChoices.ts) refused it. Recognition stays as strict as it is: there a «39,871»
 * in running text may be anything. A selection made by hand for one field is an explicit choice of this number for
 * this field, so the field's kind settles what its comma means, and only where one reading is possible:
 * - a count has no decimals: «39,871» (commas grouping thousands, as English-style software and some clerks write) can
 *   only be 39.871, and the pane binds it saying how it read it (`readAs`), never silently;
 * - a percentage is 0–100: «95,06» selected without its «%» is 95,06; «39,871» is 39,871 (39.871 % is no percentage).
 * A comma that is neither («1,5» for a count) stays refused, with the field's reason.
 */
import { parseField } from "./fieldValues";
import type { FieldDef } from "./types";

export type HandReading =
  /** `input` goes into the form; `readAs`, when set, is the official writing of a number written otherwise. */
  | { ok: true; input: string; readAs: string | null }
  | { ok: false; reason: string };

const THOUSANDS_BY_COMMAS = /^\d{1,3}(?:,\d{3})+$/;
const DECIMAL_COMMA = /^\d+,\d+(?:\s*%)?$/;

/** The selection read for this field, or null when the field's kind gives no reading recognition's reader lacks. */
export function readHandChosen(field: FieldDef, selected: string): HandReading | null {
  const text = selected.trim();
  const checked = (input: string, readAs: string | null): HandReading => {
    const parsed = parseField(field, input);
    return parsed.ok && parsed.value !== null
      ? { ok: true, input, readAs }
      : { ok: false, reason: `«${text}» không hợp với ô «${field.label}»: ${parsed.ok ? "không có số." : parsed.message}` };
  };
  if (field.kind === "count" && THOUSANDS_BY_COMMAS.test(text)) {
    const grouped = text.replaceAll(",", ".");
    return checked(grouped, grouped);
  }
  if (field.kind === "percent" && DECIMAL_COMMA.test(text)) return checked(text.replace(/\s*%$/, ""), null);
  return null;
}
