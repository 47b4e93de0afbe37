/** WordApi 1.6: Word.TrackedChange and its collection (body.getTrackedChanges(), contentControl.getTrackedChanges()). */
import type { SimContext } from "../context";
import { SimError } from "../simError";
import type { TrackedChangeView } from "../types";
import { SimObject, parseLoad, type LoadSpec } from "./simObject";

const CHANGE_PROPS = ["type", "text", "author", "date"] as const;

export class TrackedChangeProxy extends SimObject {
  constructor(
    ctx: SimContext,
    private readonly changeId: number,
  ) {
    super(ctx, "TrackedChange", CHANGE_PROPS);
  }

  get type(): string { return this.value("type"); }
  get text(): string { return this.value("text"); }
  get author(): string { return this.value("author"); }
  get date(): Date { return this.value("date"); }

  accept(): void {
    this.resolve(true);
  }

  reject(): void {
    this.resolve(false);
  }

  protected readProperty(name: string): unknown {
    const change = this.ctx.host.doc.trackedChanges().find((c) => c.id === this.changeId);
    if (!change) throw new SimError("ItemNotFound", "The tracked change no longer exists.", "TrackedChange");
    return change[name as keyof TrackedChangeView];
  }

  private resolve(accept: boolean): void {
    this.ctx.enqueue("write", accept ? "TrackedChange.accept" : "TrackedChange.reject", () => {
      this.ctx.require("1.6", "TrackedChange");
      if (!this.ctx.host.doc.resolveChange(this.changeId, accept)) {
        throw new SimError("ItemNotFound", "The tracked change no longer exists.", "TrackedChange");
      }
    });
  }
}

export class TrackedChangeCollectionProxy {
  private loaded: TrackedChangeProxy[] | null = null;

  /** `scope` lists the changes this collection covers, evaluated at sync. */
  constructor(
    private readonly ctx: SimContext,
    private readonly scope: () => TrackedChangeView[],
  ) {}

  get items(): TrackedChangeProxy[] {
    if (!this.loaded) throw new SimError("PropertyNotLoaded", "The property 'items' is not available.", "TrackedChangeCollection.items");
    return this.loaded;
  }

  load(spec?: LoadSpec): this {
    const names = parseLoad(spec, CHANGE_PROPS);
    this.ctx.enqueue("read", "TrackedChangeCollection.load", () => {
      this.ctx.require("1.6", "getTrackedChanges");
      this.loaded = this.scope().map((change) => {
        const item = new TrackedChangeProxy(this.ctx, change.id);
        for (const name of names) item.remember(name, change[name as keyof TrackedChangeView]);
        return item;
      });
    });
    return this;
  }

  acceptAll(): void {
    this.resolveAll(true);
  }

  rejectAll(): void {
    this.resolveAll(false);
  }

  private resolveAll(accept: boolean): void {
    this.ctx.enqueue("write", accept ? "TrackedChangeCollection.acceptAll" : "TrackedChangeCollection.rejectAll", () => {
      this.ctx.require("1.6", "TrackedChangeCollection");
      for (const change of this.scope()) this.ctx.host.doc.resolveChange(change.id, accept);
    });
  }
}
