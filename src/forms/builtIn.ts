/**
 * The forms that ship with the add-in: catalog.json lists them (id, title, tag prefix, period kind) and each is a
 * `<id>.form.json` beside it. Adding a form is adding its file and a catalog line. Each form loads as its own chunk,
 * on demand (the pane loads the one it needs while Office starts); the tests check every built-in form against the
 * schema and the semantic checks, so the pane turns them into definitions without the schema library.
 */
import catalog from "./catalog.json";
import type { ReportForm } from "../domain/form/types";
import type { ReportDefinition } from "../domain/report";
import type { PeriodKind } from "../domain/types";

export interface CatalogEntry {
  id: string;
  title: string;
  tagPrefix: string;
  periodKind: PeriodKind;
}

export const FORM_CATALOG: readonly CatalogEntry[] = catalog as CatalogEntry[];

/** The prefixes of every built-in form: the gateway's idea of "our" controls unless told the form in use. */
export const BUILT_IN_PREFIXES: readonly string[] = [...new Set(FORM_CATALOG.map((entry) => entry.tagPrefix))];

/** A built-in form by id; the first one when the id is unknown (a preference saved by another version). */
export async function loadBuiltInForm(id?: string | null): Promise<ReportForm> {
  const entry = FORM_CATALOG.find((e) => e.id === id) ?? FORM_CATALOG[0]!;
  const module = (await import(/* webpackChunkName: "form-[request]" */ `./${entry.id}.form.json`)) as { default: ReportForm };
  return module.default;
}

/** A built-in form as a definition; the code that builds it loads with the form, beside it, not with the pane. */
export async function loadBuiltInDefinition(id?: string | null): Promise<ReportDefinition> {
  const [form, { definitionFromForm }] = await Promise.all([
    loadBuiltInForm(id),
    import(/* webpackChunkName: "form-definition" */ "../domain/form/toDefinition"),
  ]);
  return definitionFromForm(form);
}
