/** The benchmark's pure helpers: which scripts count as loaded at start, the table, the median. */
import { startScripts } from "../../scripts/bench/bundle";
import { renderTable } from "../../scripts/bench/table";
import { selfTimes } from "../../scripts/bench/trace";
import { median, type BenchRow } from "../../scripts/bench/types";

describe("bench helpers", () => {
  it("counts the page's own scripts, quoted or not, and leaves office.js out", () => {
    const html =
      '<script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script>' +
      '<script src="office/office.js"></script><script defer src=taskpane.abd424b8.js></script>' +
      "<script defer src='vendors.12345678.js'></script>";
    expect(startScripts(html)).toEqual(["taskpane.abd424b8.js", "vendors.12345678.js"]);
  });

  it("prints one aligned table with a header", () => {
    const row: BenchRow = { measure: "Bundle", case: "x", result: "1 kB", target: "≤ 2 kB", status: "PASS", values: {} };
    const lines = renderTable([row, { ...row, measure: "Validation", status: "FAIL" }]).split("\n");
    expect(lines[0]).toBe("Measure    | Case | Result | Target | Status");
    expect(lines[2]).toBe("Bundle     | x    | 1 kB   | ≤ 2 kB | PASS");
    expect(lines[3]).toBe("Validation | x    | 1 kB   | ≤ 2 kB | FAIL");
  });

  it("takes the middle sample, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it("splits a trace's main-thread time into self time per kind of work, nested events taken out of their parents", () => {
    const event = (name: string, ts: number, dur: number) => ({ name, ph: "X", ts, dur, pid: 1, tid: 1 });
    const events = [
      event("RunTask", 0, 100), // 10 µs of task overhead around the script
      event("FunctionCall", 5, 90), // 50 µs of script itself
      event("Layout", 20, 30), // a layout forced by the script
      event("RunTask", 60, 10), // an unlisted event inside the script counts as script
      event("UpdateLayoutTree", 200, 40),
      event("Layout", 1000, 50), // after the window: left out
    ];
    expect(Object.fromEntries(selfTimes(events, 0, 500))).toEqual({ other: 10, scripting: 60, layout: 30, style: 40 });
  });
});
