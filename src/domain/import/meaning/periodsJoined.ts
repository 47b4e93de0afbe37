/**
 * Two periods named together before a number, «Quý II và 6 tháng, Văn phòng không nhận được đơn thư …», «trong quý
 * và lũy kế từ đầu năm, …»: the clause is about both, so neither the first nor the last named says the number is
 * another period's than the report's (periodScope.ts reads on: a bracket after it, the part's heading, the title).
 * Joined means only «và» between them, past the first one's numeral and year; a figure or any other word
 * between them («quý II tiếp nhận 05 hồ sơ, 6 tháng 09 hồ sơ») keeps each period to its own number.
 */
const NAMED_REST = /(?:^[ \t]*(?:IV|III|II|I)(?![\p{L}]))?(?:[ \t]*(?:\/|năm)[ \t]*\d{4})?(?:[ \t]+đầu năm(?:[ \t]+\d{4})?)?/iu;
const JOINED = /^[ \t]*và[ \t]*$/iu;

/**
 * Whether the text between the end of one period's name (`gap` starts right after it) and the next joins them. Only
 * «và»: a comma more often opens the next period's own figure («Quý II, lũy kế 6 tháng: 25 cuộc»).
 */
export function periodsJoined(gap: string): boolean {
  return JOINED.test(gap.slice(NAMED_REST.exec(gap)?.[0].length ?? 0));
}
