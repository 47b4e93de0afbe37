/**
 * Waiting for states, not for time: a store state reached, then React's rendering of it flushed (act). No timeout
 * of its own: only the test's, so a slow, busy machine makes the test slower, never wrong. Testing Library's
 * waitFor/findBy give up after one second, which a loaded two-core machine can spend on one role query of the pane.
 */
import { act, getConfig } from "@testing-library/react";
import type { StoreApi } from "zustand/vanilla";

export function stateReached<S>(store: StoreApi<S>, predicate: (state: S) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (predicate(store.getState())) {
      resolve();
      return;
    }
    const unsubscribe = store.subscribe((state) => {
      if (!predicate(state)) return;
      unsubscribe();
      resolve();
    });
  });
}

/** Resolves once `predicate` holds and React has rendered it. */
export async function settle<S>(store: StoreApi<S>, predicate: (state: S) => boolean): Promise<void> {
  await act(() => stateReached(store, predicate));
}

/**
 * Resolves once `check` holds for the document (checked at every DOM change, no deadline): for what React shows
 * by itself later, such as a lazily loaded panel. Runs as Testing Library's waitFor does (outside act), so React
 * renders meanwhile. `check` should be cheap (querySelector), not a role query over the whole pane.
 */
export function domReached(check: () => boolean): Promise<void> {
  return getConfig().asyncWrapper(
    () =>
      new Promise<void>((resolve) => {
        if (check()) {
          resolve();
          return;
        }
        const observer = new MutationObserver(() => {
          if (!check()) return;
          observer.disconnect();
          resolve();
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
  ) as Promise<void>;
}

/**
 * The pane's lazily loaded panels and store slices, loaded before a test renders: React.lazy then resolves them from
 * the module cache instead of a dynamic import racing the test's queries.
 */
export async function preloadPane(): Promise<void> {
  await Promise.all([
    import("../../src/taskpane/components/ImportPanel"),
    import("../../src/taskpane/components/ReviewPanel"),
    import("../../src/taskpane/components/HistoryPanel"),
    import("../../src/taskpane/components/NewReportPanel"),
    import("../../src/taskpane/components/UnconfirmedSummary"),
    import("../../src/taskpane/components/UnclearLeftHint"),
    import("../../src/taskpane/components/ConflictList"),
    import("../../src/taskpane/components/PeriodQuestion"),
    import("../../src/taskpane/store/importActions"),
    import("../../src/taskpane/store/reviewWork"),
    import("../../src/taskpane/store/createReport"),
  ]);
}
