/**
 * «Bộ phận Một cửa của Văn phòng, Sở Tư pháp và Sở Công Thương tại Trung tâm tiếp nhận lần lượt 73, 1.126 và 842»:
 * a place said after the last of the joined items («tại …», «ở …»), with the verb before «lần lượt», is said of them
 * all (each desk sits at the centre, each received), not of the last one. Left on the last label it made that label
 * name the centre's own figure, and the centre's «7.315» a number the list had replaced.
 */
const PLACE = /\s+(?:tại|ở)\s+\S.*$/su;

/** The labels with a trailing place (said of every label) cut off the last one. */
export function sharedPlace(labels: readonly string[]): string[] {
  const last = labels.at(-1) ?? "";
  const place = PLACE.exec(last);
  // Only when no other item names a place of its own: then the place cannot be told as the last item's alone.
  if (!place || place.index === 0 || labels.slice(0, -1).some((l) => PLACE.test(l))) return [...labels];
  return [...labels.slice(0, -1), last.slice(0, place.index)];
}
