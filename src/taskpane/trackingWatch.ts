/**
 * Word's Track Changes switched by the clerk in Word itself (Review › Track Changes) reaches the pane when the pane
 * regains focus. Word's JavaScript API has no event for it: Word.Document's events are onContentControlAdded
 * (WordApi 1.5), onParagraphAdded/Changed/Deleted (1.6) and the annotation events (1.7, 1.8), and
 * Document.changeTrackingMode (WordApi 1.4) is a property to load
 * (https://learn.microsoft.com/en-us/javascript/api/word/word.document,
 * https://learn.microsoft.com/en-us/javascript/api/word/word.changetrackingmode). So the mode is read again (one sync,
 * gateway.readTrackingMode) when the clerk comes back to the pane: the pane's window gains focus (Word desktop and Word
 * on the web host the pane in a window or frame of its own), the pane becomes visible again, or focus enters the pane
 * from the page around it (the preview host, where the pane shares the page with the simulated document and toolbar).
 * Focus moving inside the pane, or coming from nowhere (a first click), reads nothing.
 */
import { useEffect, type RefObject } from "react";
import { useAppStore } from "./store/StoreContext";

export function useTrackingWatch(pane: RefObject<HTMLElement | null>): void {
  const refresh = useAppStore((s) => s.refreshTracking);
  useEffect(() => {
    const root = pane.current;
    const again = () => void refresh();
    const visible = () => {
      if (document.visibilityState === "visible") again();
    };
    const entered = (event: FocusEvent) => {
      const from = event.relatedTarget;
      if (from instanceof Node && !root?.contains(from)) again();
    };
    window.addEventListener("focus", again);
    document.addEventListener("visibilitychange", visible);
    root?.addEventListener("focusin", entered);
    return () => {
      window.removeEventListener("focus", again);
      document.removeEventListener("visibilitychange", visible);
      root?.removeEventListener("focusin", entered);
    };
  }, [pane, refresh]);
}
