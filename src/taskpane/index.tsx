/** Entry inside Word: wires the Office.js gateway into the store and renders the pane. */
import { lazy, Suspense } from "react";
import { createRoot } from "react-dom/client";
import { createOfficeGateway } from "../office/officeGateway";
import { browserPreferences } from "./browserPreferences";
import { mountPane } from "./mountPane";
import { createAppStore } from "./store/createAppStore";

const OutsideOffice = lazy(() => import("./OutsideOffice"));

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
  const word = createOfficeGateway((batch) => Word.run(batch), supports);
  const store = createAppStore({ word, now: () => new Date(), prefs: browserPreferences() });
  void mountPane(root, store);
});
