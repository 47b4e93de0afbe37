import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useAppStore } from "../store/StoreContext";

/**
 * A leader who opens the pane on a clerk's report lands on the figures tab, whose summary speaks of the clerk's
 * errors; nothing there said that figures were waiting for a decision behind «Duyệt». Said first, with the way there.
 */
export function PendingReviewHint({ onOpen }: { onOpen: (view: "review") => void }) {
  const pending = useAppStore((s) => (s.trackedReview ? new Set(s.trackedReview.map((c) => c.tag)).size : s.pendingAtStart));
  if (pending === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" aria-label="Thay đổi chờ duyệt">
      <MessageBarBody>{pending} số liệu trong văn bản đang là thay đổi được theo dõi, chờ lãnh đạo chấp nhận hoặc từ chối.</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={() => onOpen("review")}>
          Mở thẻ Duyệt
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
