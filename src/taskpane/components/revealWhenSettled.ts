/**
 * Scrolls an element into view once the page's animations have finished. A field jumped to from the problem
 * summary may sit in a section that is still opening (Fluent's accordion animates its height with the Web
 * Animations API), and scrolling before the section has its full height lands short of the field. Focus is given
 * again at that point too: an input inside a panel that was still collapsed could not take it earlier.
 */
export function revealWhenSettled(element: HTMLElement, maxFrames = 90): () => void {
  const animating = () => (element.ownerDocument.getAnimations?.() ?? []).some((a) => a.playState === "running");
  let frame = 0;
  let handle = 0;
  const step = () => {
    frame += 1;
    if (!animating() || frame >= maxFrames) {
      if (element.ownerDocument.activeElement !== element) element.focus({ preventScroll: true });
      element.scrollIntoView?.({ block: "center" });
      return;
    }
    handle = requestAnimationFrame(step);
  };
  if (typeof requestAnimationFrame !== "function") {
    element.scrollIntoView?.({ block: "center" });
    return () => undefined;
  }
  handle = requestAnimationFrame(step);
  return () => cancelAnimationFrame(handle);
}
