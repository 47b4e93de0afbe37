/**
 * «có 47 đồng chí từ trung cấp trở lên, trong đó: cao cấp 09 đồng chí, trung cấp 38 đồng chí» (812): a count «from a
 * level up» counts every level from it, so it is no one level's figure, the lowest it names included. A figure whose
 * own label says «trở lên» may take it. Language only: no field named.
 */
const AT_LEAST = /^[^,;.()\n\d]{0,50}?(?<![\p{L}])trở lên(?![\p{L}])/iu;

/** The number ending at `end` counts from a level up («… từ trung cấp trở lên»), which `label` does not say. */
export function fromLevelUp(label: string, text: string, end: number): boolean {
  return AT_LEAST.test(text.slice(end, end + 70)) && !/(?<![\p{L}])trở lên(?![\p{L}])/iu.test(label);
}
