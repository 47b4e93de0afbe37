/** Word.PageSetup (WordApiDesktop 1.3: desktop Word only): paper size and margins in points. */
import type { SimContext } from "../context";
import { SimError } from "../simError";
import type { SimPageSetup } from "../types";
import { SimObject } from "./simObject";

const PROPERTIES = { paperSize: "paperSize", topMargin: "top", bottomMargin: "bottom", leftMargin: "left", rightMargin: "right" } as const;
type Property = keyof typeof PROPERTIES;

export class PageSetupProxy extends SimObject {
  constructor(ctx: SimContext) {
    super(ctx, "PageSetup", Object.keys(PROPERTIES));
  }

  get paperSize(): string {
    return this.value("paperSize");
  }
  set paperSize(value: string) {
    this.write("paperSize", value);
  }
  get topMargin(): number {
    return this.value("topMargin");
  }
  set topMargin(value: number) {
    this.write("topMargin", value);
  }
  get bottomMargin(): number {
    return this.value("bottomMargin");
  }
  set bottomMargin(value: number) {
    this.write("bottomMargin", value);
  }
  get leftMargin(): number {
    return this.value("leftMargin");
  }
  set leftMargin(value: number) {
    this.write("leftMargin", value);
  }
  get rightMargin(): number {
    return this.value("rightMargin");
  }
  set rightMargin(value: number) {
    this.write("rightMargin", value);
  }

  private write(name: Property, value: string | number): void {
    this.remember(name, value);
    this.ctx.enqueue("write", `PageSetup.${name}`, () => {
      this.ctx.require("1.3", `PageSetup.${name}`, "WordApiDesktop");
      if (name !== "paperSize" && (typeof value !== "number" || !Number.isFinite(value) || value < 0)) {
        throw new SimError("InvalidArgument", `'${String(value)}' is not a valid margin.`, `PageSetup.${name}`);
      }
      const setup = this.ctx.host.doc.pageSetup as unknown as Record<keyof SimPageSetup, string | number>;
      setup[PROPERTIES[name]] = value;
    });
  }

  protected readProperty(name: string): unknown {
    this.ctx.require("1.3", `PageSetup.${name}`, "WordApiDesktop");
    return this.ctx.host.doc.pageSetup[PROPERTIES[name as Property]];
  }
}
