/**
 * The pause after which a typed figure is kept in the document's stored part (StoreDeps.afterPause): long enough
 * that a figure typed in one go is written once (keys come a fraction of a second apart), short enough that closing
 * the pane right after typing loses nothing. At 1.5 s a clerk who typed «14» and closed the pane 0.7 s later found
 * the old «11» on reopening (walk40).
 */
export const TYPING_PAUSE_MS = 600;

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
