import { Card, CardHeader, Text } from "@fluentui/react-components";
import { uncheckedChecks, type UncheckedItem } from "../../domain/import/notChecked";
import { missingFigures } from "../../domain/optional";
import { impossibleFigures } from "../store/impossibleFigures";
import { useAppStore } from "../store/StoreContext";

/** Figures typed in a way the pane cannot use while the document shows them (impossibleFigures.ts). */
function useImpossible() {
  const raw = useAppStore((s) => s.raw);
  const review = useAppStore((s) => s.review);
  const observations = useAppStore((s) => s.observations);
  return impossibleFigures({ raw, review, observations });
}

/**
 * The form's checks that cannot run on the figures as they stand (those lacking only optional figures the report
 * leaves out are marked `leftOut`). One list for «Văn bản cũ»: the recognition's result and the check's each showed
 * their own, so after both «Chưa kiểm tra được (3)» read twice over the same three checks (walk42). A figure still
 * waiting in «Chưa rõ» is said to wait there, not to be missing (walk40).
 */
export function useChecksNotRun(): UncheckedItem[] {
  const report = useAppStore((s) => s.report);
  const summary = useAppStore((s) => s.recognition);
  const chosen = useAppStore((s) => s.chosenFigures);
  const notStated = useAppStore((s) => s.notStated);
  const review = useAppStore((s) => s.review);
  const impossible = useImpossible();
  const given = (id: string) => (review.values.get(id) ?? null) !== null;
  const leftOut = new Set(missingFigures(report, given).leftOut.map((f) => f.id));
  const waiting = new Set((summary?.ambiguous ?? []).filter((f) => !chosen[f.field] && !notStated.includes(f.field)).map((f) => f.field));
  return uncheckedChecks(report, given, undefined, (id) => leftOut.has(id), impossible, (id) => waiting.has(id), (id) => notStated.includes(id));
}

/** The checks not run for lack of figures (or for a figure typed wrong), said once (walk42). */
export function ChecksNotRunCard({ items }: { items: readonly UncheckedItem[] }) {
  const impossible = useImpossible();
  if (items.length === 0) return null;
  const mistyped = items.some((u) => u.missing.some((id) => impossible(id)));
  return (
    <Card size="small">
      <CardHeader
        header={
          <Text weight="semibold">
            Chưa kiểm tra được ({items.length}) — {mistyped ? "số liệu thiếu hoặc nhập sai" : "thiếu số liệu"}
          </Text>
        }
      />
      <ul className="summary-list" aria-label="Kiểm tra chưa chạy được vì thiếu số liệu" tabIndex={0}>
        {items.map((u) => (
          <li key={u.key}>{u.message}</li>
        ))}
      </ul>
    </Card>
  );
}
