/** The leaders' review actions of the store; their code (reviewWork.ts) loads when a leader first uses them. */
import type { FieldId } from "../../domain/types";
import type { StoreKit } from "./types";
import type { AppActions } from "./types";

export type ReviewActions = Pick<AppActions, "loadReview" | "resolveReview">;

export function createReviewActions(kit: StoreKit): ReviewActions {
  let work: Promise<ReviewActions> | null = null;
  const load = () => (work ??= import("./reviewWork").then((m) => m.reviewWork(kit)));
  return {
    loadReview: () => load().then((actions) => actions.loadReview()),
    resolveReview: (fields: FieldId[] | "all", accept: boolean) => load().then((actions) => actions.resolveReview(fields, accept)),
  };
}
