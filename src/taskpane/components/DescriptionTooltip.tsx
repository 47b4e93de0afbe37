import { Tooltip } from "@fluentui/react-components";
import type { ReactElement } from "react";

/** Fluent's tooltip as the accessible description of its trigger. Loaded lazily (see LazyDescription). */
export default function DescriptionTooltip({ content, children }: { content: string; children: ReactElement }) {
  return (
    <Tooltip content={content} relationship="description">
      {children}
    </Tooltip>
  );
}
