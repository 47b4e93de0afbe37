/**
 * Reading a form from JSON text (a file, the document's stored part, the authoring panel): size and syntax, the
 * format version, the published schema (ajv), then what the schema cannot say (semantics.ts). Nothing of a form with
 * a problem is used: the result is either a whole definition or the list of problems, in Vietnamese, by place.
 *
 * ajv and the schema load only with this module, which the pane imports on first use (a carried form that is not a
 * built-in one, the authoring panel); built-in forms are checked by the tests instead.
 */
import Ajv, { type ValidateFunction } from "ajv";
import schema from "../../forms/report-form.schema.json";
import type { ReportDefinition } from "../report";
import type { FormProblem } from "./problems";
import { schemaProblems } from "./schemaMessages";
import { semanticProblems } from "./semantics";
import { definitionFromForm } from "./toDefinition";
import { FORM_FORMAT_VERSION, type ReportForm } from "./types";

/** 2 MB: ten times the largest real form; a bigger text is refused before it is parsed. */
export const MAX_FORM_TEXT = 2_000_000;

export type FormResult =
  | { ok: true; form: ReportForm; definition: ReportDefinition }
  | { ok: false; problems: FormProblem[]; newerVersion?: number };

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  compiled ??= new Ajv({ allErrors: true, discriminator: true, strict: true, strictRequired: false, strictTypes: false }).compile(schema);
  return compiled;
}

const refuse = (message: string, path = ""): FormResult => ({ ok: false, problems: [{ path, message }] });

/** Parses and checks a form given as JSON text. */
export function parseFormText(text: string): FormResult {
  if (text.length > MAX_FORM_TEXT) {
    return refuse(`Tệp mẫu quá lớn (${Math.round(text.length / 1000)} nghìn ký tự; tối đa ${MAX_FORM_TEXT / 1000} nghìn).`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return refuse(`Đây không phải tệp JSON đọc được (${detail}).`);
  }
  return checkForm(value);
}

/** Checks a form already parsed from JSON. */
export function checkForm(value: unknown): FormResult {
  if (!value || typeof value !== "object" || Array.isArray(value)) return refuse("Mẫu báo cáo phải là một đối tượng JSON { … }.");
  const version = (value as { formatVersion?: unknown }).formatVersion;
  if (typeof version === "number" && Number.isInteger(version) && version > FORM_FORMAT_VERSION) {
    return {
      ok: false,
      newerVersion: version,
      problems: [{
        path: "/formatVersion",
        message: `mẫu dùng định dạng phiên bản ${version}, mới hơn phiên bản phần bổ trợ này đọc được (${FORM_FORMAT_VERSION}). Hãy cập nhật phần bổ trợ; văn bản không bị thay đổi.`,
      }],
    };
  }
  const validate = validator();
  if (!validate(value)) return { ok: false, problems: schemaProblems(validate.errors ?? []) };
  const form = value as unknown as ReportForm;
  const problems = semanticProblems(form);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, form, definition: definitionFromForm(form) };
}
