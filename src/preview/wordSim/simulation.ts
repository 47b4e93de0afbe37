/**
 * createWordSimulation: a `Word.run` and `supports` pair over a simulated document, for jest and the preview page.
 * `createOfficeGateway(sim.run, sim.supports)` runs the production gateway against it unchanged.
 */
import type { SupportsWordApi, WordRun } from "../../office/gateway";
import { SimContext, type SimHost } from "./context";
import { SimDocument, type DocumentOptions } from "./document";
import type { FailedSyncMode, SimParagraph, SimPlatform, TrackedChangeView } from "./types";

export interface SimulationOptions extends Partial<DocumentOptions> {
  /** Highest WordApi requirement set this "Word" supports; "1.3" plays an old Word. Default "1.6". */
  maxApi?: string;
  /** Highest WordApiDesktop set, or null (the default) for a Word without it, such as Word on the web. */
  maxDesktopApi?: string | null;
  readOnly?: boolean;
  /** What a failing sync leaves behind (Word does not document it): default "keepsApplied". */
  failedSync?: FailedSyncMode;
  /** Default "PC". "Mac" plays Word on Mac's quirks (TrackedChange.text of a deletion is ""). */
  platform?: SimPlatform;
  /** Each sync's round trip in ms (SYNC_DELAY_MS in latency.ts: desktop 25, web 150). Default 0: no delay. */
  syncDelayMs?: number;
}

export interface ControlSnapshot {
  id: number;
  tag: string;
  title: string;
  text: string;
}

export interface WordSimulation {
  run: WordRun;
  supports: SupportsWordApi;
  doc: SimDocument;
  readonly platform: SimPlatform;
  /** Selects [start, end) of a paragraph, as the user would. */
  select(paragraph: number, start: number, end: number): void;
  /** Plays the user replacing [start, end) of a paragraph's text by `inserted` with tracking on. */
  editTracked(paragraph: number, start: number, end: number, inserted: string): boolean;
  /** Syncs since creation or the last reset. */
  syncCount(): number;
  resetSyncCount(): void;
  /** Runs `operation` and reports the syncs it made and its wall time. */
  measure<T>(operation: () => Promise<T>): Promise<{ result: T; syncs: number; ms: number }>;
  setMaxApi(version: string): void;
  /** Runs `action` just before the `nth` sync from now applies its commands (1 = the next sync). */
  beforeSync(nth: number, action: () => void): void;
  controls(): ControlSnapshot[];
  setCursor(paragraph: number, offset: number): void;
  trackedChanges(): TrackedChangeView[];
  acceptChange(changeId: number): boolean;
  rejectChange(changeId: number): boolean;
  /** Called after every sync and every direct change (cursor, deletion); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

export function createWordSimulation(initial: readonly SimParagraph[], options: SimulationOptions = {}): WordSimulation {
  const doc = new SimDocument(initial, {
    author: options.author ?? "Chuyên viên (mô phỏng)",
    now: options.now ?? (() => new Date()),
    deletedTextInText: options.deletedTextInText ?? true,
  });
  doc.readOnly = options.readOnly ?? false;
  let maxApi = options.maxApi ?? "1.6";
  let syncs = 0;
  let hooks: { at: number; action: () => void }[] = [];

  const maxDesktopApi = options.maxDesktopApi ?? null;
  const supports: SupportsWordApi = (version, set = "WordApi") =>
    set === "WordApi" ? compareVersions(version, maxApi) <= 0 : maxDesktopApi !== null && compareVersions(version, maxDesktopApi) <= 0;
  const platform = options.platform ?? "PC";
  const host: SimHost = {
    doc,
    supports,
    failedSync: options.failedSync ?? "keepsApplied",
    platform,
    syncDelayMs: options.syncDelayMs ?? 0,
    startSync() {
      syncs += 1;
      const due = hooks.filter((h) => h.at === syncs);
      hooks = hooks.filter((h) => h.at !== syncs);
      for (const hook of due) hook.action();
    },
  };

  // The one cast of the simulation: our context implements only the part of Word.RequestContext the gateway uses.
  const run: WordRun = async (batch) => {
    const context = new SimContext(host);
    try {
      const result = await batch(context as unknown as Word.RequestContext);
      // Word.run syncs whatever the batch left queued before it resolves.
      if (context.pending > 0) await context.sync();
      return result;
    } finally {
      context.close();
    }
  };

  return {
    run,
    supports,
    doc,
    platform,
    select: (paragraph, start, end) => doc.select(paragraph, start, end),
    editTracked: (paragraph, start, end, inserted) => doc.editTracked(paragraph, start, end, inserted),
    syncCount: () => syncs,
    // Hooks are placed by absolute sync number, so a reset also drops the pending ones.
    resetSyncCount: () => {
      syncs = 0;
      hooks = [];
    },
    async measure(operation) {
      const before = syncs;
      const started = performance.now();
      const result = await operation();
      return { result, syncs: syncs - before, ms: performance.now() - started };
    },
    setMaxApi: (version) => {
      maxApi = version;
    },
    beforeSync: (nth, action) => hooks.push({ at: syncs + nth, action }),
    controls: () => doc.controls().map((c) => ({ id: c.id, tag: c.tag, title: c.title, text: doc.controlText(c) })),
    setCursor: (paragraph, offset) => doc.setCursor(paragraph, offset),
    trackedChanges: () => doc.trackedChanges(),
    acceptChange: (id) => doc.resolveChange(id, true),
    rejectChange: (id) => doc.resolveChange(id, false),
    subscribe: (listener) => doc.subscribe(listener),
  };
}

/** "1.10" is newer than "1.9": compare requirement sets numerically, part by part. */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
