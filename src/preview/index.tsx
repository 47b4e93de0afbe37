/**
 * The preview host: the real task pane beside a simulated Word document (a form's sample report, its figures as
 * content controls), for machines without Word. The pane is wired exactly as in Word, only the gateway's `run`
 * comes from the simulation. ?form=<id> picks a built-in form (the first by default).
 */
import "./evalMark";
import { formAndSample } from "./earlyForm";
import { createRoot, type Root } from "react-dom/client";
import { definitionFromForm } from "../domain/form/toDefinition";
import { createOfficeGateway } from "../office/officeGateway";
import { type SelfCheckHost } from "../taskpane/selfCheckHost";
import { browserPreferences } from "../taskpane/browserPreferences";
import { mountPane as mountWithStore } from "../taskpane/mountPane";
import { createAppStore } from "../taskpane/store/createAppStore";
import { pauseTimers, type PauseTimers } from "../taskpane/pauseTimer";
import { plainParagraphs, seedParagraphs } from "./seedDocument";
import { renderToolbar } from "./toolbar";
import { createWordSimulation, installWordGlobals, renderSimDocument, syncDelayFrom } from "./wordSim";
import "./preview.css";

// The start trace's spans (npm run bench -- --trace): the bundle's modules evaluated, the form loaded, then the
// simulated document built and drawn.
performance.measure("bcdc:modules", "bcdc:modules");
performance.mark("bcdc:form");
installWordGlobals();
const params = new URLSearchParams(location.search);

async function main(): Promise<void> {
  const [form, sample] = await formAndSample;
  const report = definitionFromForm(form);
  performance.measure("bcdc:form", "bcdc:form");
  performance.mark("bcdc:sim-document");
  // ?plain: the same report typed by hand, no controls, for "Nhận diện số liệu".
  const initial =
    params.has("empty") || !sample ? [] : params.has("plain") ? plainParagraphs(report, sample) : seedParagraphs(report, sample);
  // ?platform=Mac plays Word on Mac's quirks (a tracked deletion's text reads "", office-js#5178).
  const platform = params.get("platform") === "Mac" ? "Mac" : "PC";
  const sim = createWordSimulation(initial, {
    maxApi: params.get("api") ?? "1.6",
    author: "Chuyên viên",
    platform,
    // ?latency=desktop|web|<ms>: each sync waits like a round trip to Word (src/preview/wordSim/latency.ts).
    syncDelayMs: syncDelayFrom(params.get("latency")),
  });
  // Tests act as the user on the document through this handle (cursor, hand edits, accepting changes).
  (window as unknown as { __sim?: typeof sim }).__sim = sim;
  // «Tự kiểm tra» runs its checks on the simulated document (on `?empty`: elsewhere it refuses a document with text).
  const selfCheck: SelfCheckHost = {
    run: sim.run,
    supports: sim.supports,
    info: () => ({ host: "Word (mô phỏng)", version: "mô phỏng", platform: sim.platform }),
  };

  const paneHost = document.getElementById("root")!;
  let root: Root | null = null;
  let pauses: PauseTimers | null = null;

  /**
   * Closing and opening Word's task pane starts the add-in again on the same document: a fresh store, nothing kept
   * but what the document holds. A page reload cannot play this, because it would also recreate the document.
   */
  function mountPane(): void {
    // Word's reopened pane is a new page, at its top: the host's column kept the closed pane's scroll, so the pane
    // reopened on its period box and «Cập nhật văn bản» with its title out of sight. (The first pane meets a column
    // at its top: setting it then forced a layout of the page before the pane was rendered.)
    if (root) {
      root.unmount();
      paneHost.scrollTop = 0;
    }
    // The closed pane's page is gone with it: a save it was waiting to make never comes.
    pauses?.stopAll();
    pauses = pauseTimers();
    root = createRoot(paneHost);
    // The gateway asks the store which form is in use (a document may carry another): set once the store exists.
    const inUse = { prefix: () => report.tagPrefix };
    const store = createAppStore({
      word: createOfficeGateway(sim.run, sim.supports, { tagPrefix: () => inUse.prefix() }),
      now: () => new Date(),
      prefs: browserPreferences(),
      report,
      afterPause: pauses.afterPause,
    });
    inUse.prefix = () => store.getState().report.tagPrefix;
    void mountWithStore(root, store, selfCheck);
  }

  renderToolbar(sim, document.getElementById("toolbar")!, { reopenPane: mountPane });
  renderSimDocument(sim, document.getElementById("document")!);
  performance.measure("bcdc:sim-document", "bcdc:sim-document");
  mountPane();
}

main().catch((error: unknown) => {
  document.getElementById("root")!.textContent = `Không mở được bản xem thử: ${String(error)}`;
});
