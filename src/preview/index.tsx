/**
 * The preview host: the real task pane beside a simulated Word document (the reference report, its figures as
 * content controls), for machines without Word. The pane is wired exactly as in Word, only the gateway's `run`
 * comes from the simulation.
 */
import "./evalMark";
import { createRoot, type Root } from "react-dom/client";
import { createOfficeGateway } from "../office/officeGateway";
import { browserPreferences } from "../taskpane/browserPreferences";
import { mountPane as mountWithStore } from "../taskpane/mountPane";
import { createAppStore } from "../taskpane/store/createAppStore";
import { plainParagraphs, seedParagraphs } from "./seedDocument";
import { renderToolbar } from "./toolbar";
import { createWordSimulation, installWordGlobals, renderSimDocument, syncDelayFrom } from "./wordSim";
import "./preview.css";

// The start trace's spans: the bundle's modules evaluated, then the simulated document built and drawn.
performance.measure("bcdc:modules", "bcdc:modules");
performance.mark("bcdc:sim-document");
installWordGlobals();
const params = new URLSearchParams(location.search);
// ?plain: the same report typed by hand, no controls, for "Nhận diện số liệu".
const initial = params.has("empty") ? [] : params.has("plain") ? plainParagraphs() : seedParagraphs();
const sim = createWordSimulation(initial, {
  maxApi: params.get("api") ?? "1.6",
  author: "Chuyên viên",
  // ?latency=desktop|web|<ms>: each sync waits like a round trip to Word (src/preview/wordSim/latency.ts).
  syncDelayMs: syncDelayFrom(params.get("latency")),
});
// Tests act as the user on the document through this handle (cursor, hand edits, accepting changes).
(window as unknown as { __sim?: typeof sim }).__sim = sim;

const paneHost = document.getElementById("root")!;
let root: Root | null = null;

/**
 * Closing and opening Word's task pane starts the add-in again on the same document: a fresh store, nothing kept
 * but what the document holds. A page reload cannot play this, because it would also recreate the document.
 */
function openPane(): void {
  root?.unmount();
  root = createRoot(paneHost);
  const store = createAppStore({
    word: createOfficeGateway(sim.run, sim.supports),
    now: () => new Date(),
    prefs: browserPreferences(),
  });
  void mountWithStore(root, store);
}

renderToolbar(sim, document.getElementById("toolbar")!, { reopenPane: openPane });
renderSimDocument(sim, document.getElementById("document")!);
performance.measure("bcdc:sim-document", "bcdc:sim-document");
openPane();
