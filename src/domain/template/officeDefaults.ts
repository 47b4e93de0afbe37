/**
 * What differs from one office to the next: who issues the report, who signs it, who receives it.
 * Apart from the checks in settings.ts, so the pane's first load carries only these few lines.
 */

export interface OfficeSettings {
  /** The parent body above the office's name, e.g. "UBND TỈNH SƠN LA". */
  governingBody: string;
  /** The issuing office, in capitals, e.g. "VĂN PHÒNG". */
  officeName: string;
  /** The place in the place-date line, e.g. "Sơn La". */
  place: string;
  /** The ký hiệu after the number: "BC-" plus the office's abbreviation. */
  symbolSuffix: string;
  signerTitle: string;
  signerName: string;
  /** The "Nơi nhận" list, without the leading dash or trailing punctuation (the writer adds them). */
  recipients: string[];
}

/** The reference report's office (Văn phòng UBND tỉnh Sơn La): the sample the clerk may fill in to try the add-in. */
export const REFERENCE_OFFICE: Readonly<OfficeSettings> = Object.freeze({
  governingBody: "UBND TỈNH SƠN LA",
  officeName: "VĂN PHÒNG",
  place: "Sơn La",
  symbolSuffix: "BC-VPUB",
  signerTitle: "CHÁNH VĂN PHÒNG",
  signerName: "Trần Bình Minh",
  recipients: Object.freeze(["Sở Nội vụ (b/c)", "LĐVPUBND tỉnh", "Trang Thông tin điện tử VP", "Lưu: VT, TCHCQT.H.01b"]) as string[],
});

/**
 * A computer's first use. Nothing of another office: a clerk who did not look would otherwise issue a report in Sơn La's
 * name with its Chánh Văn phòng signing. Only the archive copy every report lists (Nghị định 30/2020, «Nơi nhận»).
 */
export const BLANK_OFFICE: Readonly<OfficeSettings> = Object.freeze({
  governingBody: "",
  officeName: "",
  place: "",
  symbolSuffix: "",
  signerTitle: "",
  signerName: "",
  recipients: Object.freeze(["Lưu: VT"]) as string[],
});

/** Whether none of the office's own details is filled in yet (the recipients aside). */
export const officeUnset = (settings: OfficeSettings): boolean =>
  (Object.keys(settings) as (keyof OfficeSettings)[]).every((key) => key === "recipients" || settings[key].trim() === "");
