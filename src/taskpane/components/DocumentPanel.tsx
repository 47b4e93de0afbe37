import { Button, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useAppStore } from "../store/StoreContext";
import { ConflictList } from "./ConflictList";

const BUSY_TEXT = {
  starting: "Đang đọc văn bản…",
  reading: "Đang đọc văn bản…",
  updating: "Đang cập nhật văn bản…",
  inserting: "Đang chèn…",
  reviewing: "Đang duyệt thay đổi…",
  creating: "Đang tạo báo cáo mới…",
} as const;

/** Refreshing the document: one button, what happened, and what needs the clerk's decision. */
export function DocumentPanel() {
  const busy = useAppStore((s) => s.busy);
  const notice = useAppStore((s) => s.notice);
  const updateDocument = useAppStore((s) => s.updateDocument);
  const readDocument = useAppStore((s) => s.readDocument);
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  return (
    <section aria-label="Văn bản" className="document-panel">
      <div className="actions">
        <Button appearance="primary" disabled={busy !== null} onClick={() => void updateDocument()}>
          Cập nhật văn bản
        </Button>
        <Button disabled={busy !== null} onClick={() => void readDocument()}>
          Đọc lại văn bản
        </Button>
        {busy && <Spinner size="tiny" label={BUSY_TEXT[busy]} />}
      </div>
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent} onClick={dismissNotice}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ConflictList />
    </section>
  );
}
