import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { KIND_WORDS } from "../../domain/periodKinds";
import { topSectionOf } from "../../domain/report";
import { useAppStore } from "../store/StoreContext";

/** After "Chuyển sang quý sau": the figures not yet updated for the new quarter, confirmed per section. */
export default function UnconfirmedSummary() {
  const report = useAppStore((s) => s.report);
  const word = KIND_WORDS[report.periodKind];
  const unconfirmed = useAppStore((s) => s.unconfirmed);
  const confirmFigures = useAppStore((s) => s.confirmFigures);
  const focusField = useAppStore((s) => s.focusField);
  if (unconfirmed.length === 0) return null;
  const pending = new Set(unconfirmed);
  const sections = report.topSections
    .map((top) => ({ top, fields: report.fields.filter((f) => pending.has(f.id) && topSectionOf(report, f.section) === top.id) }))
    .filter((s) => s.fields.length > 0);
  return (
    <section aria-label={`Số liệu chưa cập nhật cho ${word} mới`} className="summary">
      <MessageBar intent="warning">
        <MessageBarBody>
          <MessageBarTitle>{unconfirmed.length} số liệu chưa cập nhật cho {word} mới</MessageBarTitle>
          Nhập số liệu mới, hoặc xác nhận số liệu cũ vẫn đúng. Các xác nhận được lưu vào văn bản khi bấm «Cập nhật văn
          bản».
        </MessageBarBody>
      </MessageBar>
      <ul className="summary-list">
        {sections.map(({ top, fields }) => {
          const name = top.number ? `${top.number}. ${top.title}` : top.title;
          return (
            <li key={top.id}>
              <strong>{name}:</strong>{" "}
              {fields.map((f, i) => (
                <span key={f.id}>
                  {i > 0 && ", "}
                  <Button appearance="transparent" size="small" className="inline-link" onClick={() => focusField(f.id)}>
                    {f.label}
                  </Button>
                </span>
              ))}{" "}
              <Button size="small" onClick={() => confirmFigures(fields.map((f) => f.id))} aria-label={`Xác nhận cả mục ${name}`}>
                Xác nhận cả mục
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
