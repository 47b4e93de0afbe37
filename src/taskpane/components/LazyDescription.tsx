import { lazy, Suspense, type ReactElement } from "react";

// The tooltip brings Fluent's positioning engine (about 16 kB gzip): it loads right after the pane's first render,
// and until then the trigger shows without it. Nobody hovers a button in the first tenth of a second.
const DescriptionTooltip = lazy(() => import("./DescriptionTooltip"));

/** Wraps a trigger in a tooltip that describes it, once the tooltip's code has loaded. */
export function LazyDescription({ content, children }: { content: string; children: ReactElement }) {
  return (
    <Suspense fallback={children}>
      <DescriptionTooltip content={content}>{children}</DescriptionTooltip>
    </Suspense>
  );
}
