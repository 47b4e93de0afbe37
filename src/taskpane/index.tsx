/** Entry inside Word: wires the Office.js gateway into the store and renders the pane. */
import { createRoot } from "react-dom/client";
import { createOfficeGateway } from "../office/officeGateway";
import { App } from "./App";
import { createAppStore } from "./store/createAppStore";
import { StoreProvider } from "./store/StoreContext";
import { browserPreferences } from "./browserPreferences";

Office.onReady(() => {
  const supports = (version: string) => Office.context.requirements.isSetSupported("WordApi", version);
  const word = createOfficeGateway((batch) => Word.run(batch), supports);
  const store = createAppStore({ word, now: () => new Date(), prefs: browserPreferences() });
  createRoot(document.getElementById("root")!).render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
});
