/**
 * npm run bench -- --trace: one cold load of the floor page and one of the preview host, each recorded with
 * Chromium's performance trace, and where each main thread's time went until the page was interactive: script, style,
 * layout, paint, HTML, garbage collection ("other": the browser's own task handling, network and loading), and the
 * spans the pane's code marks itself (performance.measure "bcdc:*": the simulated document, the read of the
 * document, the pane's render). The pane's trace is written to dist/start-trace.json for the DevTools Performance
 * panel.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch } from "../../tests/browser/support/browser";
import { serveDirectory } from "../../tests/browser/support/staticServer";
import { PAGES, type PageName } from "./startup";

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink.user_timing", "loading", "toplevel"];

/** Event names to the kind of work they are; time not in a listed event counts as "other" (task overhead, idle). */
const KIND: Record<string, string> = {
  EvaluateScript: "scripting",
  "v8.compile": "scripting (compile)",
  "v8.compileModule": "scripting (compile)",
  CompileScript: "scripting (compile)",
  "v8.evaluateModule": "scripting",
  FunctionCall: "scripting",
  TimerFire: "scripting",
  EventDispatch: "scripting",
  RunMicrotasks: "scripting",
  "V8.Execute": "scripting",
  MinorGC: "garbage collection",
  MajorGC: "garbage collection",
  "V8.GCScavenger": "garbage collection",
  UpdateLayoutTree: "style",
  RecalculateStyles: "style",
  ParseAuthorStyleSheet: "style",
  Layout: "layout",
  PrePaint: "paint",
  Paint: "paint",
  Layerize: "paint",
  UpdateLayerTree: "paint",
  Commit: "paint",
  ParseHTML: "HTML",
};

/** Self time (an event's duration minus its children's) per kind, on one thread, between `from` and `to` (µs). */
export function selfTimes(events: readonly TraceEvent[], from: number, to: number): Map<string, number> {
  const complete = events
    .filter((e) => e.ph === "X" && e.dur !== undefined && e.ts >= from && e.ts < to)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals = new Map<string, number>();
  const stack: { end: number; kind: string; self: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
      const done = stack.pop()!;
      totals.set(done.kind, (totals.get(done.kind) ?? 0) + done.self);
    }
  };
  for (const event of complete) {
    close(event.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= event.dur!;
    // An unlisted event inside a listed one (a task inside a script call) is that kind of work.
    stack.push({ end: event.ts + event.dur!, kind: KIND[event.name] ?? parent?.kind ?? "other", self: event.dur! });
  }
  close(Number.POSITIVE_INFINITY);
  return totals;
}

interface Traced {
  interactiveMs: number;
  kinds: Map<string, number>;
  measures: { name: string; start: number; ms: number }[];
}

/** Traces one cold load of `name` and sums its main thread's work up to the moment it is interactive. */
async function traceLoad(root: string, url: string, name: PageName): Promise<Traced> {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(`${url}/${PAGES[name].path}`, { waitUntil: "commit" });
    const at = await page.waitForFunction(
      (selector) => {
        const input = document.querySelector<HTMLInputElement>(selector);
        return input !== null && input.value !== "" && !input.disabled && performance.now();
      },
      PAGES[name].input,
      { polling: "raf", timeout: 60_000 },
    );
    const interactiveMs = (await at.jsonValue()) as number;
    const measures = await page.evaluate(() =>
      performance.getEntriesByType("measure").map((m) => ({ name: m.name, start: m.startTime, ms: m.duration })),
    );
    const trace = await browser.stopTracing();
    await context.close();
    if (name === "pane") writeFileSync(join(root, "dist", "start-trace.json"), trace);
    const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
    return { interactiveMs, kinds: mainThreadWork(events, interactiveMs), measures };
  } finally {
    await browser.close();
  }
}

/** The floor page and the pane, each traced on a cold load, their main-thread work side by side. */
export async function traceStart(root: string): Promise<string> {
  const { server, url } = await serveDirectory(join(root, "dist"));
  try {
    const floor = await traceLoad(root, url, "floor");
    const pane = await traceLoad(root, url, "pane");
    return summarize(floor, pane);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** The page's main thread (the renderer that marked the last navigation: the page, after about:blank), by kind. */
function mainThreadWork(events: TraceEvent[], interactiveMs: number): Map<string, number> {
  const navigations = events.filter((e) => e.name === "navigationStart").sort((a, b) => a.ts - b.ts);
  const navigation = navigations[navigations.length - 1];
  const main = navigation && events.find((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain" && e.pid === navigation.pid);
  if (!navigation || !main) throw new Error("trace: no navigation on a renderer main thread");
  const thread = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  return selfTimes(thread, navigation.ts, navigation.ts + interactiveMs * 1000);
}

function summarize(floor: Traced, pane: Traced): string {
  const kinds = [...new Set([...pane.kinds.keys(), ...floor.kinds.keys()])].sort((a, b) => (pane.kinds.get(b) ?? 0) - (pane.kinds.get(a) ?? 0));
  const cell = (us: number | undefined) => `${((us ?? 0) / 1000).toFixed(1)} ms`.padStart(10);
  const busy = (t: Traced) => [...t.kinds.values()].reduce((sum, us) => sum + us, 0);
  const lines = [
    `${"main thread, navigation → interactive".padEnd(40)}${"floor".padStart(10)}${"pane".padStart(10)}`,
    `${"interactive at".padEnd(40)}${cell(floor.interactiveMs * 1000)}${cell(pane.interactiveMs * 1000)}`,
    `${"busy".padEnd(40)}${cell(busy(floor))}${cell(busy(pane))}`,
    ...kinds.map((kind) => `${`  ${kind}`.padEnd(40)}${cell(floor.kinds.get(kind))}${cell(pane.kinds.get(kind))}`),
    "the pane's own spans (performance.measure):",
    ...pane.measures
      .filter((m) => m.name.startsWith("bcdc:"))
      .map((m) => `${`  ${m.name} (at ${m.start.toFixed(0)} ms)`.padEnd(40)}${"".padStart(10)}${cell(m.ms * 1000)}`),
  ];
  return lines.join("\n");
}
