/**
 * What an empty figure shows in a new report until the clerk fills it (template/paragraphs.ts writes it). It is no
 * value: read back from the document it means "not typed yet", never «…» as a number or a list of one item.
 */
export const PLACEHOLDER = "…";

/** A control's text that holds no figure: the placeholder, or nothing at all. */
export function isPlaceholder(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === "" || trimmed === PLACEHOLDER || trimmed === "...";
}
