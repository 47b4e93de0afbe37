/**
 * npm run bench -- --trace: one cold load of the preview host recorded with Chromium's performance trace, and where
 * the main thread's time went until the pane was interactive: script compile and run, style, layout, paint, HTML,
 * garbage collection, and within that the spans the code marks itself (performance.measure "bcdc:*": the simulated
 * document, the read of the document, the pane's render). The trace is written to dist/start-trace.json for
 * chrome://tracing or the DevTools Performance panel.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { launch } from "../../tests/browser/support/browser";
import { serveDirectory } from "../../tests/browser/support/staticServer";
import { PAGES } from "./startup";

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

export async function traceStart(root: string): Promise<string> {
  const { server, url } = await serveDirectory(join(root, "dist"));
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await context.newPage();
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(`${url}/${PAGES.pane.path}`, { waitUntil: "commit" });
    const at = await page.waitForFunction(
      (selector) => {
        const input = document.querySelector<HTMLInputElement>(selector);
        return input !== null && input.value !== "" && !input.disabled && performance.now();
      },
      PAGES.pane.input,
      { polling: "raf", timeout: 60_000 },
    );
    const interactiveMs = (await at.jsonValue()) as number;
    const measures = await page.evaluate(() =>
      performance.getEntriesByType("measure").map((m) => ({ name: m.name, start: m.startTime, ms: m.duration })),
    );
    const trace = await browser.stopTracing();
    await context.close();
    writeFileSync(join(root, "dist", "start-trace.json"), trace);
    const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
    return summarize(events, interactiveMs, measures);
  } finally {
    await browser.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function summarize(events: TraceEvent[], interactiveMs: number, measures: { name: string; start: number; ms: number }[]): string {
  // The page's main thread: the renderer main thread that marked the navigation (the last one: the page, after the
  // first about:blank).
  const navigations = events.filter((e) => e.name === "navigationStart").sort((a, b) => a.ts - b.ts);
  const navigation = navigations[navigations.length - 1];
  const main = navigation && events.find((e) => e.ph === "M" && e.name === "thread_name" && e.args?.name === "CrRendererMain" && e.pid === navigation.pid);
  if (!navigation || !main) return "trace: no navigation on a renderer main thread found";
  const thread = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const from = navigation.ts;
  const to = from + interactiveMs * 1000;
  const totals = [...selfTimes(thread, from, to)].sort((a, b) => b[1] - a[1]);
  const busy = totals.reduce((sum, [, us]) => sum + us, 0);
  const lines = [`navigation → interactive: ${interactiveMs.toFixed(0)} ms; main thread busy ${(busy / 1000).toFixed(0)} ms of it:`];
  for (const [kind, us] of totals) lines.push(`  ${kind.padEnd(22)} ${(us / 1000).toFixed(1).padStart(7)} ms  ${((100 * us) / busy).toFixed(0).padStart(3)} %`);
  lines.push("spans the code marks (performance.measure), ms from navigation:");
  for (const m of measures.filter((x) => x.name.startsWith("bcdc:"))) {
    lines.push(`  ${m.name.padEnd(22)} ${m.ms.toFixed(1).padStart(7)} ms  (at ${m.start.toFixed(0)} ms)`);
  }
  return lines.join("\n");
}
