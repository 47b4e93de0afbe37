/**
 * Word.Range over a stretch of paragraph text, and Word.RangeCollection (search results). A range is anchored when
 * the sync that first needs it runs (as Word resolves it then) and keeps its offsets afterwards: wrapping text in a
 * control elsewhere in the paragraph does not change the paragraph's text, so the offsets stay right.
 */
import type { SimContext } from "../context";
import { SimError } from "../simError";
import { checkSearch, findMatches, type SimSearchOptions } from "../textSearch";
import type { SimControl, SimControlType, SimSpan } from "../types";
import { ContentControlProxy } from "./contentControl";
import { SimObject, parseLoad, type LoadSpec } from "./simObject";

const RANGE_PROPS = ["text"] as const;

export class TextRangeProxy extends SimObject {
  private anchored: SimSpan | null = null;

  /** `locate` runs at the first sync that needs the range; it throws ItemNotFound when there is none. */
  constructor(
    ctx: SimContext,
    private readonly locate: () => SimSpan,
  ) {
    super(ctx, "Range", RANGE_PROPS);
  }

  get text(): string {
    return this.value("text");
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

  /** For collections, which know their items' offsets at the sync that loads them. */
  anchor(span: SimSpan): this {
    this.anchored = span;
    return this;
  }

  span(): SimSpan {
    this.anchored ??= this.locate();
    return this.anchored;
  }

  protected readProperty(): unknown {
    const { paragraph, start, end } = this.span();
    return this.ctx.host.doc.paragraphText(paragraph).slice(start, end);
  }
}

export class RangeCollectionProxy {
  private loaded: TextRangeProxy[] | null = null;

  constructor(
    private readonly ctx: SimContext,
    private readonly scope: () => SimSpan,
    private readonly searchText: string,
    private readonly options: SimSearchOptions,
  ) {}

  get items(): TextRangeProxy[] {
    if (!this.loaded) throw new SimError("PropertyNotLoaded", "The property 'items' is not available.", "RangeCollection.items");
    return this.loaded;
  }

  load(spec?: LoadSpec): this {
    const names = parseLoad(spec, RANGE_PROPS);
    this.ctx.enqueue("read", "RangeCollection.load", () => {
      const unknown = names.find((name) => !(RANGE_PROPS as readonly string[]).includes(name));
      if (unknown) throw new SimError("InvalidArgument", `'${unknown}' is not a property of Range.`, "RangeCollection.load");
      this.loaded = this.matches().map((span) => {
        const item = new TextRangeProxy(this.ctx, () => span).anchor(span);
        for (const name of names) item.remember(name, this.ctx.host.doc.paragraphText(span.paragraph).slice(span.start, span.end));
        return item;
      });
    });
    return this;
  }

  /** WordApi 1.3. The first match, resolved at sync; no match rejects the sync with ItemNotFound. */
  getFirst(): TextRangeProxy {
    return new TextRangeProxy(this.ctx, () => {
      this.ctx.require("1.3", "RangeCollection.getFirst");
      const first = this.matches()[0];
      if (!first) throw new SimError("ItemNotFound", "The search found nothing.", "RangeCollection.getFirst");
      return first;
    });
  }

  private matches(): SimSpan[] {
    checkSearch(this.searchText, this.options);
    const scope = this.scope();
    const text = this.ctx.host.doc.paragraphText(scope.paragraph).slice(scope.start, scope.end);
    return findMatches(text, this.searchText, this.options.matchCase === true).map((at) => ({
      paragraph: scope.paragraph,
      start: scope.start + at,
      end: scope.start + at + this.searchText.length,
    }));
  }
}
