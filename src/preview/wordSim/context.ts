/**
 * The request context: Word's batching rules live here. Proxies queue commands; `sync()` applies them in order.
 * A failing command rejects the sync, and the commands before it stay applied: Word batches are not transactions.
 */
import type { SimDocument } from "./document";
import { DocumentProxy } from "./proxies/documentProxy";
import { roundTrip } from "./latency";
import { SimError } from "./simError";
import type { FailedSyncMode, SimPlatform } from "./types";

/** Reads may run on a protected document; writes are refused there with AccessDenied. */
export type CommandKind = "read" | "write";

interface Command {
  kind: CommandKind;
  what: string;
  apply: () => void;
}

/** What a context needs from its simulation. */
export interface SimHost {
  readonly doc: SimDocument;
  supports(version: string, set?: "WordApi" | "WordApiDesktop"): boolean;
  /** Counts the round trip and runs any test hook due before it. */
  startSync(): void;
  /** What a failing sync leaves behind (undocumented in Word: both are simulated). */
  readonly failedSync: FailedSyncMode;
  readonly platform: SimPlatform;
  /** The round trip's duration (see latency.ts); 0 answers at once. */
  readonly syncDelayMs: number;
}

export class SimContext {
  readonly document: DocumentProxy;
  private queue: Command[] = [];
  private closed = false;

  constructor(readonly host: SimHost) {
    this.document = new DocumentProxy(this);
  }

  get pending(): number {
    return this.queue.length;
  }

  enqueue(kind: CommandKind, what: string, apply: () => void): void {
    if (this.closed) {
      throw new SimError("InvalidRequestContext", `${what}: the Word.run batch has ended; objects cannot be used.`);
    }
    this.queue.push({ kind, what, apply });
  }

  /** Throws ApiNotFound at apply time when the host lacks the requirement set, as Word rejects the request. */
  require(version: string, what: string, set: "WordApi" | "WordApiDesktop" = "WordApi"): void {
    if (!this.host.supports(version, set)) {
      throw new SimError("ApiNotFound", `${what} needs ${set} ${version}, which this Word does not support.`, what);
    }
  }

  async sync(): Promise<void> {
    if (this.closed) throw new SimError("InvalidRequestContext", "context.sync() after the Word.run batch ended.");
    const batch = this.queue;
    this.queue = [];
    this.host.startSync();
    // A real round trip is asynchronous: code after `sync()` without `await` must not see its results.
    await roundTrip(this.host.syncDelayMs);
    const doc = this.host.doc;
    const undo = this.host.failedSync === "undoesAll" ? doc.snapshot() : null;
    try {
      for (const command of batch) {
        if (command.kind === "write" && doc.readOnly) {
          throw new SimError("AccessDenied", "The document is read-only or protected.", command.what);
        }
        command.apply();
      }
    } catch (error) {
      undo?.();
      throw error;
    } finally {
      doc.notify();
    }
  }

  close(): void {
    this.closed = true;
  }
}
