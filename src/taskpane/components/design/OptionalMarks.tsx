/**
 * «Không bắt buộc» in «Sửa số liệu»: the chosen field, or its whole section, may be left out of a report (some offices
 * state the figures, others never do). Each tick is saved in the document's form at once, like every change here.
 */
import { Checkbox, Text } from "@fluentui/react-components";
import { useState } from "react";
import { bareId, topSectionOfField } from "../../../domain/form/authoring";
import type { AuthoringActions } from "../../store/authoringActions";
import { useAppStore } from "../../store/StoreContext";
import { Problems } from "./shared";

export function OptionalMarks({ actions, field }: { actions: AuthoringActions; field: string }) {
  const report = useAppStore((s) => s.report);
  const busy = useAppStore((s) => s.busy);
  const [problems, setProblems] = useState<string[]>([]);
  const form = report.form;
  const id = bareId(form, field);
  const own = form.fields.find((f) => f.id === id);
  const top = form.sections.find((s) => s.id === topSectionOfField(form, id));
  const run = async (action: () => Promise<string[]>) => setProblems(await action());
  return (
    <div role="group" aria-labelledby="design-optional" className="design-form">
      <Text id="design-optional" weight="semibold">
        Không bắt buộc
      </Text>
      <Text size={200}>Báo cáo không nêu số liệu không bắt buộc vẫn là đủ; đã nêu một số liệu của mục không bắt buộc thì phải nêu đủ cả mục.</Text>
      {/* A computed figure follows the figures it is made from: only those can be marked. */}
      {own && !own.formula && (
        <Checkbox
          checked={own.optional === true}
          disabled={busy !== null}
          label={`«${own.label}» không bắt buộc`}
          onChange={(_, d) => void run(() => actions.setOptional({ field }, d.checked === true))}
        />
      )}
      {top && (
        <Checkbox
          checked={top.optional === true}
          disabled={busy !== null}
          label={`Cả mục «${top.number ? `${top.number}. ` : ""}${top.title}» không bắt buộc`}
          onChange={(_, d) => void run(() => actions.setOptional({ section: top.id }, d.checked === true))}
        />
      )}
      <Problems problems={problems} />
    </div>
  );
}
