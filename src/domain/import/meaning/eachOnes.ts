/**
 * «Chủ tịch UBND xã A và Chủ tịch UBND phường B mỗi nơi tiếp 01 đoàn đông người», «mỗi phòng 01 người», «mỗi năm 01
 * lần»: a count after «mỗi» and what it distributes over («mỗi nơi», «mỗi người», «mỗi đơn vị», its verb after) in the
 * same clause is what each one did or has, not the whole's figure: the whole is as many times more as there are ones.
 * Language knowledge only: no field is named.
 */
import { clauseTail } from "./vetoText";

/** «mỗi» and up to three words (what is distributed over, a verb) right before the number. */
const EACH_BEFORE = /(?<![\p{L}])mỗi(?:[ \u00a0]+[\p{L}]+){1,3}[ \u00a0]*$/iu;

/** The number starting at `start` is each one's share, by «mỗi …» before it in its clause. */
export function eachOnesCount(text: string, start: number): boolean {
  return EACH_BEFORE.test(clauseTail(text, start, 48).normalize("NFC"));
}
