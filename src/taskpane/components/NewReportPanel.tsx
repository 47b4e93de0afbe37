import { Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, Spinner, Text, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import { REFERENCE_OFFICE, officeUnset, validateSettings, type OfficeSettings, type SettingKey } from "../../domain/template/settings";
import { noticeText } from "../store/noticeText";
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
 * "Tạo báo cáo mới": the period, the issuing office's details (blank on a computer's first use, remembered after) and
 * the button that writes the whole report into the open, empty document. A box left blank is not called an error
 * until the clerk touched it or asked for the report: a first use should not open on six red messages.
 */
export default function NewReportPanel() {
  const settings = useAppStore((s) => s.officeSettings);
  const busy = useAppStore((s) => s.busy);
  const notice = useAppStore((s) => s.notice);
  const text = useAppStore(noticeText);
  const replaceOffer = useAppStore((s) => s.replaceOffer);
  const setOfficeSettings = useAppStore((s) => s.setOfficeSettings);
  const fillReferenceOffice = useAppStore((s) => s.fillReferenceOffice);
  const createReport = useAppStore((s) => s.createReport);
  const cancelReplace = useAppStore((s) => s.cancelReplace);
  const dismissNotice = useAppStore((s) => s.dismissNotice);
  // The list as typed, blank lines included, so Enter starts a new line; the store keeps the non-blank ones.
  const [recipientsText, setRecipientsText] = useState(settings.recipients.join("\n"));
  const [touched, setTouched] = useState<ReadonlySet<SettingKey>>(new Set());
  const [tried, setTried] = useState(false);

  const problems = validateSettings(settings);
  const blank = (key: SettingKey) => (key === "recipients" ? settings.recipients.length === 0 : settings[key].trim() === "");
  const said = (key: SettingKey) => tried || touched.has(key) || !blank(key);
  const messageFor = (key: SettingKey) =>
    (said(key) && problems.filter((p) => p.setting === key).map((p) => p.message).join(" ")) || undefined;
  const update = (patch: Partial<OfficeSettings>) => {
    setTouched((keys) => new Set([...keys, ...(Object.keys(patch) as SettingKey[])]));
    setOfficeSettings({ ...settings, ...patch });
  };
  const create = () => {
    setTried(true);
    if (problems.length === 0) void createReport();
  };

  return (
    <section aria-label="Tạo báo cáo mới" className="new-report">
      <Text as="p">
        Chèn vào văn bản trống đang mở toàn bộ báo cáo theo mẫu và kỳ đã chọn, theo thể thức Nghị định 30/2020/NĐ-CP. Mỗi số
        liệu là một ô nội dung; nhập số liệu ở thẻ «Số liệu» rồi bấm «Cập nhật văn bản». Số liệu đã nhập ở thẻ đó
        (nếu có) được ghi luôn vào báo cáo mới.
      </Text>
      <FormPicker />
      <PeriodPicker />
      {officeUnset(settings) && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            Lần đầu tạo báo cáo trên máy này: hãy điền thông tin cơ quan của anh/chị; máy sẽ nhớ cho lần sau. Muốn xem
            thử, bấm «Điền theo báo cáo mẫu» (Văn phòng UBND tỉnh Sơn La).
          </MessageBarBody>
        </MessageBar>
      )}
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
        <Button appearance="primary" disabled={busy !== null} onClick={create}>
          Tạo báo cáo mới
        </Button>
        <Button
          disabled={busy !== null}
          onClick={() => {
            fillReferenceOffice();
            setRecipientsText(REFERENCE_OFFICE.recipients.join("\n"));
          }}
        >
          Điền theo báo cáo mẫu
        </Button>
        {busy === "creating" && <Spinner size="tiny" label="Đang tạo báo cáo mới…" />}
      </div>
      <div role="status" aria-live="polite">
        {tried && problems.length > 0 && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              Chưa tạo báo cáo: thông tin cơ quan còn {problems.length} chỗ cần điền hoặc sửa (ghi đỏ ở trên).
            </MessageBarBody>
          </MessageBar>
        )}
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
            <MessageBarBody>{text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
