/**
 * What differs from one office to the next: who issues the report, who signs it, who receives it.
 * A first use starts blank (BLANK_OFFICE); the reference report's office (Văn phòng UBND tỉnh Sơn La) is a sample.
 */

import type { OfficeSettings } from "./officeDefaults";

export { BLANK_OFFICE, REFERENCE_OFFICE, officeUnset, type OfficeSettings } from "./officeDefaults";

export type SettingKey = keyof OfficeSettings;

export interface SettingProblem {
  setting: SettingKey;
  /** Index in `recipients`, for a problem with one recipient. */
  index?: number;
  message: string;
}

/*
 * Limits sized so each text fits its place in the layout: the header column holds about 30 capitals on a line,
 * a recipient about 40 characters at 11 pt. Longer texts still write correctly; they just wrap.
 */
export const SETTING_LIMITS: Readonly<Record<Exclude<SettingKey, "recipients">, number>> = {
  governingBody: 60,
  officeName: 80,
  place: 40,
  symbolSuffix: 20,
  signerTitle: 60,
  signerName: 50,
};
export const MAX_RECIPIENTS = 20;
export const MAX_RECIPIENT_LENGTH = 120;

const LABELS: Record<SettingKey, string> = {
  governingBody: "Cơ quan chủ quản",
  officeName: "Tên cơ quan ban hành",
  place: "Địa danh",
  symbolSuffix: "Ký hiệu văn bản",
  signerTitle: "Chức vụ người ký",
  signerName: "Họ tên người ký",
  recipients: "Nơi nhận",
};

/** Every problem, in the order of the form, each saying what to fix. Empty when the settings can be used. */
export function validateSettings(settings: OfficeSettings): SettingProblem[] {
  const problems: SettingProblem[] = [];
  for (const key of Object.keys(SETTING_LIMITS) as (keyof typeof SETTING_LIMITS)[]) {
    const value = settings[key].trim();
    const max = SETTING_LIMITS[key];
    if (value === "") problems.push({ setting: key, message: `${LABELS[key]} không được để trống.` });
    else if (value.length > max) problems.push({ setting: key, message: `${LABELS[key]} dài quá ${max} ký tự.` });
  }
  // Nghị định 30/2020: a report's ký hiệu is "BC-" followed by the issuing body's abbreviation.
  if (settings.symbolSuffix.trim() !== "" && !/^BC-[\p{Lu}\d.]+(-[\p{Lu}\d.]+)*$/u.test(settings.symbolSuffix.trim())) {
    problems.push({ setting: "symbolSuffix", message: "Ký hiệu báo cáo phải có dạng BC-chữ viết tắt của cơ quan, ví dụ BC-VPUB." });
  }
  problems.push(...recipientProblems(settings.recipients));
  return problems;
}

function recipientProblems(recipients: readonly string[]): SettingProblem[] {
  if (recipients.length === 0) return [{ setting: "recipients", message: "Nơi nhận phải có ít nhất một mục." }];
  if (recipients.length > MAX_RECIPIENTS) {
    return [{ setting: "recipients", message: `Nơi nhận có quá ${MAX_RECIPIENTS} mục.` }];
  }
  const problems: SettingProblem[] = [];
  recipients.forEach((recipient, index) => {
    const value = recipient.trim();
    if (value === "") problems.push({ setting: "recipients", index, message: `Mục ${index + 1} của Nơi nhận đang trống.` });
    else if (value.length > MAX_RECIPIENT_LENGTH) {
      problems.push({ setting: "recipients", index, message: `Mục ${index + 1} của Nơi nhận dài quá ${MAX_RECIPIENT_LENGTH} ký tự.` });
    }
  });
  return problems;
}
