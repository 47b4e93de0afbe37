/**
 * The gateway's contract suite (src/office/selfCheck/checks.ts) against the simulation: the same checks «Tự kiểm
 * tra» runs inside Word. Every check passes on every Word the simulation plays, the document is empty again at the
 * end, and a document that is not empty is refused untouched.
 */
import { runSelfCheck } from "../../src/office/selfCheck/runSelfCheck";
import { selfCheckReport } from "../../src/office/selfCheck/report";
import { createWordSimulation, installWordGlobals, type SimulationOptions } from "../../src/preview/wordSim";

installWordGlobals();

const words: [string, SimulationOptions][] = [
  ["Word for Windows, WordApi 1.6", {}],
  ["Word on Mac (empty deletion text)", { platform: "Mac" }],
  ["a Word whose failed syncs undo everything", { failedSync: "undoesAll" }],
  ["a Word without tracked deletions in range text", { deletedTextInText: false }],
];

describe.each(words)("the contract on %s", (_, options) => {
  it("passes every check and leaves the document empty", async () => {
    const sim = createWordSimulation([], options);
    const run = await runSelfCheck(sim.run, sim.supports);
    expect(run.results.map((r) => [r.id, r.status, r.detail ?? ""])).toEqual(run.results.map((r) => [r.id, "pass", ""]));
    expect(run.results).toHaveLength(9);
    expect(run.leftEmpty).toBe(true);
    expect(sim.doc.bodyText()).toBe("");
    expect(sim.controls()).toEqual([]);
    expect(sim.doc.xmlParts).toEqual([]);
  });
});

describe("the contract on a Word with exactly the manifest's WordApi 1.4", () => {
  it("skips the review (WordApi 1.6), naming the set, and passes the rest", async () => {
    const sim = createWordSimulation([], { maxApi: "1.4" });
    const run = await runSelfCheck(sim.run, sim.supports);
    expect(run.results.filter((r) => r.status === "skipped").map((r) => [r.id, r.detail])).toEqual([["review", "Word này không có WordApi 1.6."]]);
    expect(run.results.filter((r) => r.status === "fail")).toEqual([]);
    expect(run.leftEmpty).toBe(true);
  });
});

describe("safety", () => {
  it("refuses a document that is not empty and leaves it as it was", async () => {
    const sim = createWordSimulation([{ runs: ["Báo cáo thật."] }]);
    const run = await runSelfCheck(sim.run, sim.supports);
    expect(run.refused).toMatch(/^Chỉ chạy trong một văn bản trống/);
    expect(run.results).toEqual([]);
    expect(sim.doc.bodyText()).toBe("Báo cáo thật.");
  });

  it("puts the document's own tracking mode back at the end", async () => {
    const sim = createWordSimulation([]);
    sim.doc.trackingMode = "TrackAll";
    const run = await runSelfCheck(sim.run, sim.supports);
    expect(run.results.every((r) => r.status === "pass")).toBe(true);
    expect(sim.doc.trackingMode).toBe("TrackAll");
  });

  it("reports a failing check with Word's code, and still empties the document", async () => {
    const sim = createWordSimulation([]);
    const check = {
      id: "x",
      title: "Thử lỗi",
      run: async ({ driver }: Parameters<(typeof import("../../src/office/selfCheck/checks"))["CHECKS"][number]["run"]>[0]) => {
        await driver.write("Có 5 người.");
        sim.doc.readOnly = true;
        try {
          await driver.write("x");
        } finally {
          sim.doc.readOnly = false;
        }
      },
    };
    const run = await runSelfCheck(sim.run, sim.supports, undefined, [check]);
    expect(run.results).toEqual([expect.objectContaining({ id: "x", status: "fail", wordCode: "AccessDenied" })]);
    expect(run.leftEmpty).toBe(true);
    const report = selfCheckReport({ host: "Word", version: "16.0.1", platform: "PC" }, sim.supports, run, new Date("2026-12-01T09:00:00Z"));
    expect(report.split("\n")).toEqual([
      "Tự kiểm tra — Báo cáo công tác dân chủ",
      "Thời điểm: 2026-12-01T09:00:00.000Z",
      "Word: Word 16.0.1, nền tảng PC",
      "Hỗ trợ: WordApi 1.6, WordApiDesktop —",
      "Kết quả: 0 / 1 không lỗi; văn bản trống lại như trước.",
      expect.stringMatching(/^- \[LỖI\] Thử lỗi \(mã Word: AccessDenied\): /),
    ]);
  });
});
