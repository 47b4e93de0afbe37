/**
 * A per-sync delay for the simulation: in Word every `context.sync()` is a round trip from the task pane's web view
 * to Word and back, which the simulation otherwise answers at once. With the delay, a test or the benchmark sees
 * what a clerk waits for, and an add-in that syncs per control pays for it as it would in Word.
 *
 * The defaults, and what they rest on (the issues are on github.com/OfficeDev/office-js):
 * - Word desktop, 25 ms: in #3982 a Microsoft engineer timed a Word batch rewritten to sync once on a Windows
 *   development machine at 22.7 ms (164 ms before, with its syncs in a loop); an empty sync on Windows is reported
 *   there as near-instant. 25 ms is that single optimised batch, rounded up.
 * - Word on the web, 150 ms: Microsoft's docs ("Avoid using the context.sync method in loops") say round trips are
 *   costlier in Office on the web because they go over the internet to the Office service; #3982's answer repeats
 *   it ("the cost of each of those round-trip adds up quickly"). No Microsoft figure was found: 150 ms is an
 *   assumption (a continental internet round trip plus the service's own time), to be replaced by a measurement in
 *   Word on the web («Tự kiểm tra» times its syncs). Mac is slower still: #4812 reports an empty sync taking up to
 *   700 ms, #3982 the same calls 15–25 s; #2311 and #3565 report seconds per sync with hundreds of controls before
 *   Microsoft's 2024 fixes. The model is a floor, not a forecast.
 */
export const SYNC_DELAY_MS = { desktop: 25, web: 150 } as const;

export type LatencyProfile = keyof typeof SYNC_DELAY_MS;

/** "desktop", "web" or a number of milliseconds (a URL parameter or a CLI option); anything else is no delay. */
export function syncDelayFrom(value: string | null | undefined): number {
  if (!value) return 0;
  if (value in SYNC_DELAY_MS) return SYNC_DELAY_MS[value as LatencyProfile];
  const ms = Number(value);
  return Number.isFinite(ms) && ms >= 0 ? ms : 0;
}

/** Waits one round trip; with no delay, a microtask, so results are still never visible before `await sync()`. */
export function roundTrip(delayMs: number): Promise<void> {
  return delayMs > 0 ? new Promise((resolve) => setTimeout(resolve, delayMs)) : Promise.resolve();
}
