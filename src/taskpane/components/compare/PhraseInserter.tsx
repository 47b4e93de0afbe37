import { Button, Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { comparedValues, type ComparedState } from "../../../domain/comparison/earlier";
import { phraseText, type PhraseBasis } from "../../../domain/comparison/phrase";
import { byLargestChange, type ComparisonRow } from "../../../domain/comparison/compare";
import { PREVIOUS_CHOICE } from "../../../domain/comparison/periods";
import { useAppStore } from "../../store/StoreContext";

/**
 * «tăng 130 (1,35%) so với quý trước» (tháng trước, năm trước…) at the cursor, as a control that «Cập nhật văn bản» keeps up to date. The
 * preview is the exact text; with an unknown side there is nothing to insert, and the button says why.
 */
export function PhraseInserter({ state, rows }: { state: ComparedState; rows: readonly ComparisonRow[] }) {
  const busy = useAppStore((s) => s.busy);
  const insertPhrase = useAppStore((s) => s.insertPhrase);
  // First offered: the figure that changed most (a phrase exists for it).
  const [fieldId, setFieldId] = useState(() => byLargestChange(rows)[0]?.id ?? "");
  const [basis, setBasis] = useState<PhraseBasis>("previous");
  const text = useMemo(() => {
    const field = state.report.byId.get(fieldId);
    const values = comparedValues(state);
    return field ? phraseText(field, basis, values.current, { ...values, period: state.period }) : null;
  }, [state, fieldId, basis]);
  return (
    <section aria-labelledby="cmp-phrase-title" className="cmp-block">
      <h2 id="cmp-phrase-title" className="cmp-h2">Câu so sánh trong văn bản</h2>
      <Field label="Số liệu">
        <Select value={fieldId} onChange={(_, d) => setFieldId(d.value)}>
          {rows.map((r) => (
            <option key={r.id} value={r.id}>{r.label}</option>
          ))}
        </Select>
      </Field>
      <RadioGroup layout="horizontal" aria-label="So với" value={basis} onChange={(_, d) => setBasis(d.value as PhraseBasis)}>
        <Radio value="previous" label={PREVIOUS_CHOICE[state.report.periodKind]} />
        {/* A yearly form's same period last year is last year: one choice. */}
        {state.report.periodKind !== "year" && <Radio value="lastYear" label="Cùng kỳ năm trước" />}
      </RadioGroup>
      <p className="cmp-preview" aria-live="polite">
        {text === null ? "Chưa có số liệu của một trong hai kỳ: không có câu so sánh." : `«${text}»`}
      </p>
      <Button disabled={busy !== null || text === null} onClick={() => void insertPhrase(fieldId, basis)}>
        Chèn câu so sánh vào vị trí con trỏ
      </Button>
    </section>
  );
}
