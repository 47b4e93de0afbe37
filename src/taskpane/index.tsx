/** Entry inside Word: wires the Office.js gateway into the store and renders the pane. */
import { lazy, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { loadBuiltInDefinition } from "../forms/builtIn";
import { createOfficeGateway } from "../office/officeGateway";
import { browserPreferences } from "./browserPreferences";
import { mountPane } from "./mountPane";
import { pauseTimers } from "./pauseTimer";
import { createAppStore } from "./store/createAppStore";
import type { AppStore } from "./store/types";
import { type SelfCheckHost } from "./selfCheckHost";

const OutsideOffice = lazy(() => import("./OutsideOffice"));

const prefs = browserPreferences();
// The form loads while Office starts: it is data, in its own chunk, not part of the pane's first-load script.
const form = loadBuiltInDefinition(prefs.get("form"));

Office.onReady((info) => {
  const root = createRoot(document.getElementById("root")!);
  if (info.host !== Office.HostType.Word) {
    root.render(
      <Suspense fallback={null}>
        <OutsideOffice />
      </Suspense>,
    );
    return;
  }
  const supports = (version: string, set: "WordApi" | "WordApiDesktop" = "WordApi") => Office.context.requirements.isSetSupported(set, version);
  const { host, version, platform } = Office.context.diagnostics;
  const selfCheck: SelfCheckHost = { run: (batch) => Word.run(batch), supports, info: () => ({ host: String(host), version, platform: String(platform) }) };
  let current: () => AppStore;
  const word = createOfficeGateway((batch) => Word.run(batch), supports, { tagPrefix: () => current().report.tagPrefix });
  form.then(
    (loaded) => {
      const store = createAppStore({ word, now: () => new Date(), prefs, report: loaded, afterPause: pauseTimers().afterPause });
      current = store.getState;
      // Reads the document before the first render, so the pane renders once, with its data (mountPane.tsx).
      void mountPane(root, store, selfCheck);
    },
    (error: unknown) => {
      // Without a form the pane has nothing to ask for; say so rather than show an empty pane.
      root.render(<p role="alert">Không tải được mẫu báo cáo ({String(error)}). Hãy đóng rồi mở lại phần bổ trợ.</p>);
    },
  );
});
