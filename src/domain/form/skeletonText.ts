/**
 * The new-report text of a form as one string per paragraph: [[fieldId]] for a figure, {{setting}} for the office's
 * details, <i>…</i> for italics. Plain text otherwise, so the form reads like the report and a clerk can edit it.
 */
import type { Block, Run, SettingRef } from "../template/types";

export const SETTINGS: readonly SettingRef[] = ["governingBody", "officeName", "symbol", "placeDate", "recipients", "signerTitle", "signerName"];

const TOKEN = /\[\[([^\]]*)\]\]|\{\{([^}]*)\}\}|<i>([\s\S]*?)<\/i>/g;

export type TextPiece = { text: string; italic?: boolean } | { field: string } | { setting: string };

/** The pieces of one paragraph's text, field ids as written (without the tag prefix). */
export function pieces(text: string): TextPiece[] {
  const out: TextPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > at) out.push({ text: text.slice(at, match.index) });
    if (match[1] !== undefined) out.push({ field: match[1] });
    else if (match[2] !== undefined) out.push({ setting: match[2] });
    else if (match[3]) out.push({ text: match[3], italic: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

/** The runs of a paragraph: field ids get the form's tag prefix. Assumes a checked form (known fields and settings). */
export function paragraphRuns(text: string, tagPrefix: string): Run[] {
  return pieces(text).map((piece): Run => {
    if ("field" in piece) return { field: `${tagPrefix}${piece.field}` };
    if ("setting" in piece) return { setting: piece.setting as SettingRef };
    return piece.italic ? { text: piece.text, italic: true } : { text: piece.text };
  });
}

/** The inverse, for writing a form from blocks (tools, the authoring panel). */
export function blockText(block: Block, tagPrefix: string): string {
  return block.runs
    .map((run) => {
      if ("field" in run) return `[[${run.field.startsWith(tagPrefix) ? run.field.slice(tagPrefix.length) : run.field}]]`;
      if ("setting" in run) return `{{${run.setting}}}`;
      return run.italic ? `<i>${run.text}</i>` : run.text;
    })
    .join("");
}
