/**
 * A strip above the simulated document standing in for Word's own ribbon: Track Changes, closing and reopening the
 * task pane, a sync counter, and a link between the report with controls and the same report typed by hand.
 */
import type { WordSimulation } from "./wordSim";

/**
 * Opening a file (openFile.ts, with fflate's unzipping for a .docx: 20 kB of the preview's first chunk, whose tables
 * fflate builds when it is evaluated) loads on the first file chosen, not at start.
 */
const loadOpenFile = () => import(/* webpackChunkName: "preview-open-file" */ "./openFile");

export interface ToolbarActions {
  /** Unmounts the pane and mounts it again with a fresh store on the same document. */
  reopenPane(): void;
}

export function renderToolbar(sim: WordSimulation, container: HTMLElement, actions: ToolbarActions): void {
  const tracking = document.createElement("button");
  tracking.type = "button";
  const reopen = document.createElement("button");
  reopen.type = "button";
  reopen.textContent = "Đóng/mở lại ngăn tác vụ";
  reopen.addEventListener("click", () => actions.reopenPane());
  // Word's own × closes the pane without taking the focus from the box the clerk is typing in: neither does this.
  reopen.addEventListener("mousedown", (event) => event.preventDefault());
  const syncs = document.createElement("span");
  syncs.setAttribute("aria-live", "off");
  const draw = () => {
    const on = sim.doc.trackingMode !== "Off";
    tracking.textContent = on ? "Theo dõi thay đổi của Word: BẬT" : "Theo dõi thay đổi của Word: TẮT";
    tracking.setAttribute("aria-pressed", String(on));
    syncs.textContent = `Số lần đồng bộ với Word: ${sim.syncCount()}`;
  };
  tracking.addEventListener("click", () => {
    sim.doc.trackingMode = sim.doc.trackingMode === "Off" ? "TrackAll" : "Off";
    draw();
  });
  // The same report typed by hand (no controls), for trying «Nhận diện số liệu»; and back.
  const plain = new URLSearchParams(location.search).has("plain");
  const other = document.createElement("a");
  other.href = plain ? "index.html" : "index.html?plain";
  other.textContent = plain ? "Mở bản có ô số liệu" : "Mở bản đánh máy (chưa có ô số liệu)";
  container.append(tracking, reopen, syncs, other, openFileControl(sim, actions));
  keepClearOfToolbar(container);
  sim.subscribe(draw);
  draw();
}

/**
 * A clerk's own report opened in the simulated Word, as opening a document in Word would: its text replaces the
 * document's, and the pane starts afresh on it. Refused files are named with the reason; the document is kept.
 */
function openFileControl(sim: WordSimulation, actions: ToolbarActions): HTMLElement {
  const box = document.createElement("span");
  // The browser's own file button speaks the browser's language («Choose File»): it is hidden, the label is the button.
  const label = document.createElement("label");
  label.className = "preview-open";
  label.textContent = "Mở tệp của bạn (.txt, .docx)…";
  const input = document.createElement("input");
  input.type = "file";
  input.accept = ".txt,.docx";
  input.className = "preview-open-input";
  label.append(input);
  const said = document.createElement("span");
  said.setAttribute("role", "status");
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (!file) return;
    said.textContent = `Đang mở «${file.name}»…`;
    let refusal: (new (...args: never[]) => Error) | null = null;
    void Promise.all([file.arrayBuffer(), loadOpenFile()])
      .then(async ([buffer, { OpenFileError, packageOfFile }]) => {
        refusal = OpenFileError;
        const ooxml = packageOfFile(file.name, new Uint8Array(buffer));
        startAfresh(sim);
        await sim.run(async (context) => {
          context.document.body.insertOoxml(ooxml, "Replace");
          await context.sync();
        });
        actions.reopenPane();
        said.textContent = `Đã mở «${file.name}».`;
      })
      .catch((error: unknown) => {
        const why = refusal !== null && error instanceof refusal ? error.message : `lỗi khi đọc (${String(error)})`;
        said.textContent = `Không mở được «${file.name}»: ${why}. Văn bản đang mở giữ nguyên.`;
      })
      .finally(() => (input.value = ""));
  });
  box.append(label, said);
  return box;
}

/**
 * Another document opened in Word has none of the last one's data: the stored part of the report open before (its
 * period, the figures typed and not yet written, the history) stayed in the simulation under the new text, and the
 * pane read the old report's quý I and its figures as typed by the clerk into the new one (walk62). Track Changes is
 * the new document's own (off), or the old text would stay as tracked deletions; the column starts at the top.
 */
function startAfresh(sim: WordSimulation): void {
  for (const part of [...sim.doc.xmlParts]) sim.doc.deleteXmlPart(part.id);
  sim.doc.trackingMode = "Off";
  document.querySelector(".preview-document")?.scrollTo({ top: 0 });
}

/**
 * The strip stays at the top of the document's scrolling column (sticky). A range the add-in selects is brought to
 * the column's middle; in a window 350 px wide the strip wraps to half the column, and the candidate a clerk clicked
 * was selected under it, out of sight. The column's scroll padding follows the strip's height, so «in view» means
 * below it.
 */
function keepClearOfToolbar(toolbar: HTMLElement): void {
  const column = toolbar.parentElement;
  if (!column || typeof ResizeObserver === "undefined") return;
  const follow = () => (column.style.scrollPaddingTop = `${toolbar.offsetHeight}px`);
  // No first call here: reading the strip's height now forced a layout of the page before the document was drawn
  // (90 ms in a start trace); the observer reports the strip's first size after the first layout, before it is painted.
  new ResizeObserver(follow).observe(toolbar);
}
