/**
 * Views loaded on first use, fetched ahead when the pane is idle. A view whose module is already loaded renders at
 * once: React.lazy would suspend on the already-resolved import() and, once a fallback was shown, hold the content
 * back for its Suspense throttle (about 300 ms, react-reconciler's FALLBACK_THROTTLE_MS), which is most of what a
 * leader waited on the first click of «So sánh».
 */
import { lazy, type ComponentType } from "react";

export interface Preloadable {
  /** The component: the loaded module's when it is loaded, a lazy one until then. */
  View: ComponentType;
  /** Starts loading (once); resolves when the module is ready. */
  preload(): Promise<unknown>;
}

export function preloadable(load: () => Promise<{ default: ComponentType }>): Preloadable {
  let loaded: ComponentType | null = null;
  let loading: Promise<{ default: ComponentType }> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        loading = null; // a failed fetch (offline) is tried again on the click
        throw error;
      },
    ));
  const Lazy = lazy(preload);
  const View = () => {
    const Loaded = loaded;
    return Loaded ? <Loaded /> : <Lazy />;
  };
  return { View, preload };
}

/**
 * Runs `work` when the browser is idle (at the latest after `timeoutMs`); returns the cancel. Where there is no
 * requestIdleCallback (Safari, so Word on Mac; jsdom), after a pause.
 */
export function whenIdle(work: () => void, timeoutMs = 1000): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(() => work(), { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, Math.min(timeoutMs, 1500));
  return () => clearTimeout(id);
}
