/**
 * Walk finding (walk48, F11): after «Văn bản không nêu số này» for the centre's figures, «Kiểm tra văn bản» still said
 * «Không kiểm tra được tổng «Hồ sơ tiếp nhận (Trung tâm PVHCC)» = …: thiếu …» and counted them among the figures still
 * to type. A check lacking only figures the clerk said the report does not state does not apply, and says so.
 */
import { uncheckedChecks } from "../../../src/domain/import/notChecked";
import type { Rule } from "../../../src/domain/types";
import { REPORT } from "../../support/forms";

const rule = REPORT.rules.find((r): r is Extract<Rule, { kind: "sum" }> => r.kind === "sum")!;
const absent = rule.parts[0]!;
const read = (id: string) => id !== absent;
const itemOf = (saidAbsent?: (id: string) => boolean) =>
  uncheckedChecks(REPORT, read, undefined, undefined, undefined, undefined, saidAbsent).find((u) => u.key === `unchecked:${rule.id}`)!;

it("says a check lacking a figure the clerk said the report does not state does not apply, and no gap", () => {
  const item = itemOf((id) => id === absent);
  expect(item.message).toMatch(/^Không kiểm tra tổng .*: văn bản không nêu «.+» \(theo lựa chọn «Văn bản không nêu»\)\.$/u);
  expect(item.message).not.toContain("thiếu");
  expect(item.leftOut).toBe(true);
});

it("near-match: a figure simply not read is still missing", () => {
  const item = itemOf();
  expect(item.message).toContain("thiếu «");
  expect(item.leftOut).toBeUndefined();
});
