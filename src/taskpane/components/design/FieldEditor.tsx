/**
 * «Sửa số liệu»: rename a field, mark it (or its section) «không bắt buộc», move it to another section, or delete it
 * (its controls unwrapped, the text kept).
 */
import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { bareId, rulesNaming } from "../../../domain/form/authoring";
import type { AuthoringActions } from "../../store/authoringActions";
import { useAppStore } from "../../store/StoreContext";
import { OptionalMarks } from "./OptionalMarks";
import { FieldSelect, NEW_SECTION, Problems, SectionChooser } from "./shared";

export function FieldEditor({ actions }: { actions: AuthoringActions }) {
  const report = useAppStore((s) => s.report);
  const [field, setField] = useState("");
  const def = report.byId.get(field);
  return (
    <section aria-labelledby="design-edit" className="design-part">
      <h2 id="design-edit">Sửa số liệu</h2>
      <Field label="Số liệu cần sửa">
        <FieldSelect label="Số liệu cần sửa" report={report} value={def ? field : ""} onChange={setField} />
      </Field>
      {def && <Editor key={`${def.id}|${def.label}|${def.section}`} actions={actions} field={def.id} onDeleted={() => setField("")} />}
    </section>
  );
}

function Editor({ actions, field, onDeleted }: { actions: AuthoringActions; field: string; onDeleted: () => void }) {
  const report = useAppStore((s) => s.report);
  const busy = useAppStore((s) => s.busy);
  const def = report.byId.get(field)!;
  const [label, setLabel] = useState(def.label);
  const [section, setSection] = useState(def.section);
  const [newTitle, setNewTitle] = useState("");
  const [asking, setAsking] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const places = useAppStore((s) => s.observations.get(field)?.length ?? 0);
  const rules = rulesNaming(report.form, bareId(report.form, field));
  const run = async (action: () => Promise<string[]>) => setProblems(await action());
  return (
    <>
      <Field label="Tên mới">
        <Input value={label} onChange={(_, d) => setLabel(d.value)} />
      </Field>
      <div className="actions">
        <Button disabled={busy !== null || label.trim() === def.label} onClick={() => void run(() => actions.renameField(field, label))}>
          Đổi tên
        </Button>
      </div>
      <OptionalMarks actions={actions} field={field} />
      <SectionChooser label="Chuyển sang mục" report={report} section={section} onSection={setSection} newTitle={newTitle} onNewTitle={setNewTitle} />
      <div className="actions">
        <Button
          disabled={busy !== null || section === def.section}
          onClick={() => void run(() => actions.moveField(field, section === NEW_SECTION ? { newTitle } : { id: section }))}
        >
          Chuyển mục
        </Button>
        <Button disabled={busy !== null || asking} onClick={() => setAsking(true)}>
          Xoá số liệu
        </Button>
      </div>
      {asking && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Xoá «{def.label}» khỏi mẫu? {places > 0 ? `${places} ô của nó trong văn bản được bỏ, chữ vẫn giữ nguyên.` : "Văn bản không có ô nào của nó."}
            {rules.length > 0 && ` Xoá theo ${rules.length} quy tắc có dùng nó.`}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              appearance="primary"
              size="small"
              onClick={async () => {
                setAsking(false);
                const result = await actions.deleteField(field);
                setProblems(result);
                if (result.length === 0) onDeleted();
              }}
            >
              Xoá
            </Button>
            <Button size="small" onClick={() => setAsking(false)}>
              Không xoá
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Problems problems={problems} />
    </>
  );
}
