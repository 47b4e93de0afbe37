/** Word.Range for the selection only: the simulation's selection is always a collapsed cursor. */
import type { SimContext } from "../context";
import { SimError } from "../simError";
import type { SimControl, SimControlType } from "../types";
import { ContentControlProxy } from "./contentControl";

export class RangeProxy {
  private parent: ContentControlProxy | null = null;

  constructor(private readonly ctx: SimContext) {}

  /** WordApi 1.3. Which control holds the cursor is decided by the first sync that touches it, as in Word. */
  get parentContentControlOrNullObject(): ContentControlProxy {
    if (!this.parent) {
      let found: { control: SimControl | null } | null = null;
      this.parent = new ContentControlProxy(
        this.ctx,
        () => {
          this.ctx.require("1.3", "Range.parentContentControlOrNullObject");
          found ??= { control: this.ctx.host.doc.controlAtCursor() };
          return found.control;
        },
        true,
      );
    }
    return this.parent;
  }

  /** No argument: a rich-text control (WordApi 1.1); "PlainText" needs WordApi 1.5. */
  insertContentControl(type?: string): ContentControlProxy {
    let created: SimControl | null = null;
    this.ctx.enqueue("write", "Range.insertContentControl", () => {
      if (type !== undefined) this.ctx.require("1.5", "insertContentControl(type)");
      if (type !== undefined && type !== "PlainText" && type !== "RichText") {
        throw new SimError("InvalidArgument", `Unsupported content control type ${type}.`, "Range.insertContentControl");
      }
      created = this.ctx.host.doc.insertControlAtCursor((type ?? "RichText") as SimControlType);
      // Nesting is not modelled: the simulation refuses it rather than guess what Word would build.
      if (!created) throw new SimError("GeneralException", "Cannot insert a content control here.", "Range.insertContentControl");
    });
    return new ContentControlProxy(this.ctx, () => created);
  }
}
