/**
 * The floor the pane's start is measured against (scripts/bench/startup.ts): the least a Fluent UI task pane can be,
 * React 19 + FluentProvider + one Field with an Input and one Button, built by our webpack config (BENCH_FLOOR=1) and
 * loaded from the same server in the same browser. Its input shows a figure and accepts typing once it is rendered,
 * as the pane's first figure box does once it is filled from the document.
 */
import { Button, Field, FluentProvider, Input, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme} lang="vi">
    <div data-field="floor">
      <Field label="Biên chế công chức được giao">
        <Input defaultValue="55" />
      </Field>
    </div>
    <Button appearance="primary">Cập nhật văn bản</Button>
  </FluentProvider>,
);
