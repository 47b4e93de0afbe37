/**
 * WordApi 1.1: body.paragraphs, Paragraph.text and Paragraph.search; WordApi 1.3: Paragraph.tableNestingLevel,
 * isListItem, listItemOrNullObject (listString, level), parentTableCellOrNullObject (rowIndex, cellIndex) and
 * getRange (https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph).
 *
 * The collection loads navigation properties by path, "listItemOrNullObject/listString", as Office.js's load takes
 * them ("items/…" prefixes dropped, as for scalar properties); a paragraph outside a list or table loads them as a
 * null object (isNullObject true, every other value unset).
 */
import type { SimContext } from "../context";
import { notLoaded, SimError } from "../simError";
import type { SimSearchOptions } from "../textSearch";
import { SimObject, parseLoad, type LoadSpec } from "./simObject";
import { RangeCollectionProxy, TextRangeProxy } from "./textRange";

const PARAGRAPH_PROPS = ["text", "tableNestingLevel", "isListItem"] as const;
const CHILD_PROPS: Record<string, readonly string[]> = {
  listItemOrNullObject: ["listString", "level", "isNullObject"],
  parentTableCellOrNullObject: ["rowIndex", "cellIndex", "isNullObject"],
};
/** Every name the collection's load accepts: the paragraph's own properties and the child paths. */
const LOADABLE = [...PARAGRAPH_PROPS, ...Object.entries(CHILD_PROPS).flatMap(([child, props]) => props.map((p) => `${child}/${p}`))];

/** A navigation property's loaded values (a null object when the paragraph is not in a list or table). */
export class LoadedChild {
  constructor(
    private readonly typeName: string,
    private readonly loaded: ReadonlyMap<string, unknown>,
  ) {}
  private get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(this.typeName, name);
    return this.loaded.get(name) as T;
  }
  get isNullObject(): boolean {
    return this.get("isNullObject");
  }
  get listString(): string {
    return this.get("listString");
  }
  get level(): number {
    return this.get("level");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get cellIndex(): number {
    return this.get("cellIndex");
  }
  get values(): string[][] {
    return this.get("values");
  }
}

export class ParagraphProxy extends SimObject {
  private readonly children = new Map<string, Map<string, unknown>>();

  constructor(
    ctx: SimContext,
    private readonly index: number,
  ) {
    super(ctx, "Paragraph", PARAGRAPH_PROPS);
  }

  get text(): string {
    return this.value("text");
  }

  get tableNestingLevel(): number {
    return this.value("tableNestingLevel");
  }

  get isListItem(): boolean {
    return this.value("isListItem");
  }

  get listItemOrNullObject(): LoadedChild {
    return new LoadedChild("ListItem", this.children.get("listItemOrNullObject") ?? new Map());
  }

  get parentTableCellOrNullObject(): LoadedChild {
    return new LoadedChild("TableCell", this.children.get("parentTableCellOrNullObject") ?? new Map());
  }

  search(searchText: string, options: SimSearchOptions = {}): RangeCollectionProxy {
    return new RangeCollectionProxy(this.ctx, () => this.whole(), searchText, options);
  }

  /** WordApi 1.3. Only "Whole" is simulated: the paragraph's text. */
  getRange(location = "Whole"): TextRangeProxy {
    return new TextRangeProxy(this.ctx, () => {
      this.ctx.require("1.3", "Paragraph.getRange");
      if (location !== "Whole") throw new SimError("InvalidArgument", `'${location}' is not a simulated range location.`, "Paragraph.getRange");
      return this.whole();
    });
  }

  /** At the sync of a collection load: one property or child path of this paragraph. */
  fillPath(name: string): void {
    const [child, prop] = name.split("/");
    if (prop === undefined) {
      this.remember(name, this.readProperty(name));
      return;
    }
    const layout = this.ctx.host.doc.layoutOf(this.index);
    const source: Record<string, number | string> | undefined =
      child === "listItemOrNullObject"
        ? layout.list && { listString: layout.list.label, level: layout.list.level }
        : layout.table && { rowIndex: layout.table.row, cellIndex: layout.table.cell };
    const values = this.children.get(child!) ?? new Map<string, unknown>();
    this.children.set(child!, values);
    values.set("isNullObject", source === undefined);
    if (source && prop !== "isNullObject") values.set(prop, source[prop]);
  }

  protected readProperty(name: string): unknown {
    const doc = this.ctx.host.doc;
    if (name === "text") return doc.paragraphText(this.index);
    this.ctx.require("1.3", `Paragraph.${name}`);
    const layout = doc.layoutOf(this.index);
    if (name === "tableNestingLevel") return layout.table ? (layout.table.level ?? 1) : 0;
    return layout.list !== undefined;
  }

  private whole() {
    return { paragraph: this.index, start: 0, end: this.ctx.host.doc.paragraphText(this.index).length };
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
    const names = parseLoad(spec, ["text"]);
    this.ctx.enqueue("read", "ParagraphCollection.load", () => {
      const unknown = names.find((name) => name !== "$none" && !LOADABLE.includes(name));
      // Word's Paragraph has many more properties; the simulation knows only these and says so.
      if (unknown) throw new SimError("InvalidArgument", `'${unknown}' is not a simulated property of Paragraph.`, "ParagraphCollection.load");
      const doc = this.ctx.host.doc;
      const indexes = this.which ? this.which() : doc.paragraphs.map((_, index) => index);
      this.loaded = indexes.map((index) => {
        const item = new ParagraphProxy(this.ctx, index);
        for (const name of names) if (name !== "$none") item.fillPath(name);
        return item;
      });
    });
    return this;
  }
}
