import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { noticeText } from "../store/noticeText";
import { useAppStore } from "../store/StoreContext";

/**
 * What the last operation did, announced politely. Every panel that starts an operation shows it, so a leader who
 * rejects a change in "Duyệt thay đổi" hears the outcome there and not only in "Số liệu". Fields it names are listed
 * under their sections, not run together in one sentence.
 */
export function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  // The new report's counts of figures left are recounted as the clerk types (noticeText.ts).
  const text = useAppStore(noticeText);
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  return (
    <div role="status" aria-live="polite">
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline" onClick={dismissNotice}>
          <MessageBarBody>
            {text}
            {notice.groups && notice.groups.length > 0 && (
              <ul className="notice-groups">
                {notice.groups.map((group) => (
                  <li key={group.heading}>
                    {group.heading}
                    <ul>
                      {group.items.map((item) => (
                        <li key={item}>{item}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
