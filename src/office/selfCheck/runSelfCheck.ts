/**
 * Runs the contract checks (checks.ts) in an empty document and leaves it empty: each check is followed by the
 * driver emptying the document, whatever the check did, and the end state is checked too. A document that is not
 * empty is refused before anything is written. Loaded on first use by «Tự kiểm tra».
 */
import { GatewayError } from "../gateway";
import type { SupportsWordApi, WordRun } from "../gateway";
import { createOfficeGateway } from "../officeGateway";
import { CheckFailed, CHECKS, SELF_CHECK_PREFIX, type Check } from "./checks";
import { createDriver, type DocumentState } from "./driver";

export type CheckStatus = "pass" | "fail" | "skipped";

export interface CheckResult {
  id: string;
  title: string;
  status: CheckStatus;
  /** Why it failed or was skipped, in Vietnamese. */
  detail?: string;
  /** Word's error code, when Word raised one. */
  wordCode?: string;
}

export interface SelfCheckRun {
  /** Set when the document was not empty: nothing was run. */
  refused?: string;
  results: CheckResult[];
  /** Whether the document was empty again at the end (it must be). */
  leftEmpty: boolean;
}

const isEmpty = (s: DocumentState) => s.text.trim() === "" && s.controls.length === 0 && s.changes.length === 0 && s.storedParts === 0;

export async function runSelfCheck(
  run: WordRun,
  supports: SupportsWordApi,
  onResult: (result: CheckResult) => void = () => undefined,
  checks: readonly Check[] = CHECKS,
): Promise<SelfCheckRun> {
  const driver = createDriver(run, supports);
  const before = await driver.state();
  if (!isEmpty(before)) {
    return {
      refused: "Chỉ chạy trong một văn bản trống (không chữ, không ô nội dung, không dữ liệu báo cáo). Hãy mở một văn bản mới rồi chạy lại.",
      results: [],
      leftEmpty: false,
    };
  }
  const gateway = createOfficeGateway(run, supports, { tagPrefix: () => SELF_CHECK_PREFIX });
  // The checks start from Word's default; the document's own mode is put back at the end.
  const ownMode = before.trackingMode;
  if (ownMode !== "Off") await driver.setTracking("Off");
  const results: CheckResult[] = [];
  for (const check of checks) {
    const result = await runOne(check, { gateway, driver, supports });
    results.push(result);
    onResult(result);
  }
  if (ownMode !== "Off") await driver.setTracking(ownMode);
  return { results, leftEmpty: isEmpty(await driver.state()) };
}

async function runOne(check: Check, env: Parameters<Check["run"]>[0]): Promise<CheckResult> {
  const base = { id: check.id, title: check.title };
  if (check.needs && !env.supports(check.needs)) {
    return { ...base, status: "skipped", detail: `Word này không có WordApi ${check.needs}.` };
  }
  let result: CheckResult = { ...base, status: "pass" };
  try {
    await check.run(env);
  } catch (error) {
    result = { ...base, status: "fail", ...describe(error) };
  }
  try {
    await env.driver.empty();
  } catch (error) {
    const cleanup = describe(error);
    result = { ...base, status: "fail", detail: `${result.detail ?? ""} Không xoá được phần đã ghi thử: ${cleanup.detail}`.trim(), wordCode: result.wordCode ?? cleanup.wordCode };
  }
  return result;
}

function describe(error: unknown): { detail: string; wordCode?: string } {
  if (error instanceof CheckFailed) return { detail: error.message };
  if (error instanceof GatewayError) return { detail: error.message, ...(error.wordCode ? { wordCode: error.wordCode } : {}) };
  const office = error as { code?: string; message?: string } | null;
  return { detail: office?.message ?? String(error), ...(office?.code ? { wordCode: office.code } : {}) };
}
