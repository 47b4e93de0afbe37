/**
 * Where a figure's place is in the report, in a few of the report's own words. A figure the document writes twice in
 * disagreement is offered as «2026 (chỗ 1) / 2025 (chỗ 2)», and a clerk cannot tell which «chỗ» is which (walk
 * finding pane58, 2). Each place is named by the words just before it in its paragraph, with a word or two after:
 * «…đang quản lý năm [2026]: Công chức…», words she can find by eye or with Word's search.
 */
const BEFORE = 6;
const AFTER = 2;

const words = (text: string) => text.split(/\s+/u).filter((w) => w !== "");

/**
 * The words around `figure` in its paragraph: «…đang quản lý năm 2026: Công chức…». The figure's first occurrence is
 * taken (a paragraph rarely writes the same number twice; if it does, the words still show the paragraph). Null
 * when the paragraph does not hold the figure's text (the document changed since it was read).
 */
export function wordsAround(paragraph: string, figure: string): string | null {
  const text = paragraph.replace(/\s+/gu, " ");
  const shown = figure.replace(/\s+/gu, " ").trim();
  const at = shown === "" ? -1 : text.indexOf(shown);
  if (at < 0) return null;
  // From the figure's own sentence when it starts close by: «…thống nhất… Năm 2025» reads as «Năm 2025».
  const before = words(text.slice(0, at).split(/(?<=[.…!?])\s+(?=\p{Lu})/u).pop()!);
  const after = text.slice(at + shown.length);
  // The text right after the figure, up to the next space («2026:»), stays whole; then a word or two.
  const glued = /^\S*/u.exec(after)![0];
  const next = words(after.slice(glued.length));
  const head = before.length > BEFORE ? `…${before.slice(-BEFORE).join(" ")}` : before.join(" ");
  const tail = next.length > AFTER ? `${next.slice(0, AFTER).join(" ")}…` : next.join(" ");
  const attached = /\s$/u.test(text.slice(0, at)) || at === 0 ? " " : "";
  return `${head}${head ? attached : ""}${shown}${glued}${tail ? ` ${tail}` : ""}`.trim();
}
