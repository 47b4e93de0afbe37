/**
 * The pause after which a typed figure is kept in the document's stored part (StoreDeps.afterPause): long enough
 * that a figure typed in one go is written once, short enough that closing the pane right after typing loses nothing.
 */
export const TYPING_PAUSE_MS = 1500;

export interface PauseTimers {
  afterPause(work: () => void): () => void;
  /** The pane is gone (the preview's «Đóng/mở lại ngăn tác vụ»): nothing it was waiting for runs any more. */
  stopAll(): void;
}

export function pauseTimers(ms: number = TYPING_PAUSE_MS): PauseTimers {
  const waiting = new Set<ReturnType<typeof setTimeout>>();
  return {
    afterPause(work) {
      const timer = setTimeout(() => {
        waiting.delete(timer);
        work();
      }, ms);
      waiting.add(timer);
      return () => {
        clearTimeout(timer);
        waiting.delete(timer);
      };
    },
    stopAll() {
      for (const timer of waiting) clearTimeout(timer);
      waiting.clear();
    },
  };
}
