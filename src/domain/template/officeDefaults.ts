/**
 * What differs from one office to the next: who issues the report, who signs it, who receives it.
 * The defaults are those of the reference report (Văn phòng UBND tỉnh Sơn La). Apart from the checks in
 * settings.ts, so the pane's first load carries only these few lines.
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

export const DEFAULT_SETTINGS: Readonly<OfficeSettings> = Object.freeze({
  governingBody: "UBND TỈNH SƠN LA",
  officeName: "VĂN PHÒNG",
  place: "Sơn La",
  symbolSuffix: "BC-VPUB",
  signerTitle: "CHÁNH VĂN PHÒNG",
  signerName: "Trần Bình Minh",
  recipients: Object.freeze(["Sở Nội vụ (b/c)", "LĐVPUBND tỉnh", "Trang Thông tin điện tử VP", "Lưu: VT, TCHCQT.H.01b"]) as string[],
});
