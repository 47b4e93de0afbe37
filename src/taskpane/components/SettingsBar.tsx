import { Field, Input, Switch } from "@fluentui/react-components";
import { useAppStore } from "../store/StoreContext";

/** Who is writing, and whether refreshed figures show as tracked changes. */
export function SettingsBar() {
  const trackChanges = useAppStore((s) => s.trackChanges);
  const supported = useAppStore((s) => s.trackingSupported);
  const author = useAppStore((s) => s.author);
  const setTrackChanges = useAppStore((s) => s.setTrackChanges);
  const setAuthor = useAppStore((s) => s.setAuthor);
  return (
    <div className="settings">
      <Field
        label="Người cập nhật (ghi vào lịch sử)"
        hint={author ? undefined : "Nhập một lần; được nhớ trên máy này."}
      >
        <Input value={author} onChange={(_, d) => setAuthor(d.value)} />
      </Field>
      <Field
        hint={supported ? undefined : "Phiên bản Word này không cho bật theo dõi thay đổi (cần WordApi 1.4)."}
      >
        <Switch
          label="Ghi số liệu dưới dạng thay đổi được theo dõi (Track Changes)"
          checked={trackChanges && supported}
          disabled={!supported}
          onChange={(_, d) => setTrackChanges(d.checked)}
        />
      </Field>
    </div>
  );
}
