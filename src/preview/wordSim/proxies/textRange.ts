/**
 * Word.Range over a stretch of paragraph text, and Word.RangeCollection (search results). A range is anchored when
 * the sync that first needs it runs (as Word resolves it then) and keeps its offsets afterwards: wrapping text in a
 * control elsewhere in the paragraph does not change the paragraph's text, so the offsets stay right.
 */
import type { SimContext } from "../context";
import { SimError } from "../simError";
import { checkSearch, decodeFind, findMatches, type SimSearchOptions } from "../textSearch";
import type { SimControl, SimControlType, SimSpan } from "../types";
import { ContentControlProxy } from "./contentControl";
import { SimObject, parseLoad, type LoadSpec } from "./simObject";
import { TrackedChangeCollectionProxy } from "./trackedChanges";

const RANGE_PROPS = ["text", "isNullObject"] as const;
const SELECTION_MODES = ["Select", "Start", "End"];

export class TextRangeProxy extends SimObject {
  private anchored: { span: SimSpan | null } | null = null;
  private parent: ContentControlProxy | null = null;

  /**
   * `locate` runs at the first sync that needs the range; it throws ItemNotFound when there is none, or returns
   * null for a …OrNullObject range, which then loads as a null object (isNullObject true).
   */
  constructor(
    ctx: SimContext,
    private readonly locate: () => SimSpan | null,
  ) {
    super(ctx, "Range", RANGE_PROPS);
  }

  get text(): string {
    return this.value("text");
  }

  get isNullObject(): boolean {
    return this.value("isNullObject");
  }

  /** WordApi 1.1. Searches only inside this range. */
  search(searchText: string, options: SimSearchOptions = {}): RangeCollectionProxy {
    return new RangeCollectionProxy(this.ctx, () => this.span(), searchText, options);
  }

  /** No argument: a rich-text control (WordApi 1.1); "PlainText" needs WordApi 1.5. The range's text becomes its content. */
  insertContentControl(type?: string): ContentControlProxy {
    let created: SimControl | null = null;
    this.ctx.enqueue("write", "Range.insertContentControl", () => {
      if (type !== undefined) this.ctx.require("1.5", "insertContentControl(type)");
      if (type !== undefined && type !== "PlainText" && type !== "RichText") {
        throw new SimError("InvalidArgument", `Unsupported content control type ${type}.`, "Range.insertContentControl");
      }
      created = this.ctx.host.doc.wrapInControl(this.span(), (type ?? "RichText") as SimControlType);
      // Nesting is not modelled: the simulation refuses it rather than guess what Word would build.
      if (!created) throw new SimError("GeneralException", "Cannot insert a content control here.", "Range.insertContentControl");
    });
    return new ContentControlProxy(this.ctx, () => created);
  }

  /** WordApi 1.3. From this range's start to the other's end (or the reverse); ranges in one paragraph only. */
  expandTo(other: TextRangeProxy): TextRangeProxy {
    return new TextRangeProxy(this.ctx, () => {
      this.ctx.require("1.3", "Range.expandTo");
      const a = this.span();
      const b = other.span();
      if (a.paragraph !== b.paragraph) {
        throw new SimError("InvalidArgument", "Ranges across paragraphs are not simulated.", "Range.expandTo");
      }
      return { paragraph: a.paragraph, start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
    });
  }

  /** WordApi 1.1. Selects the range, or puts the cursor at its start or end. */
  select(mode = "Select"): void {
    this.ctx.enqueue("read", "Range.select", () => {
      if (!SELECTION_MODES.includes(mode)) throw new SimError("InvalidArgument", `Unsupported selection mode ${mode}.`, "Range.select");
      const { paragraph, start, end } = this.span();
      const doc = this.ctx.host.doc;
      doc.navigations += 1;
      if (mode === "Select") doc.select(paragraph, start, end);
      else doc.setCursor(paragraph, mode === "Start" ? start : end);
    });
  }

  /** WordApi 1.3. The control holding the whole range, or a null object. */
  get parentContentControlOrNullObject(): ContentControlProxy {
    this.parent ??= new ContentControlProxy(
      this.ctx,
      () => {
        this.ctx.require("1.3", "Range.parentContentControlOrNullObject");
        return this.ctx.host.doc.controlsAt(this.span()).holding;
      },
      true,
    );
    return this.parent;
  }

  /** WordApi 1.1. The controls overlapping the range (partial overlaps included; Word's rule there is not verified). */
  get contentControls(): ContentControlListProxy {
    return new ContentControlListProxy(this.ctx, () => this.ctx.host.doc.controlsAt(this.span()).overlapping);
  }

  /** WordApi 1.6. The tracked changes touching the range. */
  getTrackedChanges(): TrackedChangeCollectionProxy {
    return new TrackedChangeCollectionProxy(this.ctx, () => this.ctx.host.doc.trackedChangesIn(this.span()));
  }

  /** For collections, which know their items' offsets at the sync that loads them. */
  anchor(span: SimSpan): this {
    this.anchored = { span };
    return this;
  }

  span(): SimSpan {
    this.anchored ??= { span: this.locate() };
    if (!this.anchored.span) throw new SimError("ItemNotFound", "The range is a null object.", "Range");
    return this.anchored.span;
  }

  protected override fill(names: readonly string[]): void {
    this.anchored ??= { span: this.locate() };
    const present = this.anchored.span !== null;
    this.remember("isNullObject", !present);
    if (present) super.fill(names.filter((n) => n !== "isNullObject"));
  }

  protected readProperty(): unknown {
    const { paragraph, start, end } = this.span();
    return this.ctx.host.doc.paragraphText(paragraph).slice(start, end);
  }
}

/** A read-only list of controls (Range.contentControls): load and items only. */
export class ContentControlListProxy {
  private loaded: ContentControlProxy[] | null = null;

  constructor(
    private readonly ctx: SimContext,
    private readonly list: () => SimControl[],
  ) {}

  get items(): ContentControlProxy[] {
    if (!this.loaded) throw new SimError("PropertyNotLoaded", "The property 'items' is not available.", "ContentControlCollection.items");
    return this.loaded;
  }

  load(spec?: LoadSpec): this {
    const names = parseLoad(spec, ["id", "tag", "title"]);
    this.ctx.enqueue("read", "ContentControlCollection.load", () => {
      const doc = this.ctx.host.doc;
      this.loaded = this.list().map((control) => {
        const item = new ContentControlProxy(this.ctx, () => doc.findControl(control.id) ?? null);
        item.remember("isNullObject", false);
        for (const name of names) item.remember(name, name === "text" ? doc.controlText(control) : control[name as keyof SimControl]);
        return item;
      });
    });
    return this;
  }
}

export class RangeCollectionProxy {
  private loaded: TextRangeProxy[] | null = null;

  constructor(
    private readonly ctx: SimContext,
    /** Where to search: one stretch of a paragraph, or (Body.search) every paragraph in order. */
    private readonly scope: () => SimSpan | SimSpan[],
    private readonly searchText: string,
    private readonly options: SimSearchOptions,
  ) {}

  get items(): TextRangeProxy[] {
    if (!this.loaded) throw new SimError("PropertyNotLoaded", "The property 'items' is not available.", "RangeCollection.items");
    return this.loaded;
  }

  load(spec?: LoadSpec): this {
    const names = parseLoad(spec, ["text"]);
    this.ctx.enqueue("read", "RangeCollection.load", () => {
      const unknown = names.find((name) => name !== "text");
      if (unknown) throw new SimError("InvalidArgument", `'${unknown}' is not a property of Range.`, "RangeCollection.load");
      this.loaded = this.matches().map((span) => {
        const item = new TextRangeProxy(this.ctx, () => span).anchor(span);
        item.remember("isNullObject", false);
        for (const name of names) item.remember(name, this.ctx.host.doc.paragraphText(span.paragraph).slice(span.start, span.end));
        return item;
      });
    });
    return this;
  }

  /** WordApi 1.3. The first match, resolved at sync; no match rejects the sync with ItemNotFound. */
  getFirst(): TextRangeProxy {
    return new TextRangeProxy(this.ctx, () => {
      const first = this.first();
      if (!first) throw new SimError("ItemNotFound", "The search found nothing.", "RangeCollection.getFirst");
      return first;
    });
  }

  /**
   * WordApi 1.3. The first match, or a null object (isNullObject true) when there is none.
   * https://learn.microsoft.com/en-us/javascript/api/word/word.rangecollection#word-word-rangecollection-getfirstornullobject-member(1)
   */
  getFirstOrNullObject(): TextRangeProxy {
    return new TextRangeProxy(this.ctx, () => this.first());
  }

  private first(): SimSpan | null {
    this.ctx.require("1.3", "RangeCollection.getFirst");
    return this.matches()[0] ?? null;
  }

  private matches(): SimSpan[] {
    checkSearch(this.searchText, this.options);
    const sought = decodeFind(this.searchText);
    const scopes = this.scope();
    return (Array.isArray(scopes) ? scopes : [scopes]).flatMap((scope) => {
      const text = this.ctx.host.doc.paragraphText(scope.paragraph).slice(scope.start, scope.end);
      return findMatches(text, sought, this.options.matchCase === true).map((at) => ({
        paragraph: scope.paragraph,
        start: scope.start + at,
        end: scope.start + at + sought.length,
      }));
    });
  }
}
