/** Keyboard-only helpers: where focus is, whether it is visibly marked, and tabbing until a target is reached. */
import type { Page } from "playwright-core";

export interface FocusStop {
  /** Tag, role and accessible-ish name of the focused element, for messages. */
  what: string;
  insidePane: boolean;
  field: string | null;
  focusVisible: boolean;
  /** The visible focus mark found (outline, ::after border of Fluent's focus style, box-shadow), or null. */
  indicator: string | null;
}

/** Describes document.activeElement; Fluent draws focus as an outline or as a border on ::after of the element or its wrapper. */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { what: "body", insidePane: false, field: null, focusVisible: false, indicator: null };
    const marks = (node: Element, pseudo: string | null): string | null => {
      const style = getComputedStyle(node, pseudo);
      if (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) return `outline ${style.outlineWidth} ${style.outlineStyle}${pseudo ?? ""}`;
      const borders = ["Top", "Right", "Bottom", "Left"].filter(
        (side) => style.getPropertyValue(`border-${side.toLowerCase()}-style`) !== "none" && parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) >= 2,
      );
      if (pseudo && borders.length > 0 && style.content !== "none") return `border ${borders.join("/")}${pseudo}`;
      if (style.boxShadow !== "none") return `box-shadow${pseudo ?? ""}`;
      return null;
    };
    const candidates: Element[] = [el, ...(el.parentElement ? [el.parentElement] : [])];
    let indicator: string | null = null;
    for (const node of candidates) indicator ??= marks(node, null) ?? marks(node, "::after") ?? marks(node, "::before");
    const name = el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 60) ?? "";
    return {
      what: `${el.tagName.toLowerCase()}[role=${el.getAttribute("role") ?? ""}] «${name || (el as HTMLInputElement).value || ""}»`,
      insidePane: !!document.getElementById("root")?.contains(el),
      field: el.closest("[data-field]")?.getAttribute("data-field") ?? null,
      focusVisible: el.matches(":focus-visible"),
      indicator,
    };
  });
}

/** Presses Tab (or Shift+Tab) until `reached` holds for the focused element; returns every stop passed. */
export async function tabUntil(page: Page, reached: (stop: FocusStop) => boolean, options: { back?: boolean; max?: number } = {}): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let i = 0; i < (options.max ?? 200); i++) {
    await page.keyboard.press(options.back ? "Shift+Tab" : "Tab");
    const stop = await focusStop(page);
    stops.push(stop);
    if (reached(stop)) return stops;
  }
  throw new Error(`Not reached after ${stops.length} key presses; last stops: ${stops.slice(-5).map((s) => s.what).join(", ")}`);
}
