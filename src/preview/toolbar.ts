/**
 * A strip above the simulated document standing in for Word's own Review ribbon: Track Changes, a sync counter, and
 * a link between the report with controls and the same report typed by hand.
 */
import type { WordSimulation } from "./wordSim";

export function renderToolbar(sim: WordSimulation, container: HTMLElement): void {
  const tracking = document.createElement("button");
  tracking.type = "button";
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
  container.append(tracking, syncs, other);
  sim.subscribe(draw);
  draw();
}
