/**
 * Mounting the pane, in Word and in the preview: the document is read before React renders anything, so the pane
 * renders once, with the document's figures, instead of rendering empty and then again with the data (that second
 * render of every field was 28–33 % of the start in issue 15's trace).
 */
import { useLayoutEffect } from "react";
import type { Root } from "react-dom/client";
import type { StoreApi } from "zustand/vanilla";
import { App } from "./App";
import { StoreProvider } from "./store/StoreContext";
import { SelfCheckHostContext, type SelfCheckHost } from "./selfCheckHost";
import type { AppStore } from "./store/types";

/**
 * The longest the pane waits for the read before it shows anyway, saying «Đang đọc văn bản…». The read is 1–2 syncs:
 * about 50 ms on Word desktop, 300 ms on Word on the web (src/preview/wordSim/latency.ts), so it usually wins; a
 * slow Word still gets a pane that says what it is doing.
 */
export const FIRST_RENDER_WAIT_MS = 400;

/** Marks the end of React's first commit of the pane, for the start trace (npm run bench -- --trace). */
function Committed() {
  useLayoutEffect(() => void performance.measure("bcdc:render", "bcdc:render"), []);
  return null;
}

export async function mountPane(root: Root, store: StoreApi<AppStore>, selfCheck: SelfCheckHost | null = null): Promise<void> {
  performance.mark("bcdc:read");
  const started = store.getState().start().then(() => void performance.measure("bcdc:read", "bcdc:read"));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => (timer = setTimeout(resolve, FIRST_RENDER_WAIT_MS)));
  await Promise.race([started, waited]);
  clearTimeout(timer);
  performance.mark("bcdc:render");
  root.render(
    <StoreProvider store={store}>
      <SelfCheckHostContext.Provider value={selfCheck}>
        <App />
      </SelfCheckHostContext.Provider>
      <Committed />
    </StoreProvider>,
  );
}
