/** The self-check's copyable report: what Word this is, what it supports, and every check with its outcome. */
import type { SupportsWordApi } from "../gateway";
import type { SelfCheckRun } from "./runSelfCheck";

export interface HostInfo {
  /** Office.context.diagnostics: host, version, platform ("PC", "Mac", "OfficeOnline"…). */
  host: string;
  version: string;
  platform: string;
}

const PROBED: [set: "WordApi" | "WordApiDesktop", versions: string[]][] = [
  ["WordApi", ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"]],
  ["WordApiDesktop", ["1.1", "1.2", "1.3", "1.4"]],
];

/** The highest version of each requirement set this Word reports, e.g. ["WordApi 1.6", "WordApiDesktop —"]. */
export function supportedSets(supports: SupportsWordApi): string[] {
  return PROBED.map(([set, versions]) => `${set} ${versions.filter((v) => supports(v, set)).at(-1) ?? "—"}`);
}

const MARK = { pass: "ĐẠT", fail: "LỖI", skipped: "BỎ QUA" } as const;

export function selfCheckReport(info: HostInfo, supports: SupportsWordApi, run: SelfCheckRun, at: Date): string {
  const lines = [
    "Tự kiểm tra — Báo cáo công tác dân chủ",
    `Thời điểm: ${at.toISOString()}`,
    `Word: ${info.host} ${info.version}, nền tảng ${info.platform}`,
    `Hỗ trợ: ${supportedSets(supports).join(", ")}`,
  ];
  if (run.refused) return [...lines, `Không chạy: ${run.refused}`].join("\n");
  const failed = run.results.filter((r) => r.status === "fail").length;
  lines.push(`Kết quả: ${run.results.length - failed} / ${run.results.length} không lỗi; văn bản ${run.leftEmpty ? "trống lại như trước" : "KHÔNG còn trống"}.`);
  for (const r of run.results) {
    lines.push(`- [${MARK[r.status]}] ${r.title}${r.wordCode ? ` (mã Word: ${r.wordCode})` : ""}${r.detail ? `: ${r.detail}` : ""}`);
  }
  return lines.join("\n");
}
