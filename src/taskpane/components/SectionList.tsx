import { useDeferredValue } from "react";
import { topSectionOf } from "../../domain/report";
import { useAppStore } from "../store/StoreContext";
import { FieldInput } from "./FieldInput";
import "./plainFluent.css";

/** Fields a 350 × 900 px pane shows below its header at start (the rest renders right after, see below). */
const FIRST_SCREEN_FIELDS = 6;

/**
 * The report's sections in order, each opening onto its figures. A heading holding a button that shows and hides
 * the section, as Fluent's Accordion renders it (WAI-ARIA disclosure), written here: Fluent's Accordion brought 4 kB
 * gzip of first-load code and a collapse motion that measured the open panel's height on mount, a forced layout of
 * every field in it (51–88 ms of the start in issue 15's trace). A closed section's fields are not rendered.
 */
export function SectionList() {
  const report = useAppStore((s) => s.report);
  const open = useAppStore((s) => s.openSections);
  const setOpen = useAppStore((s) => s.setOpenSections);
  const toggle = (id: string) => setOpen(open.includes(id) ? open.filter((o) => o !== id) : [...open, id]);
  // The pane's first commit holds the fields of the first screen; the rest of the open sections follows at once in
  // a transition (React's deferred value), which yields to the clerk's input. Rendering every field of section I
  // in the first commit was most of the start's scripting (issue 15's traces). Later renders show every field.
  const limit = useDeferredValue(Number.POSITIVE_INFINITY, FIRST_SCREEN_FIELDS);
  let shown = 0;
  const withinLimit = () => shown++ < limit;

  return (
    <div className="sections">
      {report.topSections.map((top) => {
        const subsections = report.sections.filter((s) => topSectionOf(report, s.id) === top.id);
        const isOpen = open.includes(top.id);
        const panelId = `section-panel-${top.id}`;
        return (
          <div key={top.id} className="section">
            <h2 className="section-heading">
              <button type="button" className="section-toggle" aria-expanded={isOpen} aria-controls={isOpen ? panelId : undefined} onClick={() => toggle(top.id)}>
                {top.number ? `${top.number}. ${top.title}` : top.title}
              </button>
            </h2>
            {isOpen && (
              <div id={panelId} className="section-panel">
                {subsections.length === 0 && <p className="section-empty">Mục này không có số liệu.</p>}
                {subsections.map((section) => (
                  <section key={section.id} aria-label={section.title} className="subsection">
                    {subsections.length > 1 || section.id !== top.id ? (
                      <h3>{section.number ? `${section.number}. ${section.title}` : section.title}</h3>
                    ) : null}
                    {report.fields
                      .filter((f) => f.section === section.id && withinLimit())
                      .map((field) => (
                        <FieldInput key={field.id} field={field} />
                      ))}
                  </section>
                ))}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
