/** WordApi 1.6: Word.TrackedChange and its collection (body.getTrackedChanges(), contentControl.getTrackedChanges()). */
import type { SimContext } from "../context";
import { SimError } from "../simError";
import type { TrackedChangeView } from "../types";
import { SimObject, parseLoad, type LoadSpec } from "./simObject";

const CHANGE_PROPS = ["type", "text", "author", "date"] as const;
const LOADABLE = [...CHANGE_PROPS, "isNullObject"];

/**
 * Word on Mac returns "" as the text of a tracked deletion (OfficeDev/office-js#5178, #5188, open in Microsoft's
 * backlog); the simulation does the same when it plays a Mac.
 */
function visibleText(ctx: SimContext, change: TrackedChangeView): string {
  return ctx.host.platform === "Mac" && change.type === "Deleted" ? "" : change.text;
}

function propertyOf(ctx: SimContext, change: TrackedChangeView, name: string): unknown {
  return name === "text" ? visibleText(ctx, change) : change[name as keyof TrackedChangeView];
}

export class TrackedChangeProxy extends SimObject {
  private resolved: number | null = null;

  /** `locate` gives the change's id at the first sync that needs it (null: none, for a …OrNullObject proxy). */
  constructor(
    ctx: SimContext,
    private readonly locate: () => number | null,
    private readonly nullable = false,
  ) {
    super(ctx, "TrackedChange", LOADABLE);
  }

  get isNullObject(): boolean {
    return this.value<boolean>("isNullObject");
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

  protected override fill(names: readonly string[]): void {
    const id = this.changeId();
    if (id === null && !this.nullable) throw gone();
    this.remember("isNullObject", id === null);
    if (id !== null) super.fill(names.filter((n) => n !== "isNullObject"));
  }

  protected readProperty(name: string): unknown {
    const id = this.changeId();
    const change = this.ctx.host.doc.trackedChanges().find((c) => c.id === id);
    if (!change) throw gone();
    return propertyOf(this.ctx, change, name);
  }

  private changeId(): number | null {
    this.resolved ??= this.locate();
    return this.resolved;
  }

  private resolve(accept: boolean): void {
    this.ctx.enqueue("write", accept ? "TrackedChange.accept" : "TrackedChange.reject", () => {
      this.ctx.require("1.6", "TrackedChange");
      const id = this.changeId();
      if (id === null || !this.ctx.host.doc.resolveChange(id, accept)) {
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
        const item = new TrackedChangeProxy(this.ctx, () => change.id);
        item.remember("isNullObject", false);
        for (const name of names) item.remember(name, propertyOf(this.ctx, change, name));
        return item;
      });
    });
    return this;
  }

  /**
   * WordApi 1.6: the first change, resolved at sync; an empty collection rejects that sync with ItemNotFound.
   * https://learn.microsoft.com/en-us/javascript/api/word/word.trackedchangecollection#word-word-trackedchangecollection-getfirst-member(1)
   */
  getFirst(): TrackedChangeProxy {
    return new TrackedChangeProxy(this.ctx, () => this.first());
  }

  /** WordApi 1.6: the first change, or a null object (isNullObject true) when the collection is empty. */
  getFirstOrNullObject(): TrackedChangeProxy {
    return new TrackedChangeProxy(this.ctx, () => this.first(), true);
  }

  private first(): number | null {
    this.ctx.require("1.6", "TrackedChangeCollection.getFirst");
    return this.scope()[0]?.id ?? null;
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

function gone(): SimError {
  return new SimError("ItemNotFound", "The tracked change does not exist.", "TrackedChange");
}
