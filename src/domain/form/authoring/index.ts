/** «Thiết kế mẫu»: pure changes to a report form, each checked whole before it replaces the old one. */
export { addField, deleteField, moveField, renameField, rulesNaming, type NewField, type SectionChoice } from "./fields";
export { addRule, ruleNow, RULE_SHAPES, type RuleDraft, type RuleStatus } from "./rules";
export { bareId, type FormEdit } from "./result";
export { guessKind, suggestFigure, type FigureSuggestion } from "./suggest";
export { setOptional, topSectionOfField, type OptionalTarget } from "./optional";
