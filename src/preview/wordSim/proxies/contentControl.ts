/** Word.ContentControl and Word.ContentControlCollection, as far as the gateway uses them (plus tracked changes). */
import type { SimContext } from "../context";
import { SimError } from "../simError";
import type { SimDocument } from "../document";
import type { SimControl, SimTableCell } from "../types";
import { SimObject, parseLoad, type LoadSpec } from "./simObject";
import { TrackedChangeCollectionProxy } from "./trackedChanges";
import { LoadedChild, ParagraphCollectionProxy } from "./paragraph";

const CONTROL_PROPS = ["id", "tag", "title", "text", "appearance", "type", "cannotEdit"] as const;
/** WordApi 1.3 navigation properties a collection load may name by path ("parentTableOrNullObject/values"). */
const CHILD_PROPS: Record<string, readonly string[]> = {
  parentTableCellOrNullObject: ["rowIndex", "cellIndex", "isNullObject"],
  parentTableOrNullObject: ["values", "isNullObject"],
};
const LOADABLE: readonly string[] = [...CONTROL_PROPS, ...Object.entries(CHILD_PROPS).flatMap(([child, props]) => props.map((p) => `${child}/${p}`))];
const LOCATIONS = ["Replace", "Start", "End"];

export class ContentControlProxy extends SimObject {
  /**
   * `locate` finds the control at sync time (null: it does not exist). A nullable proxy (…OrNullObject) becomes a
   * null object instead of failing with ItemNotFound.
   */
  private readonly children = new Map<string, Map<string, unknown>>();

  constructor(
    ctx: SimContext,
    private readonly locate: () => SimControl | null,
    private readonly nullable = false,
  ) {
    super(ctx, "ContentControl", [...CONTROL_PROPS, "isNullObject"]);
  }

  get isNullObject(): boolean {
    return this.value<boolean>("isNullObject");
  }
  get id(): number { return this.value("id"); }
  get tag(): string { return this.value("tag"); }
  set tag(tag: string) { this.setProperty("tag", tag); }
  get title(): string { return this.value("title"); }
  set title(title: string) { this.setProperty("title", title); }
  get text(): string { return this.value("text"); }
  get appearance(): string { return this.value("appearance"); }
  set appearance(appearance: string) { this.setProperty("appearance", appearance); }
  get type(): string { return this.value("type"); }
  get cannotEdit(): boolean { return this.value("cannotEdit"); }
  get parentTableCellOrNullObject(): LoadedChild { return new LoadedChild("TableCell", this.children.get("parentTableCellOrNullObject") ?? new Map()); }
  get parentTableOrNullObject(): LoadedChild { return new LoadedChild("Table", this.children.get("parentTableOrNullObject") ?? new Map()); }

  /**
   * At the sync of a collection load: one child path ("parentTableCellOrNullObject/rowIndex"). `tables` is the load's
   * own lookup (cells by control id, each table's values once): a lookup per control made 3,000 controls take 0,8 s.
   */
  fillChild(control: SimControl, path: string, tables: TableLookup): void {
    const [child, prop] = path.split("/") as [string, string];
    const cell = tables.cells.get(control.id);
    const source: Record<string, unknown> | undefined = cell && (child === "parentTableOrNullObject" ? { values: tables.values(cell.table) } : { rowIndex: cell.row, cellIndex: cell.cell });
    const values = this.children.get(child) ?? new Map<string, unknown>();
    this.children.set(child, values);
    values.set("isNullObject", source === undefined);
    if (source && prop !== "isNullObject") values.set(prop, source[prop]);
  }

  /** WordApi 1.1: the paragraphs the control is in (here the one that holds it). */
  get paragraphs(): ParagraphCollectionProxy {
    return new ParagraphCollectionProxy(this.ctx, () => {
      const id = this.target().id;
      return [this.ctx.host.doc.paragraphs.findIndex((runs) => runs.some((r) => r.kind === "control" && r.control.id === id))];
    });
  }

  insertText(text: string, location: string): void {
    this.ctx.enqueue("write", "ContentControl.insertText", () => {
      if (!LOCATIONS.includes(location)) throw new SimError("InvalidArgument", `Unsupported location ${location}.`);
      const control = this.target();
      if (control.cannotEdit) throw new SimError("AccessDenied", "The content control cannot be edited.", "ContentControl.insertText");
      const doc = this.ctx.host.doc;
      const current = doc.controlText(control);
      const next = location === "Replace" ? text : location === "Start" ? text + current : current + text;
      doc.replaceControlText(control, next);
    });
  }

  /**
   * WordApi 1.1: removes the control; `keepContent` keeps its text in the document.
   * https://learn.microsoft.com/en-us/javascript/api/word/word.contentcontrol#word-word-contentcontrol-delete-member(1)
   */
  delete(keepContent: boolean): void {
    this.ctx.enqueue("write", "ContentControl.delete", () => {
      this.ctx.host.doc.deleteControl(this.target().id, keepContent);
    });
  }

  /** WordApi 1.6: the tracked changes inside this control. */
  getTrackedChanges(): TrackedChangeCollectionProxy {
    return new TrackedChangeCollectionProxy(this.ctx, () => {
      const control = this.target();
      return this.ctx.host.doc.trackedChanges().filter((c) => c.controlId === control.id);
    });
  }

  protected override fill(names: readonly string[]): void {
    const control = this.locate();
    if (!control && !this.nullable) throw itemNotFound();
    this.remember("isNullObject", control === null);
    super.fill(names.filter((n) => n !== "isNullObject"));
  }

  protected readProperty(name: string): unknown {
    const control = this.locate();
    if (!control) return name === "id" ? 0 : null;
    if (name === "text") return this.ctx.host.doc.controlText(control);
    return control[name as keyof SimControl];
  }

  private target(): SimControl {
    const control = this.locate();
    if (!control) throw itemNotFound();
    return control;
  }

  private setProperty(name: "tag" | "title" | "appearance", value: string): void {
    this.remember(name, value);
    this.ctx.enqueue("write", `ContentControl.${name}`, () => {
      this.target()[name] = value;
    });
  }
}

export class ContentControlCollectionProxy {
  private loaded: ContentControlProxy[] | null = null;

  /** `tag`: only the controls with exactly this tag (getByTag). */
  constructor(
    private readonly ctx: SimContext,
    private readonly tag: string | null = null,
  ) {}

  /**
   * WordApi 1.1: the controls whose tag is exactly `tag`, a new collection evaluated at the sync that loads it.
   * https://learn.microsoft.com/en-us/javascript/api/word/word.contentcontrolcollection#word-word-contentcontrolcollection-getbytag-member(1)
   */
  getByTag(tag: string): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.ctx, tag);
  }

  /** WordApi 1.3. The first control (of this tag, after getByTag), resolved at sync; none rejects it with ItemNotFound. */
  getFirst(): ContentControlProxy {
    return new ContentControlProxy(this.ctx, () => this.first());
  }

  /** WordApi 1.3. The first control, or a null object (isNullObject true). */
  getFirstOrNullObject(): ContentControlProxy {
    return new ContentControlProxy(this.ctx, () => this.first(), true);
  }

  private first(): SimControl | null {
    this.ctx.require("1.3", "ContentControlCollection.getFirst");
    return this.ctx.host.doc.controls().find((c) => this.tag === null || c.tag === this.tag) ?? null;
  }

  get items(): ContentControlProxy[] {
    if (!this.loaded) throw new SimError("PropertyNotLoaded", "The property 'items' is not available.", "ContentControlCollection.items");
    return this.loaded;
  }

  load(spec?: LoadSpec): this {
    const names = parseLoad(spec, CONTROL_PROPS);
    this.ctx.enqueue("read", "ContentControlCollection.load", () => {
      const unknown = names.find((name) => !LOADABLE.includes(name));
      if (unknown) throw new SimError("InvalidArgument", `'${unknown}' is not a property of ContentControl.`, "ContentControlCollection.load");
      const doc = this.ctx.host.doc;
      // WordApi 1.3, checked once per load rather than per control (3,000 controls' reads stay fast).
      const children = names.filter((name) => name.includes("/"));
      if (children.length > 0) this.ctx.require("1.3", `ContentControl.${children[0]!}`);
      let tables: TableLookup | undefined;
      this.loaded = doc.controls().filter((c) => this.tag === null || c.tag === this.tag).map((control) => {
        const id = control.id;
        const item = new ContentControlProxy(this.ctx, () => doc.findControl(id) ?? null);
        item.remember("isNullObject", false);
        for (const name of names) {
          if (name.includes("/")) item.fillChild(control, name, (tables ??= tableLookup(doc)));
          else item.remember(name, name === "text" ? doc.controlText(control) : control[name as keyof typeof control]);
        }
        return item;
      });
    });
    return this;
  }
}

interface TableLookup {
  cells: ReadonlyMap<number, SimTableCell>;
  values(table: number): string[][];
}

function tableLookup(doc: SimDocument): TableLookup {
  const values = new Map<number, string[][]>();
  return {
    cells: doc.controlCells(),
    values: (table) => values.get(table) ?? values.set(table, doc.tableValues(table)).get(table)!,
  };
}

function itemNotFound(): SimError {
  return new SimError("ItemNotFound", "The requested resource doesn't exist.", "ContentControl");
}
