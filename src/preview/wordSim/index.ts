/** The Word simulation's public surface, for the preview page, the benchmark and tests. */
export { createWordSimulation, compareVersions } from "./simulation";
export type { WordSimulation, SimulationOptions, ControlSnapshot } from "./simulation";
export { SimDocument, paragraphDisplayText } from "./document";
export { SimError, type SimErrorCode } from "./simError";
export { WORD_ENUMS, installWordGlobals } from "./enums";
export { parseMarkup } from "./markup";
export type {
  SimParagraph, SimRun, SimControl, SimPageSetup, Cursor, TrackedChangeView, ChangeTrackingModeValue, FailedSyncMode, SimPlatform,
} from "./types";
export { renderSimDocument } from "./render";
export { SYNC_DELAY_MS, syncDelayFrom, type LatencyProfile } from "./latency";
