/**
 * The report skeleton: the official layout as data, so the same model feeds the .docx writer and the Word gateway.
 * Nothing here knows WordprocessingML or Office.js.
 */
import type { FieldId } from "../types";

/** What a paragraph is, in the layout of Nghị định 30/2020; each writer maps a role to its formatting. */
export type Role =
  /** Header, left column: the parent body (not bold), the issuing office (bold), the document number. */
  | "governingBody"
  | "officeName"
  | "symbol"
  /** Header, right column: Quốc hiệu, Tiêu ngữ, place and date. */
  | "nationalName"
  | "motto"
  | "placeDate"
  /** "BÁO CÁO" and the summary line(s) under it. */
  | "docType"
  | "summary"
  | "heading1"
  | "heading2"
  | "heading3"
  | "body"
  /** Closing, left column: "Nơi nhận:" and one paragraph per recipient. */
  | "recipientsTitle"
  | "recipient"
  /** Closing, right column: the signer's title and name. */
  | "signerTitle"
  | "signerName";

/** A value that comes from the office's settings rather than from the report's figures. */
export type SettingRef = "governingBody" | "officeName" | "symbol" | "placeDate" | "recipients" | "signerTitle" | "signerName";

export type Run =
  | { text: string; italic?: boolean }
  /** A figure: becomes a content control tagged with the field id. */
  | { field: FieldId }
  | { setting: SettingRef };

export interface Block {
  role: Role;
  runs: Run[];
}

/** What a writer receives: every reference resolved to text, fields still marked so they become controls. */
export type ParagraphRun = { text: string; italic?: boolean } | { field: FieldId; label: string; text: string };

export interface Paragraph {
  role: Role;
  runs: ParagraphRun[];
}
