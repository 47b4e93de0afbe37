/** Word.Document and Word.Body: the entry points the gateway reaches through `context.document`. */
import type { SimContext } from "../context";
import { SimError } from "../simError";
import type { ChangeTrackingModeValue } from "../types";
import { parseFlatOpc } from "../ooxml";
import { ContentControlCollectionProxy } from "./contentControl";
import { CustomXmlPartCollectionProxy } from "./customXml";
import { ParagraphCollectionProxy } from "./paragraph";
import { PageSetupProxy } from "./pageSetup";
import { RangeProxy } from "./range";
import { RangeCollectionProxy } from "./textRange";
import type { SimSearchOptions } from "../textSearch";
import { SimObject } from "./simObject";
import { TrackedChangeCollectionProxy } from "./trackedChanges";

const MODES: readonly string[] = ["Off", "TrackAll", "TrackMineOnly"];

const INSERT_LOCATIONS: readonly string[] = ["Replace", "Start", "End"];

export class BodyProxy extends SimObject {
  private paragraphList: ParagraphCollectionProxy | null = null;

  constructor(ctx: SimContext) {
    super(ctx, "Body", ["text"]);
  }

  /** WordApi 1.1. */
  get text(): string {
    return this.value("text");
  }

  /**
   * WordApi 1.1. Parsed at sync, when Word would read it: a malformed package rejects the sync with InvalidArgument.
   * With tracking on, the inserted content is a tracked insertion (OfficeDev/office-js#334, #559: "by design").
   */
  insertOoxml(ooxml: string, location: string): void {
    this.ctx.enqueue("write", "Body.insertOoxml", () => {
      if (!INSERT_LOCATIONS.includes(location)) {
        throw new SimError("InvalidArgument", `'${location}' is not a valid location for Body.insertOoxml.`, "Body.insertOoxml");
      }
      this.ctx.host.doc.insertParagraphs(parseFlatOpc(ooxml), location as "Replace" | "Start" | "End");
    });
  }

  /** WordApi 1.1. Plain text at the body's start or end (no paragraph marks: "\n" is not simulated). */
  insertText(text: string, location: string): void {
    this.ctx.enqueue("write", "Body.insertText", () => {
      if (location !== "Start" && location !== "End") {
        throw new SimError("InvalidArgument", `'${location}' is not a simulated location for Body.insertText.`, "Body.insertText");
      }
      if (/[\r\n]/.test(text)) throw new SimError("InvalidArgument", "Paragraph marks in Body.insertText are not simulated.", "Body.insertText");
      this.ctx.host.doc.insertBodyText(text, location);
    });
  }

  /** WordApi 1.1. Searches every paragraph in order (a match never spans two paragraphs here). */
  search(searchText: string, options: SimSearchOptions = {}): RangeCollectionProxy {
    return new RangeCollectionProxy(this.ctx, () => this.ctx.host.doc.paragraphs.map((_, paragraph) => ({
      paragraph,
      start: 0,
      end: this.ctx.host.doc.paragraphText(paragraph).length,
    })), searchText, options);
  }

  /** WordApi 1.1. Empties the body (under tracking, its text becomes tracked deletions). */
  clear(): void {
    this.ctx.enqueue("write", "Body.clear", () => this.ctx.host.doc.insertParagraphs([], "Replace"));
  }

  protected readProperty(name: string): unknown {
    return name === "text" ? this.ctx.host.doc.bodyText() : undefined;
  }

  /** WordApi 1.1. The same collection object on every access, as Office.js returns one proxy per property. */
  get paragraphs(): ParagraphCollectionProxy {
    this.paragraphList ??= new ParagraphCollectionProxy(this.ctx);
    return this.paragraphList;
  }

  /** WordApi 1.6. */
  getTrackedChanges(): TrackedChangeCollectionProxy {
    return new TrackedChangeCollectionProxy(this.ctx, () => this.ctx.host.doc.trackedChanges());
  }
}

export class DocumentProxy extends SimObject {
  readonly contentControls: ContentControlCollectionProxy;
  readonly customXmlParts: CustomXmlPartCollectionProxy;
  readonly body: BodyProxy;
  /** WordApiDesktop 1.3. */
  readonly pageSetup: PageSetupProxy;

  constructor(ctx: SimContext) {
    super(ctx, "Document", ["changeTrackingMode"]);
    this.contentControls = new ContentControlCollectionProxy(ctx);
    this.customXmlParts = new CustomXmlPartCollectionProxy(ctx);
    this.body = new BodyProxy(ctx);
    this.pageSetup = new PageSetupProxy(ctx);
  }

  /** WordApi 1.4. */
  get changeTrackingMode(): ChangeTrackingModeValue {
    return this.value("changeTrackingMode");
  }

  set changeTrackingMode(mode: ChangeTrackingModeValue) {
    this.remember("changeTrackingMode", mode);
    this.ctx.enqueue("write", "Document.changeTrackingMode", () => {
      this.ctx.require("1.4", "Document.changeTrackingMode");
      if (!MODES.includes(mode)) {
        throw new SimError("InvalidArgument", `'${String(mode)}' is not a ChangeTrackingMode.`, "Document.changeTrackingMode");
      }
      this.ctx.host.doc.trackingMode = mode;
    });
  }

  getSelection(): RangeProxy {
    return new RangeProxy(this.ctx);
  }

  protected readProperty(name: string): unknown {
    this.ctx.require("1.4", "Document.changeTrackingMode");
    return name === "changeTrackingMode" ? this.ctx.host.doc.trackingMode : undefined;
  }
}
