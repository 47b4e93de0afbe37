/** Who a review decision is recorded under: the reviewer named in «Duyệt», else the clerk who updates. */
export function deciderOf(state: { author: string; reviewer: string }): string {
  return state.reviewer.trim() || state.author;
}
