/**
 * Word.Range for the selection: a collapsed cursor or a stretch of one paragraph (see SimDocument.select), and the
 * collapsed ranges `getRange("Start"|"End")` gives. The span is read when the first sync that needs it runs.
 */
import type { SimContext } from "../context";
import { SimError } from "../simError";
import type { SimControl, SimControlType, SimSpan } from "../types";
import { ContentControlProxy } from "./contentControl";
import { SimObject } from "./simObject";

export class RangeProxy extends SimObject {
  private parent: ContentControlProxy | null = null;
  private anchored: SimSpan | null = null;

  constructor(
    ctx: SimContext,
    private readonly locate: () => SimSpan = () => ctx.host.doc.selectionSpan(),
  ) {
    super(ctx, "Range", ["text"]);
  }

  /** WordApi 1.1. */
  get text(): string {
    return this.value("text");
  }

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

  /** WordApi 1.3. A collapsed range at this range's start or end ("Whole" clones it). */
  getRange(location: string = "Whole"): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      this.ctx.require("1.3", "Range.getRange");
      const span = this.span();
      if (location === "Start") return { ...span, end: span.start };
      if (location === "End") return { ...span, start: span.end };
      if (location === "Whole") return span;
      throw new SimError("InvalidArgument", `'${location}' is not a simulated range location.`, "Range.getRange");
    });
  }

  /**
   * No argument: a rich-text control (WordApi 1.1); "PlainText" needs WordApi 1.5. As in Word, a non-empty range is
   * wrapped: its text becomes the control's content.
   */
  insertContentControl(type?: string): ContentControlProxy {
    let created: SimControl | null = null;
    this.ctx.enqueue("write", "Range.insertContentControl", () => {
      if (type !== undefined) this.ctx.require("1.5", "insertContentControl(type)");
      if (type !== undefined && type !== "PlainText" && type !== "RichText") {
        throw new SimError("InvalidArgument", `Unsupported content control type ${type}.`, "Range.insertContentControl");
      }
      const kind = (type ?? "RichText") as SimControlType;
      const span = this.span();
      const doc = this.ctx.host.doc;
      created = span.start === span.end ? doc.insertControlAt(span.paragraph, span.start, kind) : doc.wrapInControl(span, kind);
      // Nesting is not modelled: the simulation refuses it rather than guess what Word would build.
      if (!created) throw new SimError("GeneralException", "Cannot insert a content control here.", "Range.insertContentControl");
    });
    return new ContentControlProxy(this.ctx, () => created);
  }

  private span(): SimSpan {
    this.anchored ??= this.locate();
    return this.anchored;
  }

  protected readProperty(): unknown {
    const { paragraph, start, end } = this.span();
    return this.ctx.host.doc.paragraphText(paragraph).slice(start, end);
  }
}
