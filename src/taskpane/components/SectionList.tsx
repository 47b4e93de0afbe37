import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Text } from "@fluentui/react-components";
import { topSectionOf } from "../../domain/report";
import { useAppStore } from "../store/StoreContext";
import { FieldInput } from "./FieldInput";

/** The report's sections in order, each opening onto its figures. */
export function SectionList() {
  const report = useAppStore((s) => s.report);
  const open = useAppStore((s) => s.openSections);
  const setOpen = useAppStore((s) => s.setOpenSections);

  return (
    <Accordion multiple collapsible openItems={open} onToggle={(_, data) => setOpen(data.openItems as string[])}>
      {report.topSections.map((top) => {
        const subsections = report.sections.filter((s) => topSectionOf(report, s.id) === top.id);
        return (
          <AccordionItem key={top.id} value={top.id}>
            <AccordionHeader as="h2">{top.number ? `${top.number}. ${top.title}` : top.title}</AccordionHeader>
            <AccordionPanel>
              {subsections.length === 0 && <Text italic>Mục này không có số liệu.</Text>}
              {subsections.map((section) => (
                <section key={section.id} aria-label={section.title} className="subsection">
                  {subsections.length > 1 || section.id !== top.id ? (
                    <h3>{section.number ? `${section.number}. ${section.title}` : section.title}</h3>
                  ) : null}
                  {report.fields
                    .filter((f) => f.section === section.id)
                    .map((field) => (
                      <FieldInput key={field.id} field={field} />
                    ))}
                </section>
              ))}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
