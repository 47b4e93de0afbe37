/** WordApi 1.1: body.paragraphs, Paragraph.text and Paragraph.search. */
import type { SimContext } from "../context";
import { SimError } from "../simError";
import type { SimSearchOptions } from "../textSearch";
import { SimObject, parseLoad, type LoadSpec } from "./simObject";
import { RangeCollectionProxy } from "./textRange";

const PARAGRAPH_PROPS = ["text"] as const;

export class ParagraphProxy extends SimObject {
  constructor(
    ctx: SimContext,
    private readonly index: number,
  ) {
    super(ctx, "Paragraph", PARAGRAPH_PROPS);
  }

  get text(): string {
    return this.value("text");
  }

  search(searchText: string, options: SimSearchOptions = {}): RangeCollectionProxy {
    return new RangeCollectionProxy(
      this.ctx,
      () => ({ paragraph: this.index, start: 0, end: this.ctx.host.doc.paragraphText(this.index).length }),
      searchText,
      options,
    );
  }

  protected readProperty(): unknown {
    return this.ctx.host.doc.paragraphText(this.index);
  }
}

export class ParagraphCollectionProxy {
  private loaded: ParagraphProxy[] | null = null;

  /** `which`: the paragraph indexes it holds, decided at the sync that loads it (default: the whole body). */
  constructor(
    private readonly ctx: SimContext,
    private readonly which: (() => number[]) | null = null,
  ) {}

  get items(): ParagraphProxy[] {
    if (!this.loaded) throw new SimError("PropertyNotLoaded", "The property 'items' is not available.", "ParagraphCollection.items");
    return this.loaded;
  }

  /** WordApi 1.3. The first paragraph (a body always has one). */
  getFirst(): ParagraphProxy {
    return new ParagraphProxy(this.ctx, 0);
  }

  load(spec?: LoadSpec): this {
    const names = parseLoad(spec, PARAGRAPH_PROPS);
    this.ctx.enqueue("read", "ParagraphCollection.load", () => {
      const unknown = names.find((name) => !(PARAGRAPH_PROPS as readonly string[]).includes(name));
      // Word's Paragraph has many more properties; the simulation knows only text and says so.
      if (unknown) throw new SimError("InvalidArgument", `'${unknown}' is not a simulated property of Paragraph.`, "ParagraphCollection.load");
      const doc = this.ctx.host.doc;
      const indexes = this.which ? this.which() : doc.paragraphs.map((_, index) => index);
      this.loaded = indexes.map((index) => {
        const item = new ParagraphProxy(this.ctx, index);
        for (const name of names) item.remember(name, doc.paragraphText(index));
        return item;
      });
    });
    return this;
  }
}
