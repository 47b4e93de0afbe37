import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { heldBackState, noticeText } from "../store/noticeText";
import { useAppStore } from "../store/StoreContext";
import type { Notice } from "../store/types";

/**
 * What the last operation did, announced politely. Every panel that starts an operation shows it, so a leader who
 * rejects a change in "Duyệt thay đổi" hears the outcome there and not only in "Số liệu". Fields it names are listed
 * under their sections, not run together in one sentence; those that need nothing of the clerk wait behind «Xem thêm».
 */
export function NoticeBar() {
  const notice = useAppStore((s) => s.notice);
  // The new report's counts of figures left are recounted as the clerk types (noticeText.ts).
  const text = useAppStore(noticeText);
  // Its errors fixed, a held-back notice lists no figures and no longer warns; a figure changed since, its list is out
  // of date and goes.
  const held = useAppStore(heldBackState);
  const fixed = held === "fixed";
  const stale = fixed || held === "changed";
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  return (
    <div role="status" aria-live="polite">
      {notice && (
        <MessageBar intent={fixed ? "info" : notice.intent} layout="multiline" onClick={dismissNotice}>
          <MessageBarBody>
            {text}
            {!stale && notice.groups && notice.groups.length > 0 && <GroupList groups={notice.groups} className="notice-groups" />}
            {/* Keyed by the notice: a new notice starts closed. */}
            {!stale && notice.more && <More key={text} more={notice.more} />}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

function GroupList({ groups, className }: { groups: NonNullable<Notice["groups"]>; className: string }) {
  return (
    <ul className={className}>
      {groups.map((group) => (
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
  );
}

function More({ more }: { more: NonNullable<Notice["more"]> }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="notice-more">
      {/* Inside the notice, which a click dismisses: the click opens the list and stops there. */}
      <button
        type="button"
        className="summary-link"
        aria-expanded={open}
        onClick={(event) => {
          event.stopPropagation();
          setOpen(!open);
        }}
      >
        {open ? `Ẩn bớt ${more.label}` : `Xem thêm ${more.label}`}
      </button>
      {open && <GroupList groups={more.groups} className="notice-more-groups" />}
    </div>
  );
}
