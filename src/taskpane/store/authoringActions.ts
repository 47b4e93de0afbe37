/**
 * «Thiết kế mẫu»: the clerk changes the document's report form in the pane. Each change is made by the pure functions
 * of domain/form/authoring (checked whole, refused with Vietnamese reasons and nothing written), then written in one
 * gateway operation — 1 read sync, 1 write sync that also saves the stored report carrying the new form — and only
 * then becomes the form in use. Loaded with the tab, with the schema checker it needs.
 */
import {
  addField, addRule, bareId, deleteField, moveField, renameField, setOptional, suggestFigure,
  type FormEdit, type NewField, type RuleDraft, type SectionChoice,
} from "../../domain/form/authoring";
import { parseFormText } from "../../domain/form/parseForm";
import { summarize } from "../../domain/form/problems";
import type { ReportForm } from "../../domain/form/types";
import type { ReportDefinition } from "../../domain/report";
import type { FieldId } from "../../domain/types";
import { GatewayError, type ControlRevision } from "../../office/gateway";
import { adoptDefinition } from "./formActions";
import { storedXmlForForm } from "./storedState";
import type { AppState, StoreKit } from "./types";

export interface AuthoringActions {
  /** Reads the selection (1 sync) and proposes a field for it in `figureDraft`. */
  readSelection(): Promise<void>;
  cancelDraft(): void;
  /** Wraps the selection in a control for the new field and saves the form (2 syncs). Resolves to problems, or []. */
  markFigure(input: NewField): Promise<string[]>;
  addRule(draft: RuleDraft): Promise<string[]>;
  renameField(field: FieldId, label: string): Promise<string[]>;
  moveField(field: FieldId, section: SectionChoice): Promise<string[]>;
  /** Sets or clears «không bắt buộc» on a field (a tag) or on a top-level section (its id); saved in the document. */
  setOptional(target: { field: FieldId } | { section: string }, optional: boolean): Promise<string[]>;
  /** Deletes the field from the form and unwraps its controls (their text stays). */
  deleteField(field: FieldId): Promise<string[]>;
  /** Reads a form file's text: checked, then the document's form (saved in it); problems name their place. */
  loadFormFile(text: string): Promise<string[]>;
  /** The form in use as a .json file's text. */
  formFileText(): string;
}

const NO_CHANGE: Pick<ControlRevision, "titles" | "unwrap"> = { titles: new Map(), unwrap: new Set() };

export function createAuthoringActions(kit: StoreKit): AuthoringActions {
  const { deps, set, get, guard, applyRead } = kit;
  const word = () => deps.word.authoring();

  /** The stored report as the pane holds it, carrying `definition`'s form (storedState.ts, shared with every save). */
  const storedXml = (definition: ReportDefinition, raw: AppState["raw"], baseline: AppState["baseline"]) =>
    storedXmlForForm(get(), definition, raw, baseline);

  /** Writes a checked form with what `revise` says about the controls; the form is used once Word has it. */
  const commit = async (edit: FormEdit, success: string, revise: Pick<ControlRevision, "titles" | "unwrap"> = NO_CHANGE): Promise<string[]> => {
    if (!edit.ok) return edit.problems;
    let written = false;
    await guard("authoring", async () => {
      const { raw, baseline } = get();
      const outcome = await (await word()).reviseControls(() => ({ ...revise, storedXml: storedXml(edit.definition, raw, baseline) }));
      written = true;
      adoptDefinition(kit, edit.definition);
      const gone = (id: string) => revise.unwrap.has(id);
      set({
        busy: null,
        baseline: Object.fromEntries(Object.entries(get().baseline).filter(([id]) => !gone(id))),
        notice: { intent: "success", text: success },
      });
      applyRead(outcome.controls);
    });
    return written ? [] : [get().notice?.text ?? "Chưa ghi được vào văn bản."];
  };

  const form = (): ReportForm => get().report.form;
  const labelOf = (field: FieldId) => get().report.byId.get(field)?.label ?? field;

  return {
    readSelection: () =>
      guard("authoring", async () => {
        const selection = await (await word()).readSelection();
        const text = selection.text.trim();
        if (selection.inside) {
          throw new GatewayError(`Chỗ đang chọn đã nằm trong ô «${selection.inside.title || selection.inside.tag}». Hãy chọn một số chưa đánh dấu.`, "insideControl");
        }
        if (text === "") throw new GatewayError("Chưa chọn chữ nào trong văn bản. Hãy bôi đen con số cần đánh dấu rồi bấm lại.", "failed");
        if (text.length > 200 || /[\r\n]/.test(text)) throw new GatewayError("Hãy chọn một con số (hoặc vài chữ) trong một đoạn, không chọn cả đoạn văn.", "failed");
        set({ busy: null, figureDraft: { text, suggestion: suggestFigure(selection.paragraph, text) } });
      }),

    cancelDraft: () => set({ figureDraft: null }),

    markFigure: async (input) => {
      const draft = get().figureDraft;
      if (!draft) return ["Hãy chọn một số trong văn bản rồi bấm «Đánh dấu là số liệu»."];
      const edit = addField(form(), input);
      if (!edit.ok || !edit.id) return edit.ok ? [] : edit.problems;
      const tag = `${edit.definition.tagPrefix}${edit.id}`;
      const typed = input.kind !== "list";
      let done = false;
      await guard("authoring", async () => {
        const raw = typed ? { ...get().raw, [tag]: draft.text } : get().raw;
        const baseline = { ...get().baseline, [tag]: draft.text };
        const outcome = await (await word()).wrapSelection({ tag, title: input.label.trim() }, (selection) => {
          if (selection.text.trim() !== draft.text) {
            throw new GatewayError(`Chỗ chọn trong văn bản đã đổi (đang chọn «${selection.text.trim().slice(0, 40)}»). Hãy chọn lại số «${draft.text}».`, "failed");
          }
          return storedXml(edit.definition, raw, baseline);
        });
        done = true;
        adoptDefinition(kit, edit.definition);
        const observations = new Map(get().observations);
        const places = observations.get(tag) ?? [];
        observations.set(tag, [...places, { text: outcome.control.text, where: `chỗ ${places.length + 1}` }]);
        set({ busy: null, raw, baseline, figureDraft: null, observations, notice: { intent: "success", text: `Đã đánh dấu «${input.label.trim()}» và thêm vào mẫu của văn bản.` } });
        set(kit.derive(get().raw, get().period, get().observations));
      });
      return done ? [] : [get().notice?.text ?? "Chưa ghi được vào văn bản."];
    },

    addRule: (draft) => commit(addRule(form(), draft), "Đã thêm quy tắc vào mẫu của văn bản."),

    renameField: (field, label) => {
      const edit = renameField(form(), bareId(form(), field), label);
      return commit(edit, `Đã đổi tên thành «${label.trim()}».`, { titles: new Map([[field, label.trim()]]), unwrap: new Set() });
    },

    moveField: (field, section) => commit(moveField(form(), bareId(form(), field), section), `Đã chuyển «${labelOf(field)}» sang mục khác.`),

    setOptional: (target, optional) => {
      const section = "section" in target ? form().sections.find((s) => s.id === target.section) : undefined;
      const what = "field" in target ? `«${labelOf(target.field)}»` : `cả mục «${section?.title ?? target.section}»`;
      const edit = setOptional(form(), "field" in target ? { field: bareId(form(), target.field) } : target, optional);
      return commit(edit, optional ? `Đã đánh dấu ${what} không bắt buộc.` : `Đã bỏ dấu không bắt buộc của ${what}.`);
    },

    deleteField: (field) => {
      const label = labelOf(field);
      return commit(deleteField(form(), bareId(form(), field)), `Đã xoá «${label}» khỏi mẫu; chữ trong văn bản được giữ nguyên.`, {
        titles: new Map(),
        unwrap: new Set([field]),
      });
    },

    loadFormFile: async (text) => {
      const parsed = parseFormText(text);
      if (!parsed.ok) return summarize(parsed.problems, 10);
      return commit({ ok: true, form: parsed.form, definition: parsed.definition }, `Đã mở mẫu «${parsed.form.title}» và lưu vào văn bản.`);
    },

    formFileText: () => `${JSON.stringify(form(), null, 2)}\n`,
  };
}
