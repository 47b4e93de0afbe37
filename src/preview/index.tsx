/**
 * The preview host: the real task pane beside a simulated Word document (a form's sample report, its figures as
 * content controls), for machines without Word. The pane is wired exactly as in Word, only the gateway's `run`
 * comes from the simulation. ?form=<id> picks a built-in form (the first by default).
 */
import { createRoot, type Root } from "react-dom/client";
import { definitionFromForm } from "../domain/form/toDefinition";
import { FORM_CATALOG, loadBuiltInForm } from "../forms/builtIn";
import { loadSample } from "../forms/samples";
import { createOfficeGateway } from "../office/officeGateway";
import { App } from "../taskpane/App";
import { createAppStore } from "../taskpane/store/createAppStore";
import { StoreProvider } from "../taskpane/store/StoreContext";
import { browserPreferences } from "../taskpane/browserPreferences";
import { plainParagraphs, seedParagraphs } from "./seedDocument";
import { renderToolbar } from "./toolbar";
import { createWordSimulation, installWordGlobals, renderSimDocument } from "./wordSim";
import "./preview.css";

installWordGlobals();
const params = new URLSearchParams(location.search);
const formId = FORM_CATALOG.find((entry) => entry.id === params.get("form"))?.id ?? FORM_CATALOG[0]!.id;

async function main(): Promise<void> {
  const [form, sample] = await Promise.all([loadBuiltInForm(formId), loadSample(formId)]);
  const report = definitionFromForm(form);
  // ?plain: the same report typed by hand, no controls, for "Nhận diện số liệu".
  const initial =
    params.has("empty") || !sample ? [] : params.has("plain") ? plainParagraphs(report, sample) : seedParagraphs(report, sample);
  const sim = createWordSimulation(initial, { maxApi: params.get("api") ?? "1.6", author: "Chuyên viên" });
  // Tests act as the user on the document through this handle (cursor, hand edits, accepting changes).
  (window as unknown as { __sim?: typeof sim }).__sim = sim;

  const paneHost = document.getElementById("root")!;
  let root: Root | null = null;

  /**
   * Closing and opening Word's task pane starts the add-in again on the same document: a fresh store, nothing kept
   * but what the document holds. A page reload cannot play this, because it would also recreate the document.
   */
  function mountPane(): void {
    root?.unmount();
    root = createRoot(paneHost);
    // The gateway asks the store which form is in use (a document may carry another): set once the store exists.
    const inUse = { prefix: () => report.tagPrefix };
    const store = createAppStore({
      word: createOfficeGateway(sim.run, sim.supports, { tagPrefix: () => inUse.prefix() }),
      now: () => new Date(),
      prefs: browserPreferences(),
      report,
    });
    inUse.prefix = () => store.getState().report.tagPrefix;
    root.render(
      <StoreProvider store={store}>
        <App />
      </StoreProvider>,
    );
  }

  renderToolbar(sim, document.getElementById("toolbar")!, { reopenPane: mountPane });
  renderSimDocument(sim, document.getElementById("document")!);
  mountPane();
}

main().catch((error: unknown) => {
  document.getElementById("root")!.textContent = `Không mở được bản xem thử: ${String(error)}`;
});
