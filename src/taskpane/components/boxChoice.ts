/**
 * Which box «Chèn vào văn bản» inserts. Walk finding (walk43, 1): the bar took whichever box last had the focus, and
 * the bar is the pane's last Tab stop, so a keyboard-only clerk who typed a figure and tabbed on to the bar passed
 * every later box and inserted the last one («không» at the top of the document). A box passed by Tab is not chosen;
 * a click, typing in it, or the summary's jump chooses it, and Ctrl+Enter in a box inserts that box's figure at once.
 */
let tabbing = false;
if (typeof window !== "undefined") {
  const track = (e: KeyboardEvent) => e.key === "Tab" && (tabbing = e.type === "keydown");
  window.addEventListener("keydown", track, true);
  window.addEventListener("keyup", track, true);
}

/** Whether the focus now arriving came by the Tab key. */
export const focusByTab = (): boolean => tabbing;

/** Ctrl+Enter (⌘+Enter on a Mac): insert this box's figure at the document's cursor. */
export const asksInsert = (e: { key: string; ctrlKey: boolean; metaKey: boolean }): boolean => e.key === "Enter" && (e.ctrlKey || e.metaKey);
