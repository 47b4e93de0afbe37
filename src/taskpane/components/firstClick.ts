/**
 * A button that answers, binds or recognises acts on the first click of a double click only. Walk finding (walk48, F3):
 * an answered card goes at once, the next card's button slides under the pointer, and the double click's second click
 * answered that card too («Không phải số này: bỏ gắn» on a share she never looked at); a double click on «Nhận diện số
 * liệu» ran recognition twice (F14). The browser counts the clicks of a double click in `detail` (2 for the second,
 * whatever it lands on); a key press gives 0.
 */
export function firstClick(act: () => void): (event: { detail: number }) => void {
  return (event) => {
    if (event.detail <= 1) act();
  };
}
