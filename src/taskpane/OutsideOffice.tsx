/**
 * Shown when taskpane.html is opened outside Word (a browser tab, a wrong manifest URL). It is the one place that
 * uses @microsoft/office-js-helpers, for host and platform detection, and it loads only on this path so the
 * archived, non-tree-shakable library never weighs on the pane's first load.
 */
import { FluentProvider, Link, MessageBar, MessageBarBody, MessageBarTitle, webLightTheme } from "@fluentui/react-components";
import { Utilities } from "@microsoft/office-js-helpers";

export default function OutsideOffice() {
  const host = Utilities.host ? `«${Utilities.host}»${Utilities.platform ? ` (${Utilities.platform})` : ""}` : "một trình duyệt";
  return (
    <FluentProvider theme={webLightTheme} lang="vi">
      <main className="pane">
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Trang này cần được mở trong Word</MessageBarTitle>
            Đang chạy trên {host}, không phải trong Word.
            Hãy nạp <code>manifest.xml</code> vào Word (xem README), hoặc dùng{" "}
            <Link href="index.html">bản xem thử với văn bản mô phỏng</Link>.
          </MessageBarBody>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
