import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { DEFAULT_SETTINGS, validateSettings, type OfficeSettings, type SettingKey } from "../../domain/template/settings";
import { useAppStore } from "../store/StoreContext";
import { FormPicker } from "./FormPicker";
import { PeriodPicker } from "./PeriodPicker";

type TextKey = Exclude<SettingKey, "recipients">;

const FIELDS: readonly { key: TextKey; label: string; hint?: string }[] = [
  { key: "governingBody", label: "Cơ quan chủ quản", hint: "Ví dụ: UBND TỈNH SƠN LA" },
  { key: "officeName", label: "Tên cơ quan ban hành", hint: "Viết hoa, ví dụ: VĂN PHÒNG" },
  { key: "place", label: "Địa danh" },
  { key: "symbolSuffix", label: "Ký hiệu văn bản", hint: "Dạng BC-chữ viết tắt, ví dụ: BC-VPUB" },
  { key: "signerTitle", label: "Chức vụ người ký" },
  { key: "signerName", label: "Họ tên người ký" },
];

const linesOf = (text: string) => text.split("\n").map((line) => line.trim()).filter((line) => line !== "");

/**
 * "Tạo báo cáo mới": the period, the issuing office's details (prefilled with the reference office, remembered on
 * this computer) and the button that writes the whole report into the open, empty document.
 */
export default function NewReportPanel() {
  const settings = useAppStore((s) => s.officeSettings);
  const busy = useAppStore((s) => s.busy);
  const notice = useAppStore((s) => s.notice);
  const replaceOffer = useAppStore((s) => s.replaceOffer);
  const setOfficeSettings = useAppStore((s) => s.setOfficeSettings);
  const resetOfficeSettings = useAppStore((s) => s.resetOfficeSettings);
  const createReport = useAppStore((s) => s.createReport);
  const cancelReplace = useAppStore((s) => s.cancelReplace);
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  // The list as typed, blank lines included, so Enter starts a new line; the store keeps the non-blank ones.
  const [recipientsText, setRecipientsText] = useState(settings.recipients.join("\n"));

  const problems = validateSettings(settings);
  const messageFor = (key: SettingKey) => problems.filter((p) => p.setting === key).map((p) => p.message).join(" ") || undefined;
  const update = (patch: Partial<OfficeSettings>) => setOfficeSettings({ ...settings, ...patch });

  return (
    <section aria-label="Tạo báo cáo mới" className="new-report">
      <Text as="p">
        Chèn vào văn bản trống đang mở toàn bộ báo cáo theo mẫu và kỳ đã chọn, theo thể thức Nghị định 30/2020/NĐ-CP. Mỗi số
        liệu là một ô nội dung; nhập số liệu ở thẻ «Số liệu» rồi bấm «Cập nhật văn bản». Số liệu đã nhập ở thẻ đó
        (nếu có) được ghi luôn vào báo cáo mới.
      </Text>
      <FormPicker />
      <PeriodPicker />
      <fieldset className="office-settings">
        <legend>Thông tin cơ quan ban hành (được nhớ trên máy này)</legend>
        {FIELDS.map(({ key, label, hint }) => {
          const message = messageFor(key);
          return (
            <Field key={key} label={label} hint={message ? undefined : hint} validationState={message ? "error" : "none"} validationMessage={message}>
              <Input value={settings[key]} onChange={(_, d) => update({ [key]: d.value })} />
            </Field>
          );
        })}
        <Field
          label="Nơi nhận (mỗi dòng một nơi)"
          hint={messageFor("recipients") ? undefined : "Không cần gạch đầu dòng và dấu chấm phẩy: báo cáo tự thêm."}
          validationState={messageFor("recipients") ? "error" : "none"}
          validationMessage={messageFor("recipients")}
        >
          <Textarea
            resize="vertical"
            rows={4}
            value={recipientsText}
            onChange={(_, d) => {
              setRecipientsText(d.value);
              update({ recipients: linesOf(d.value) });
            }}
          />
        </Field>
      </fieldset>
      <div className="actions">
        <Button appearance="primary" disabled={busy !== null || problems.length > 0} onClick={() => void createReport()}>
          Tạo báo cáo mới
        </Button>
        <Button
          disabled={busy !== null}
          onClick={() => {
            resetOfficeSettings();
            setRecipientsText(DEFAULT_SETTINGS.recipients.join("\n"));
          }}
        >
          Dùng thông tin mặc định
        </Button>
        {busy === "creating" && <Spinner size="tiny" label="Đang tạo báo cáo mới…" />}
      </div>
      <div role="status" aria-live="polite">
        {replaceOffer && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{replaceOffer}</MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => void createReport(true)}>
                Thay thế toàn bộ nội dung
              </Button>
              <Button size="small" onClick={cancelReplace}>
                Huỷ
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {notice && !replaceOffer && (
          <MessageBar intent={notice.intent} onClick={dismissNotice}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
