import { useEffect, useRef, useState } from "react";
import { PaneTabs, type PaneTab } from "./PaneTabs";

/**
 * One row of tabs at any pane width: the first `shown` tabs (PaneTabs, plain WAI-ARIA tabs), then «Thêm» opening the
 * rest as a menu (a plain menu button: Fluent's Menu and Overflow cost first-load kilobytes for a short list). The
 * chosen hidden view names the menu button, so the row always says where the clerk is.
 */
export function TabBar<V extends string>({ tabs, shown, value, onSelect }: { tabs: readonly PaneTab<V>[]; shown: number; value: V; onSelect: (value: V) => void }) {
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const visible = tabs.slice(0, shown);
  const hidden = tabs.slice(shown);
  const current = hidden.find((t) => t.value === value);
  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLButtonElement>("[role=menuitem]")?.focus();
    const close = (event: MouseEvent) => {
      if (!menuRef.current?.parentElement?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("mousedown", close);
    return () => document.removeEventListener("mousedown", close);
  }, [open]);
  const choose = (next: V) => {
    setOpen(false);
    onSelect(next);
  };
  return (
    <div className="tab-bar">
      <PaneTabs<V> tabs={visible} selected={value} onSelect={choose} />
      {hidden.length > 0 && (
        <div className="tab-more">
          <button
            ref={buttonRef}
            type="button"
            className={current ? "tab-more-button selected" : "tab-more-button"}
            aria-haspopup="menu"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {current ? current.short ?? current.label : "Thêm"} ▾
          </button>
          {open && (
            <div
              ref={menuRef}
              role="menu"
              className="tab-menu"
              aria-label="Các thẻ khác"
              onKeyDown={(event) => {
                // A role=menu promises arrow keys (WAI-ARIA menu button pattern); Escape gives focus back to the
                // button, or it fell to the page and a keyboard user lost their place.
                if (event.key === "Escape") {
                  setOpen(false);
                  buttonRef.current?.focus();
                  return;
                }
                const items = [...(menuRef.current?.querySelectorAll<HTMLButtonElement>("[role=menuitem]") ?? [])];
                const at = items.indexOf(document.activeElement as HTMLButtonElement);
                const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
                if (next === undefined || items.length === 0) return;
                event.preventDefault();
                items[(next + items.length) % items.length]!.focus();
              }}
            >
              {hidden.map((tab) => (
                <button key={tab.value} type="button" role="menuitem" aria-current={tab.value === value ? "page" : undefined} onClick={() => choose(tab.value)}>
                  {tab.label}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
    </div>
  );
}
