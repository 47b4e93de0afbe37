import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useAppStore } from "../store/StoreContext";

/**
 * What the last operation did, announced politely. Every panel that starts an operation shows it, so a leader who
 * rejects a change in "Duyệt thay đổi" hears the outcome there and not only in "Số liệu".
 */
export function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  return (
    <div role="status" aria-live="polite">
      {notice && (
        <MessageBar intent={notice.intent} onClick={dismissNotice}>
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
