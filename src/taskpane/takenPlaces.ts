/**
 * Where «Nhận diện số liệu» put its controls, so the chooser can say a candidate is already taken (walk62, held-out
 * 542: the one number offered for «Hồ sơ đang giải quyết (Trung tâm …)» had been bound to the one-stop desk's
 * «Hồ sơ đang giải quyết»; the clerk clicked it, pressed «Gắn vào» and was refused with the bare label, not told why).
 * Two addresses name the same number when, in the same paragraph, their figures start at the same character: each
 * address is «the figure's first occurrence in a context found once in the paragraph» (src/domain/import/addresses.ts).
 */
export interface BoundPlace {
  tag: string;
  paragraph: number;
  context: string;
  figure: string;
  /** The paragraph's words around the place, to quote it (ConflictList). */
  excerpt?: string;
}

type Address = Omit<BoundPlace, "tag">;

function startIn(paragraphText: string, address: Address): number | null {
  const context = paragraphText.indexOf(address.context);
  const figure = context < 0 ? -1 : address.context.indexOf(address.figure);
  return figure < 0 ? null : context + figure;
}

/** The field another control holds at this candidate's number, or null (no address, or free). */
export function boundAt(places: readonly BoundPlace[], field: string, address: Address | null, paragraphText: string): string | null {
  if (!address) return null;
  const at = startIn(paragraphText, address);
  if (at === null) return null;
  const holder = places.find((p) => p.tag !== field && p.paragraph === address.paragraph && startIn(paragraphText, p) === at);
  return holder?.tag ?? null;
}

/**
 * The places an earlier recognition bound that still stand: their field still has a control in the document and
 * this run did not place it again (`redone`).
 */
export function placesStanding(earlier: readonly BoundPlace[], controls: readonly { tag: string }[], redone: ReadonlySet<string>): BoundPlace[] {
  const present = new Set(controls.map((c) => c.tag));
  return earlier.filter((p) => present.has(p.tag) && !redone.has(p.tag));
}

/**
 * The clerk's own choices (the chooser's «Gắn vào») that a full recognition leaves standing: their field still has a
 * control and this run did not bind it again. Reset to nothing, her «(đã chọn) Bỏ gắn» line and the «đã gắn vào»
 * mark on the number she chose were gone while the control stayed (walk51, 4).
 */
export function choicesStanding<T>(earlier: Partial<Record<string, T>>, controls: readonly { tag: string }[], redone: ReadonlySet<string>): Partial<Record<string, T>> {
  const present = new Set(controls.map((c) => c.tag));
  return Object.fromEntries(Object.entries(earlier).filter(([field]) => present.has(field) && !redone.has(field))) as Partial<Record<string, T>>;
}
