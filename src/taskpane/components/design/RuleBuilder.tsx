/** «Thêm quy tắc»: pick the figures of "A = B + C", "A ≤ B" or "P = A / B"; whether it holds now shows as they are picked. */
import { Button, Field, Select, Text } from "@fluentui/react-components";
import { useState } from "react";
import { bareId, RULE_SHAPES, ruleNow, type RuleDraft } from "../../../domain/form/authoring";
import { parseField } from "../../../domain/fieldValues";
import type { AuthoringActions } from "../../store/authoringActions";
import { useAppStore } from "../../store/StoreContext";
import { FieldSelect, Problems } from "./shared";

type Shape = RuleDraft["kind"];
const NAMES: Record<Shape, string[]> = { sum: ["A (tổng)", "B", "C"], atMost: ["A (nhỏ hơn hoặc bằng)", "B"], percent: ["P (tỷ lệ)", "A (phần)", "B (toàn bộ)"] };

export function RuleBuilder({ actions }: { actions: AuthoringActions }) {
  const report = useAppStore((s) => s.report);
  const values = useAppStore((s) => s.review.values);
  const observations = useAppStore((s) => s.observations);
  const busy = useAppStore((s) => s.busy);
  const [shape, setShape] = useState<Shape>("sum");
  const [picks, setPicks] = useState<string[]>(["", "", ""]);
  const [problems, setProblems] = useState<string[]>([]);
  const names = shape === "sum" ? ["A (tổng)", ...picks.slice(1).map((_, i) => String.fromCharCode(66 + i))] : NAMES[shape];

  const form = report.form;
  const ids = picks.map((tag) => (tag === "" ? "" : bareId(form, tag)));
  const draft: RuleDraft =
    shape === "sum" ? { kind: "sum", total: ids[0]!, parts: ids.slice(1) }
      : shape === "atMost" ? { kind: "atMost", small: ids[0]!, big: ids[1]! }
        : { kind: "percent", result: ids[0]!, part: ids[1]!, whole: ids[2]! };
  const complete = picks.slice(0, names.length).every((p) => p !== "");
  const statusNow = () => {
    if (!complete) return null;
    // What the document shows counts where the pane has no value yet (a percentage typed in the text).
    const shown = (tag: string) => {
      const def = report.byId.get(tag);
      const text = observations.get(tag)?.[0]?.text;
      if (!def || text === undefined) return undefined;
      const parsed = parseField({ ...def, formula: undefined }, text);
      return parsed.ok && parsed.value?.kind === "number" ? parsed.value.value : undefined;
    };
    return ruleNow(form, draft, values, shown);
  };
  const status = statusNow();

  const choose = (next: Shape) => {
    setShape(next);
    setPicks(["", "", ""]);
    setProblems([]);
  };
  const pick = (i: number, tag: string) => {
    setPicks((old) => old.map((p, j) => (j === i ? tag : p)));
    setProblems([]);
  };
  const save = async () => {
    const result = await actions.addRule(draft);
    setProblems(result);
    if (result.length === 0) setPicks(["", "", ""]);
  };
  return (
    <section aria-labelledby="design-rule" className="design-part">
      <h2 id="design-rule">Thêm quy tắc</h2>
      <Field label="Dạng quy tắc">
        <Select value={shape} onChange={(_, d) => choose(d.value as Shape)}>
          {(Object.keys(RULE_SHAPES) as Shape[]).map((k) => (
            <option key={k} value={k}>
              {RULE_SHAPES[k]}
            </option>
          ))}
        </Select>
      </Field>
      {names.map((name, i) => (
        <Field key={`${shape}${i}`} label={`Số ${name}`}>
          <FieldSelect label={`Số ${name}`} report={report} numeric value={picks[i] ?? ""} onChange={(tag) => pick(i, tag)} />
        </Field>
      ))}
      {shape === "sum" && (
        <div className="actions">
          <Button size="small" onClick={() => setPicks((old) => [...old, ""])}>
            Thêm số cộng
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {status && (
          <Text className={`rule-status ${status.state}`} block>
            {status.text}
          </Text>
        )}
      </div>
      <Problems problems={problems} />
      <div className="actions">
        <Button appearance="primary" disabled={busy !== null || !complete} onClick={() => void save()}>
          Thêm quy tắc
        </Button>
      </div>
    </section>
  );
}
