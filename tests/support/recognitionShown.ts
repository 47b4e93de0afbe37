import type { Recognition } from "../../src/domain/import/types";

/** A recognition as a test reads it: the bound inputs joined by a space, «?» for unclear, «-» for not found. */
export const shown = (r: Recognition | undefined): string =>
  r?.state === "bound" ? r.occurrences.map((o) => o.input).join(" ") : r?.state === "ambiguous" ? "?" : "-";
