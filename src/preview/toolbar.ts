/** A strip above the simulated document standing in for Word's own Review ribbon: Track Changes and a sync counter. */
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
  container.append(tracking, syncs);
  sim.subscribe(draw);
  draw();
}
