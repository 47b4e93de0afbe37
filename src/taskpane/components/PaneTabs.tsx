import { useRef, type KeyboardEvent } from "react";
import "./plainFluent.css";

export interface PaneTab<V extends string> {
  value: V;
  label: string;
}

/**
 * The pane's tab list: WAI-ARIA tabs with manual activation, as Fluent's TabList behaves (the arrow keys, Home and
 * End move focus along the tabs; Enter, Space or a click selects; Tab leaves the list from the selected tab), in
 * Fluent's look (plainFluent.css). Fluent's TabList was the only first-load user of tabster, its focus manager:
 * 20 kB gzip of first-load code, and a MutationObserver that walked every node the pane and the document added
 * (issue 15's trace). Panels whose tab is selected follow the list in the pane.
 */
export function PaneTabs<V extends string>({ tabs, selected, onSelect }: { tabs: readonly PaneTab<V>[]; selected: V; onSelect(value: V): void }) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next =
      event.key === "ArrowRight" ? (at + 1) % buttons.length
      : event.key === "ArrowLeft" ? (at - 1 + buttons.length) % buttons.length
      : event.key === "Home" ? 0
      : event.key === "End" ? buttons.length - 1
      : null;
    if (next === null) return;
    event.preventDefault();
    buttons[next]!.focus();
  };

  return (
    <div ref={list} role="tablist" aria-orientation="horizontal" className="tabs pane-tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.value}
          type="button"
          role="tab"
          className="pane-tab"
          aria-selected={tab.value === selected}
          tabIndex={tab.value === selected ? 0 : -1}
          onClick={() => onSelect(tab.value)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
