/** Every built-in form passes the schema and the semantic checks, and the catalog lists exactly the forms there are. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseFormText } from "../../../src/domain/form/parseForm";
import { FORM_CATALOG } from "../../../src/forms/builtIn";
import { builtInForm, FORMS_DIR, formText } from "../../support/forms";

const files = readdirSync(FORMS_DIR).filter((name) => name.endsWith(".form.json"));

describe("built-in forms", () => {
  it("are listed in the catalog, one line per form file, with the form's own title, prefix and period kind", () => {
    expect(files.map((f) => f.replace(/\.form\.json$/, "")).sort()).toEqual(FORM_CATALOG.map((e) => e.id).sort());
    for (const entry of FORM_CATALOG) {
      const form = builtInForm(entry.id);
      expect([form.id, form.title, form.tagPrefix, form.period.kind]).toEqual([entry.id, entry.title, entry.tagPrefix, entry.periodKind]);
    }
  });

  it.each(FORM_CATALOG.map((e) => e.id))("%s passes every check", (id) => {
    const result = parseFormText(formText(id));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it("have distinct tag prefixes, so one document's controls never belong to two forms", () => {
    expect(new Set(FORM_CATALOG.map((e) => e.tagPrefix)).size).toBe(FORM_CATALOG.length);
  });

  it("give every typed figure of the democracy report its recognition wording", () => {
    const form = builtInForm("bao-cao-dan-chu-quy");
    const without = form.fields.filter((f) => f.formula?.op !== "period" && !f.wording?.length).map((f) => f.id);
    expect(without).toEqual([]);
  });
});

describe("no code names a form's fields", () => {
  /** Every file under src/ except the forms' own JSON. */
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return sources(path);
      return /\.(ts|tsx|js|css|html)$/.test(entry.name) ? [path] : [];
    });
  }

  it.each(FORM_CATALOG.map((e) => e.id))("src/ holds no field id of %s outside its JSON", (id) => {
    const form = builtInForm(id);
    // Ids are searched as written in code: with the prefix, or quoted without it ("hcc.tiepNhan").
    const needles = form.fields.flatMap((f) => [`${form.tagPrefix}${f.id}`, `"${f.id}"`, `'${f.id}'`, `\`${f.id}\``]);
    const found: string[] = [];
    for (const file of sources(join(FORMS_DIR, ".."))) {
      const text = readFileSync(file, "utf8");
      for (const needle of needles) if (text.includes(needle)) found.push(`${file}: ${needle}`);
    }
    expect(found).toEqual([]);
  });
});
