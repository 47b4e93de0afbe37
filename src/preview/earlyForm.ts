/**
 * The preview's form and sample report start loading here, imported right after evalMark and so before the rest of
 * the bundle's modules run: their chunks download while those modules evaluate, instead of after (in the start
 * trace the form's chunks cost ~120 ms when requested from main()).
 */
import { FORM_CATALOG, loadBuiltInForm } from "../forms/builtIn";
import { loadSample } from "../forms/samples";

const params = new URLSearchParams(location.search);
export const formId = FORM_CATALOG.find((entry) => entry.id === params.get("form"))?.id ?? FORM_CATALOG[0]!.id;
export const formAndSample = Promise.all([loadBuiltInForm(formId), loadSample(formId)]);
