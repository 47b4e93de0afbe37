/** WordApi 1.4: document.customXmlParts, getByNamespace, and the parts themselves. */
import type { SimContext } from "../context";
import { SimError } from "../simError";
import type { SimXmlPart } from "../types";
import { partNamespace } from "../xmlPart";
import { SimObject, parseLoad, type LoadSpec } from "./simObject";

const PART_PROPS = ["id", "namespaceUri"] as const;

/** The value of a method's result, readable only after the sync that computes it. */
export class ClientResult<T> {
  private filled = false;
  private result: T | undefined;

  get value(): T {
    if (!this.filled) throw new SimError("PropertyNotLoaded", "The value of the result object has not been loaded yet.", "ClientResult.value");
    return this.result as T;
  }

  set(value: T): void {
    this.result = value;
    this.filled = true;
  }
}

export class CustomXmlPartProxy extends SimObject {
  constructor(
    ctx: SimContext,
    private readonly locate: () => SimXmlPart | undefined,
  ) {
    super(ctx, "CustomXmlPart", PART_PROPS);
  }

  get id(): string { return this.value("id"); }
  get namespaceUri(): string { return this.value("namespaceUri"); }

  getXml(): ClientResult<string> {
    const result = new ClientResult<string>();
    this.ctx.enqueue("read", "CustomXmlPart.getXml", () => result.set(this.part().xml));
    return result;
  }

  setXml(xml: string): void {
    this.ctx.enqueue("write", "CustomXmlPart.setXml", () => {
      const part = this.part();
      part.namespaceUri = partNamespace(xml);
      part.xml = xml;
    });
  }

  delete(): void {
    this.ctx.enqueue("write", "CustomXmlPart.delete", () => {
      this.ctx.host.doc.deleteXmlPart(this.part().id);
    });
  }

  protected readProperty(name: string): unknown {
    return this.part()[name as keyof SimXmlPart];
  }

  private part(): SimXmlPart {
    this.ctx.require("1.4", "CustomXmlPart");
    const part = this.locate();
    if (!part) throw new SimError("ItemNotFound", "The custom XML part no longer exists.", "CustomXmlPart");
    return part;
  }
}

export class CustomXmlPartCollectionProxy {
  private loaded: CustomXmlPartProxy[] | null = null;

  constructor(private readonly ctx: SimContext) {}

  /** Every part, whatever its namespace (Word.CustomXmlPartCollection.items, WordApi 1.4). */
  get items(): CustomXmlPartProxy[] {
    if (!this.loaded) throw new SimError("PropertyNotLoaded", "The property 'items' is not available.", "CustomXmlPartCollection.items");
    return this.loaded;
  }

  load(spec?: LoadSpec): this {
    const names = parseLoad(spec, PART_PROPS);
    this.ctx.enqueue("read", "CustomXmlPartCollection.load", () => {
      this.ctx.require("1.4", "customXmlParts.load");
      this.loaded = loadParts(this.ctx, () => true, names);
    });
    return this;
  }

  add(xml: string): CustomXmlPartProxy {
    let added: SimXmlPart | undefined;
    this.ctx.enqueue("write", "CustomXmlPartCollection.add", () => {
      this.ctx.require("1.4", "customXmlParts.add");
      added = this.ctx.host.doc.addXmlPart(xml, partNamespace(xml));
    });
    return new CustomXmlPartProxy(this.ctx, () => added);
  }

  getByNamespace(namespaceUri: string): CustomXmlPartScopedCollectionProxy {
    return new CustomXmlPartScopedCollectionProxy(this.ctx, namespaceUri);
  }
}

export class CustomXmlPartScopedCollectionProxy {
  private loaded: CustomXmlPartProxy[] | null = null;

  constructor(
    private readonly ctx: SimContext,
    private readonly namespaceUri: string,
  ) {}

  get items(): CustomXmlPartProxy[] {
    if (!this.loaded) throw new SimError("PropertyNotLoaded", "The property 'items' is not available.", "CustomXmlPartScopedCollection.items");
    return this.loaded;
  }

  load(spec?: LoadSpec): this {
    const names = parseLoad(spec, PART_PROPS);
    this.ctx.enqueue("read", "CustomXmlPartScopedCollection.load", () => {
      this.ctx.require("1.4", "customXmlParts.getByNamespace");
      this.loaded = loadParts(this.ctx, (part) => part.namespaceUri === this.namespaceUri, names);
    });
    return this;
  }
}

function loadParts(ctx: SimContext, keep: (part: SimXmlPart) => boolean, names: readonly string[]): CustomXmlPartProxy[] {
  const doc = ctx.host.doc;
  return doc.xmlParts.filter(keep).map((part) => {
    const id = part.id;
    const item = new CustomXmlPartProxy(ctx, () => doc.xmlParts.find((p) => p.id === id));
    for (const name of names) item.remember(name, part[name as keyof SimXmlPart]);
    return item;
  });
}
