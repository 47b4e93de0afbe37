/**
 * Word.Range for the selection (document.getSelection(), WordApi 1.1): a collapsed cursor or selected text in one
 * paragraph. `insertContentControl` on selected text wraps it, as Word does ("Wraps the Range object with a content
 * control": https://learn.microsoft.com/en-us/javascript/api/word/word.range#word-word-range-insertcontentcontrol-member(1)).
 */
import type { SimContext } from "../context";
import { SimError } from "../simError";
import type { SimControl, SimControlType, SimSpan } from "../types";
import { ContentControlProxy } from "./contentControl";
import { ParagraphCollectionProxy } from "./paragraph";
import { SimObject } from "./simObject";
import { ContentControlListProxy, RangeCollectionProxy } from "./textRange";
import { TrackedChangeCollectionProxy } from "./trackedChanges";
import type { SimSearchOptions } from "../textSearch";

export class RangeProxy extends SimObject {
  private parent: ContentControlProxy | null = null;
  /** Which text the selection covers is decided by the first sync that touches it, as in Word. */
  private fixed: SimSpan | null = null;

  /** `locate` gives the stretch this range covers at the first sync that needs it: by default, the selection. */
  constructor(
    ctx: SimContext,
    private readonly locate: () => SimSpan = () => ctx.host.doc.selection(),
  ) {
    super(ctx, "Range", ["text"]);
  }

  /** WordApi 1.3. The range collapsed to its start or end ("Whole": the range itself). */
  getRange(location = "Whole"): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      this.ctx.require("1.3", "Range.getRange");
      const span = this.span();
      if (location === "Whole") return span;
      if (location !== "Start" && location !== "End") throw new SimError("InvalidArgument", `'${location}' is not a simulated range location.`, "Range.getRange");
      const at = location === "Start" ? span.start : span.end;
      return { paragraph: span.paragraph, start: at, end: at };
    });
  }

  /** WordApi 1.1: the paragraphs the range is in (here the selection's one paragraph). */
  get paragraphs(): ParagraphCollectionProxy {
    return new ParagraphCollectionProxy(this.ctx, () => [this.span().paragraph]);
  }

  /** WordApi 1.1. Searches only inside the selection. */
  search(searchText: string, options: SimSearchOptions = {}): RangeCollectionProxy {
    return new RangeCollectionProxy(this.ctx, () => this.span(), searchText, options);
  }

  get text(): string {
    return this.value("text");
  }

  /** WordApi 1.3. The control holding the cursor (or the whole selection), or a null object. */
  get parentContentControlOrNullObject(): ContentControlProxy {
    if (!this.parent) {
      let found: { control: SimControl | null } | null = null;
      this.parent = new ContentControlProxy(
        this.ctx,
        () => {
          this.ctx.require("1.3", "Range.parentContentControlOrNullObject");
          const doc = this.ctx.host.doc;
          const span = this.span();
          found ??= { control: span.end > span.start ? doc.controlsAt(span).holding : doc.controlAtCursor({ paragraph: span.paragraph, offset: span.start }) };
          return found.control;
        },
        true,
      );
    }
    return this.parent;
  }

  /** WordApi 1.1. The controls overlapping the selection (as for a found range: partial overlaps included). */
  get contentControls(): ContentControlListProxy {
    return new ContentControlListProxy(this.ctx, () => this.ctx.host.doc.controlsAt(this.span()).overlapping);
  }

  /** WordApi 1.6. The tracked changes touching the selection. */
  getTrackedChanges(): TrackedChangeCollectionProxy {
    return new TrackedChangeCollectionProxy(this.ctx, () => this.ctx.host.doc.trackedChangesIn(this.span()));
  }

  /** No argument: a rich-text control (WordApi 1.1); "PlainText" needs WordApi 1.5. Selected text becomes its content. */
  insertContentControl(type?: string): ContentControlProxy {
    let created: SimControl | null = null;
    this.ctx.enqueue("write", "Range.insertContentControl", () => {
      if (type !== undefined) this.ctx.require("1.5", "insertContentControl(type)");
      if (type !== undefined && type !== "PlainText" && type !== "RichText") {
        throw new SimError("InvalidArgument", `Unsupported content control type ${type}.`, "Range.insertContentControl");
      }
      const kind = (type ?? "RichText") as SimControlType;
      const doc = this.ctx.host.doc;
      const span = this.span();
      created = span.end > span.start ? doc.wrapInControl(span, kind) : doc.insertControlAtCursor(kind, { paragraph: span.paragraph, offset: span.start });
      // Nesting is not modelled: the simulation refuses it rather than guess what Word would build.
      if (!created) throw new SimError("GeneralException", "Cannot insert a content control here.", "Range.insertContentControl");
    });
    return new ContentControlProxy(this.ctx, () => created);
  }

  protected readProperty(): unknown {
    const { paragraph, start, end } = this.span();
    return this.ctx.host.doc.paragraphText(paragraph).slice(start, end);
  }

  private span(): SimSpan {
    this.fixed ??= this.locate();
    return this.fixed;
  }
}
