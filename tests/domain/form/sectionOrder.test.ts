/**
 * Walk finding (walker38): the monthly form listed its sections 5, 7, 6 in the pane, while its report states them 5, 6, 7.
 * Every built-in form lists its sections in the order its new report states their figures.
 */
import { FORM_CATALOG, loadBuiltInForm } from "../../../src/forms/builtIn";

it.each(FORM_CATALOG.map((entry) => [entry.id]))("%s lists its sections in the order its report states them", async (id) => {
  const form = await loadBuiltInForm(id);
  const text = JSON.stringify(form.skeleton);
  const inSection = (section: { id: string; subsections?: readonly { id: string }[] }) =>
    new Set([section.id, ...(section.subsections ?? []).map((s) => s.id)]);
  const firstPlace = (section: { id: string; subsections?: readonly { id: string }[] }) => {
    const ids = inSection(section);
    const places = form.fields.filter((f) => ids.has(f.section)).map((f) => text.indexOf(`[[${f.id}]]`)).filter((at) => at >= 0);
    return places.length > 0 ? Math.min(...places) : undefined;
  };
  const stated = form.sections.map((s) => ({ id: s.id, at: firstPlace(s) })).filter((s) => s.at !== undefined);
  expect(stated.length).toBeGreaterThan(2);
  expect(stated.map((s) => s.id)).toEqual([...stated].sort((a, b) => a.at! - b.at!).map((s) => s.id));
});
