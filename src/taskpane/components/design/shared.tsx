/** What the «Thiết kế mẫu» panels share: the store's authoring actions once loaded, pickers' options, problem lists. */
import { Field, Input, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { fieldName } from "../../../domain/fieldName";
import type { ReportDefinition } from "../../../domain/report";
import type { FieldKind } from "../../../domain/types";
import type { AuthoringActions } from "../../store/authoringActions";
import { useAppStore } from "../../store/StoreContext";

export const NEW_SECTION = "__moi__";

export const KIND_LABELS: ReadonlyArray<[FieldKind, string]> = [
  ["count", "Số đếm (người, hồ sơ…)"],
  ["percent", "Tỷ lệ %"],
  ["year", "Năm"],
  ["date", "Ngày"],
  ["text", "Chữ (tên, địa danh…)"],
];

/** The store's authoring actions: their chunk loads when the tab first opens. */
export function useAuthoring(): AuthoringActions | null {
  const load = useAppStore((s) => s.authoring);
  const [actions, setActions] = useState<AuthoringActions | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((loaded) => live && setActions(loaded));
    return () => {
      live = false;
    };
  }, [load]);
  return actions;
}

/** The parts of the form a field can belong to, as «III.2.b · Bộ phận một cửa». */
export function SectionOptions({ report, withNew }: { report: ReportDefinition; withNew: boolean }) {
  return (
    <>
      {report.sections.map((s) => (
        <option key={s.id} value={s.id}>
          {s.number ? `${s.number} · ${s.title}` : s.title}
        </option>
      ))}
      {withNew && <option value={NEW_SECTION}>+ Mục mới…</option>}
    </>
  );
}

/** A picker of the form's fields (numbers only when asked), grouped by section. */
export function FieldSelect(props: { label: string; report: ReportDefinition; value: string; numeric?: boolean; onChange: (id: string) => void }) {
  const { report, numeric } = props;
  const fields = report.fields.filter((f) => !numeric || f.kind === "count" || f.kind === "percent" || f.kind === "year");
  return (
    <Select aria-label={props.label} value={props.value} onChange={(_, d) => props.onChange(d.value)}>
      <option value="">— chọn số liệu —</option>
      {report.sections.map((s) => {
        const inSection = fields.filter((f) => f.section === s.id);
        return inSection.length === 0 ? null : (
          <optgroup key={s.id} label={s.number ? `${s.number} · ${s.title}` : s.title}>
            {inSection.map((f) => (
              // Once picked, the closed box shows the option alone, without its group: a label two sections share
              // («Tỷ lệ đã giải quyết») carries its section there.
              <option key={f.id} value={f.id}>
                {fieldName(report, f.id)}
              </option>
            ))}
          </optgroup>
        );
      })}
    </Select>
  );
}

export function Problems({ problems }: { problems: readonly string[] }) {
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <ul className="design-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** The section a field goes in, or a new one and its title: marking a figure and moving a field ask the same way. */
export function SectionChooser(props: {
  label: string;
  report: ReportDefinition;
  section: string;
  onSection: (section: string) => void;
  newTitle: string;
  onNewTitle: (title: string) => void;
}) {
  return (
    <>
      <Field label={props.label}>
        <Select value={props.section} onChange={(_, d) => props.onSection(d.value)}>
          <SectionOptions report={props.report} withNew />
        </Select>
      </Field>
      {props.section === NEW_SECTION && (
        <Field label="Tên mục mới" required>
          <Input value={props.newTitle} onChange={(_, d) => props.onNewTitle(d.value)} />
        </Field>
      )}
    </>
  );
}
