import { Field, Switch } from "@fluentui/react-components";
import { useAppStore } from "../store/StoreContext";
import { AuthorLine } from "./AuthorLine";

/**
 * Who is writing, and whether refreshed figures show as tracked changes. The switch tells the truth about Word: when
 * Word itself tracks changes (changeTrackingMode TrackAll or TrackMineOnly), every write is tracked whatever the pane
 * says, so the switch shows on and cannot be turned off here. The pane's own choice is saved in the document.
 */
export function SettingsBar() {
  const trackChanges = useAppStore((s) => s.trackChanges);
  const supported = useAppStore((s) => s.trackingSupported);
  const wordTracking = useAppStore((s) => s.wordTracking);
  const busy = useAppStore((s) => s.busy);
  const setTrackChanges = useAppStore((s) => s.setTrackChanges);
  const wordOn = wordTracking === "trackAll" || wordTracking === "trackMineOnly";
  const hint = !supported
    ? "Phiên bản Word này không cho bật theo dõi thay đổi (cần WordApi 1.4)."
    : wordOn
      ? "Word đang bật theo dõi thay đổi: mọi số liệu ghi vào đều được theo dõi."
      : trackChanges
        ? "Word đang tắt theo dõi thay đổi; khi ghi số liệu, tiện ích bật nó rồi trả lại như cũ. Lựa chọn này được lưu trong văn bản."
        : "Word đang tắt theo dõi thay đổi. Lựa chọn này được lưu trong văn bản.";
  return (
    <div className="settings">
      <AuthorLine />
      <Field hint={hint}>
        <Switch
          label="Ghi số liệu dưới dạng thay đổi được theo dõi (Track Changes)"
          checked={supported && (trackChanges || wordOn)}
          disabled={!supported || wordOn || busy !== null}
          onChange={(_, d) => void setTrackChanges(d.checked)}
        />
      </Field>
    </div>
  );
}
