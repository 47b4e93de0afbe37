/**
 * A strip above the simulated document standing in for Word's own ribbon: Track Changes, closing and reopening the
 * task pane, a sync counter, and a link between the report with controls and the same report typed by hand.
 */
import type { WordSimulation } from "./wordSim";

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
  container.append(tracking, reopen, syncs, other);
  sim.subscribe(draw);
  draw();
}
