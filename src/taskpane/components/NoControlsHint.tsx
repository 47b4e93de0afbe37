import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useAppStore } from "../store/StoreContext";
import { firstClick } from "./firstClick";

/**
 * A document without a single control of the form: an old report typed by hand, or an empty page. The figures tab
 * alone showed 62 empty boxes and «còn 62 số liệu chưa nhập», so a clerk with a typed report started retyping it;
 * the two ways on (read the figures already written, or write a new report) live behind «Thêm». «Đọc số liệu có sẵn»
 * reads them at once: it only opened «Văn bản cũ», where a new clerk had to find and press «Nhận diện số liệu» again.
 * The hint names the button first and says where the tab is: «thẻ «Văn bản cũ»» alone sent a clerk looking for a tab
 * hidden under «Thêm ▾» at 350 px (walk40). The button bears the name it has in «Văn bản cũ», where its result shows
 * and where the pane's messages send the clerk: «Đọc số liệu có sẵn» here made one action look like two (walk42).
 */
export function NoControlsHint({ onOpen }: { onOpen: (view: "import" | "newReport") => void }) {
  const shown = useAppStore((s) => s.ready && s.busy === null && s.observations.size === 0);
  const recognizeFigures = useAppStore((s) => s.recognizeFigures);
  if (!shown) return null;
  return (
    <MessageBar intent="info" layout="multiline" aria-label="Văn bản chưa có ô số liệu">
      <MessageBarBody>
        Văn bản này chưa có ô số liệu nào của mẫu. Nếu số liệu đã được gõ sẵn trong văn bản, bấm «Nhận diện số liệu»
        (kết quả ở thẻ «Văn bản cũ», trong «Thêm ▾»); nếu văn bản còn trống, hãy tạo báo cáo mới.
      </MessageBarBody>
      <MessageBarActions>
        <Button
          size="small"
          onClick={firstClick(() => {
            onOpen("import");
            void recognizeFigures();
          })}
        >
          Nhận diện số liệu
        </Button>
        <Button size="small" onClick={() => onOpen("newReport")}>
          Soạn báo cáo mới
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
