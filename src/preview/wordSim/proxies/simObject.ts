/**
 * The proxy base class: a property is readable only after a `load` naming it and the sync that runs that load.
 * Setting a property updates the local value at once (as Office.js does) and queues the write.
 */
import type { SimContext } from "../context";
import { notLoaded, SimError } from "../simError";

export type LoadSpec = string | string[] | { select?: string | string[] };

export function parseLoad(spec: LoadSpec | undefined, loadable: readonly string[]): string[] {
  const raw = spec === undefined ? [...loadable] : typeof spec === "string" || Array.isArray(spec) ? spec : spec.select ?? [...loadable];
  const list = typeof raw === "string" ? raw.split(",") : raw;
  return list.map((name) => name.trim().replace(/^items\//, "")).filter((name) => name !== "");
}

export abstract class SimObject {
  private readonly values = new Map<string, unknown>();

  protected constructor(
    protected readonly ctx: SimContext,
    protected readonly typeName: string,
    private readonly loadable: readonly string[],
  ) {}

  load(spec?: LoadSpec): this {
    const names = parseLoad(spec, this.loadable);
    this.ctx.enqueue("read", `${this.typeName}.load`, () => {
      for (const name of names) {
        if (!this.loadable.includes(name)) {
          throw new SimError("InvalidArgument", `'${name}' is not a property of ${this.typeName}.`, this.typeName);
        }
      }
      this.fill(names);
    });
    return this;
  }

  /** Called at sync to copy the named properties from the document; throws ItemNotFound when the object is gone. */
  protected fill(names: readonly string[]): void {
    for (const name of names) this.remember(name, this.readProperty(name));
  }

  protected abstract readProperty(name: string): unknown;

  protected value<T>(name: string): T {
    if (!this.values.has(name)) throw notLoaded(this.typeName, name);
    return this.values.get(name) as T;
  }

  /** For collections that fill their items' values at the sync that loads them. */
  remember(name: string, value: unknown): void {
    this.values.set(name, value);
  }
}
