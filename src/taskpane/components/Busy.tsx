import "./plainFluent.css";

/**
 * What the pane is doing, with a turning ring like Fluent's Spinner (plainFluent.css): the component was 1.4 kB of
 * first-load code for a label. A status region, so screen readers announce the label when it appears.
 */
export function Busy({ label, late = false }: { label: string; late?: boolean }) {
  return (
    <span className={late ? "busy busy-late" : "busy"} role="status">
      {label}
    </span>
  );
}
