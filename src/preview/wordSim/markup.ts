/**
 * A compact way to write a paragraph with controls: `"là [[ab:giao|55]] người"`. The title is
 * looked up by the caller (from the form in use), so markup carries only tag and text.
 */
import type { SimParagraph, SimRun } from "./types";

const CONTROL = /\[\[([^|\]]+)\|([^\]]*)\]\]/g;

export function parseMarkup(markup: string, titleOf: (tag: string) => string): SimParagraph {
  const runs: SimRun[] = [];
  let last = 0;
  for (const match of markup.matchAll(CONTROL)) {
    const [whole, tag = "", text = ""] = match;
    if (match.index > last) runs.push(markup.slice(last, match.index));
    runs.push({ tag, title: titleOf(tag), text });
    last = match.index + whole.length;
  }
  if (last < markup.length) runs.push(markup.slice(last));
  return { runs };
}
