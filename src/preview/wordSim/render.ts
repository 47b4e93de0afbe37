/**
 * Draws the simulated document into a container for the preview page and re-draws it after every sync. Text is
 * cut into spans carrying their paragraph offset (`data-start`), so a click or an arrow key maps back to a cursor.
 */
import type { DocRun, Segment } from "./types";
import type { WordSimulation } from "./simulation";

const STYLE = `
.sim-doc { font-family: "Times New Roman", serif; font-size: 14px; line-height: 1.5; padding: 12px; outline-offset: 2px; }
.sim-doc p { margin: 0 0 6px; text-align: justify; }
.sim-doc .cc { border: 1px solid #0f6cbd; border-radius: 2px; padding: 0 2px; background: #ebf3fc; }
.sim-doc .cc:not([data-tag^="bcdc:"]) { border-color: #8a8886; background: #f5f5f5; }
.sim-doc del { color: #a4262c; } .sim-doc ins { color: #0e700e; }
.sim-doc p[data-style^="Bcdc"]:not([data-style^="BcdcBody"]):not([data-style^="BcdcHeading"]):not([data-style^="BcdcRecipient"]) { text-align: center; }
.sim-doc p[data-style="BcdcOfficeName"], .sim-doc p[data-style="BcdcNationalName"], .sim-doc p[data-style="BcdcMotto"],
.sim-doc p[data-style="BcdcDocType"], .sim-doc p[data-style="BcdcSummary"], .sim-doc p[data-style^="BcdcHeading"],
.sim-doc p[data-style="BcdcRecipientsTitle"], .sim-doc p[data-style^="BcdcSigner"] { font-weight: bold; }
.sim-doc p[data-style="BcdcPlaceDate"], .sim-doc p[data-style="BcdcRecipientsTitle"] { font-style: italic; }
.sim-doc p[data-style="BcdcBody"] { text-indent: 2em; }
.sim-doc p[data-style^="BcdcRecipient"] { text-align: left; font-size: 12px; margin-bottom: 0; }
.sim-doc .sim-sel { background: #b4d5fe; }
.sim-doc .sim-caret { display: inline-block; width: 0; height: 1.1em; vertical-align: text-bottom;
  border-left: 2px solid #000; margin: 0 -1px; }
`;

/** Renders now and after every change; returns a function that stops and empties the container. */
export function renderSimDocument(sim: WordSimulation, container: HTMLElement): () => void {
  const ownerDocument = container.ownerDocument;
  const style = ownerDocument.createElement("style");
  style.textContent = STYLE;
  const root = ownerDocument.createElement("div");
  root.className = "sim-doc";
  root.setAttribute("role", "document");
  root.setAttribute("aria-label", "Văn bản (mô phỏng)");
  root.tabIndex = 0;
  container.replaceChildren(style, root);

  const draw = () => root.replaceChildren(...sim.doc.paragraphs.map((runs, index) => drawParagraph(sim, runs, index)));
  // A drag ends with mouseup (and maybe a click on the same spot): the selection it made must not become a cursor.
  let selected = false;
  root.addEventListener("mouseup", (event) => {
    selected = selectText(sim, event);
  });
  root.addEventListener("click", (event) => {
    if (!selected) placeCursor(sim, event);
    selected = false;
  });
  root.addEventListener("keydown", (event) => moveCursor(sim, event));
  const unsubscribe = sim.subscribe(draw);
  draw();
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}

function drawParagraph(sim: WordSimulation, runs: readonly DocRun[], index: number): HTMLParagraphElement {
  const doc = globalThis.document;
  const p = doc.createElement("p");
  p.dataset.paragraph = String(index);
  const style = sim.doc.styleOf(runs);
  if (style) p.dataset.style = style;
  const here = sim.doc.cursor.paragraph === index;
  const selection = sim.doc.selection();
  // A selection is drawn highlighted, without a caret, as Word does.
  const [selStart, selEnd] = here && selection.end > selection.start ? [selection.start, selection.end] : [-1, -1];
  const caretAt = here && selStart < 0 ? sim.doc.cursor.offset : -1;
  let caretDrawn = caretAt < 0;
  const caretIn = (parent: HTMLElement) => {
    if (!caretDrawn) parent.append(caret());
    caretDrawn = true;
  };
  let start = 0;
  const pieces = (parent: HTMLElement, text: string) => {
    if (selStart >= 0 && selStart < start + text.length && selEnd > start) {
      const a = Math.max(selStart - start, 0);
      const b = Math.min(selEnd - start, text.length);
      if (a > 0) parent.append(piece(text.slice(0, a), start));
      const selected = piece(text.slice(a, b), start + a);
      selected.className = "sim-sel";
      parent.append(selected);
      if (b < text.length) parent.append(piece(text.slice(b), start + b));
      start += text.length;
      return;
    }
    if (caretAt > start && caretAt < start + text.length) {
      parent.append(piece(text.slice(0, caretAt - start), start));
      caretIn(parent);
      parent.append(piece(text.slice(caretAt - start), caretAt));
    } else {
      if (caretAt === start) caretIn(parent);
      parent.append(piece(text, start));
    }
    start += text.length;
  };
  for (const run of runs) {
    if (run.kind === "text") {
      pieces(p, run.text);
      continue;
    }
    // At a control's edge the cursor is outside it (see cursor.ts), so the caret is drawn outside the box.
    if (caretAt === start) caretIn(p);
    const span = doc.createElement("span");
    span.className = "cc";
    span.dataset.tag = run.control.tag;
    span.dataset.id = String(run.control.id);
    span.title = run.control.title;
    for (const segment of run.control.segments) pieces(segmentHost(span, segment), segment.text);
    p.append(span);
  }
  caretIn(p);
  return p;
}

/** Plain text sits in the control; a tracked deletion or insertion gets its own del/ins with author and date. */
function segmentHost(span: HTMLElement, segment: Segment): HTMLElement {
  if (!segment.change) return span;
  const mark = globalThis.document.createElement(segment.change.type === "Deleted" ? "del" : "ins");
  mark.title = `${segment.change.author}, ${segment.change.date.toLocaleString("vi-VN")}`;
  mark.dateTime = segment.change.date.toISOString();
  span.append(mark);
  return mark;
}

function piece(text: string, start: number): HTMLSpanElement {
  const span = globalThis.document.createElement("span");
  span.dataset.start = String(start);
  span.textContent = text;
  return span;
}

function caret(): HTMLSpanElement {
  const span = globalThis.document.createElement("span");
  span.className = "sim-caret";
  span.setAttribute("aria-hidden", "true");
  return span;
}

/** A point of the browser's selection as a paragraph offset, through the piece holding it. */
function offsetOf(node: Node | null, offset: number): { paragraph: number; offset: number } | null {
  const pieceElement = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>("[data-start]");
  const paragraph = pieceElement?.closest<HTMLElement>("p[data-paragraph]");
  if (!pieceElement || !paragraph) return null;
  const within = node?.nodeType === Node.TEXT_NODE ? offset : 0;
  return { paragraph: Number(paragraph.dataset.paragraph), offset: Number(pieceElement.dataset.start) + within };
}

/** Text selected with the mouse (a drag, a double-click on a word) in one paragraph becomes the document's selection. */
function selectText(sim: WordSimulation, event: MouseEvent): boolean {
  const selection = globalThis.getSelection?.();
  if (!selection || selection.isCollapsed || !(event.currentTarget as Node).contains(selection.anchorNode)) return false;
  const a = offsetOf(selection.anchorNode, selection.anchorOffset);
  const b = offsetOf(selection.focusNode, selection.focusOffset);
  if (!a || !b || a.paragraph !== b.paragraph || a.offset === b.offset) return false;
  sim.select(a.paragraph, Math.min(a.offset, b.offset), Math.max(a.offset, b.offset));
  return true;
}

/** The click's position from the browser's selection; without one (jsdom), the end of the clicked piece. */
function placeCursor(sim: WordSimulation, event: MouseEvent): void {
  const selection = globalThis.getSelection?.();
  const anchor = selection?.anchorNode ?? null;
  const target = event.target instanceof Element ? event.target : null;
  const node = anchor && (event.currentTarget as Node).contains(anchor) ? anchor : target;
  const pieceElement = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>("[data-start]");
  const paragraph = pieceElement?.closest<HTMLElement>("p[data-paragraph]");
  if (!pieceElement || !paragraph) return;
  const inText = node === anchor && anchor?.nodeType === Node.TEXT_NODE && selection;
  const within = inText ? selection.anchorOffset : (pieceElement.textContent ?? "").length;
  sim.setCursor(Number(paragraph.dataset.paragraph), Number(pieceElement.dataset.start) + within);
}

function moveCursor(sim: WordSimulation, event: KeyboardEvent): void {
  const { paragraph, offset } = sim.doc.cursor;
  const moves: Record<string, [number, number]> = {
    ArrowLeft: [paragraph, offset - 1],
    ArrowRight: [paragraph, offset + 1],
    ArrowUp: [paragraph - 1, offset],
    ArrowDown: [paragraph + 1, offset],
    Home: [paragraph, 0],
    End: [paragraph, Number.MAX_SAFE_INTEGER],
  };
  const move = moves[event.key];
  if (!move) return;
  event.preventDefault();
  sim.setCursor(move[0], move[1]);
}
