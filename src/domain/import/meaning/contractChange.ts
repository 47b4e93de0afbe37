/**
 * «chấm dứt hợp đồng 01 lái xe», «ký hợp đồng lao động 02 người»: a contract ended, signed or renewed in the period
 * counts the people whose contract changed («chấm dứt hợp đồng lao động đối với 03 người», «ký hợp đồng với 02 người» the same), not those working under contract (the form's staff figure). A figure
 * whose own words name such an act may take it. Language knowledge only.
 */
const ACT = /(?<![\p{L}\p{M}])(?:chấm dứt|thanh lý|ký mới|ký kết|ký|kí|gia hạn|tạm hoãn|hủy bỏ|huỷ bỏ)\s+(?:\p{L}+\s+){0,2}hợp\s+đồng(?:\s+lao\s+động)?\s*(?::|(?:đối\s+với|với|cho)(?=\s))?\s*$/iu;
const ACT_WORDS = /(?<![\p{L}\p{M}])(?:chấm dứt|thanh lý|ký|kí|gia hạn|tạm hoãn|hủy|huỷ)(?![\p{L}\p{M}])/iu;

/** The number at `start` counts contracts ended, signed or renewed, and the field's label names no such act. */
export function changedContracts(label: string, text: string, start: number): boolean {
  return !ACT_WORDS.test(label) && ACT.test(text.slice(Math.max(0, start - 50), start));
}
