/**
 * Draws the simulated document into a container for the preview page and re-draws it after every sync. Text is
 * cut into spans carrying their paragraph offset (`data-start`), so a click or an arrow key maps back to a cursor.
 */
import type { DocRun, Segment, SimTableCell } from "./types";
import type { WordSimulation } from "./simulation";

const STYLE = `
.sim-doc { font-family: "Times New Roman", serif; font-size: 14px; line-height: 1.5; padding: 12px; outline-offset: 2px; }
.sim-doc p { margin: 0 0 6px; text-align: justify; }
.sim-doc .cc { border: 1px solid #0f6cbd; border-radius: 2px; padding: 0 2px; background: #ebf3fc; }
.sim-doc .cc:not([data-tag^="bcdc:"]) { border-color: #8a8886; background: #f5f5f5; }
.sim-doc del { color: #a4262c; } .sim-doc ins { color: #0e700e; }
.sim-doc .sim-selected { background: #b4d6fa; }
.sim-doc p[data-style^="Bcdc"]:not([data-style^="BcdcBody"]):not([data-style^="BcdcHeading"]):not([data-style^="BcdcRecipient"]) { text-align: center; }
.sim-doc p[data-style="BcdcOfficeName"], .sim-doc p[data-style="BcdcNationalName"], .sim-doc p[data-style="BcdcMotto"],
.sim-doc p[data-style="BcdcDocType"], .sim-doc p[data-style="BcdcSummary"], .sim-doc p[data-style^="BcdcHeading"],
.sim-doc p[data-style="BcdcRecipientsTitle"], .sim-doc p[data-style^="BcdcSigner"] { font-weight: bold; }
.sim-doc p[data-style="BcdcPlaceDate"], .sim-doc p[data-style="BcdcRecipientsTitle"] { font-style: italic; }
.sim-doc p[data-style="BcdcBody"] { text-indent: 2em; }
.sim-doc p[data-style^="BcdcRecipient"] { text-align: left; font-size: 12px; margin-bottom: 0; }
.sim-doc table { border-collapse: collapse; width: 100%; margin: 0 0 6px; }
.sim-doc td { border: 1px solid #8a8886; padding: 2px 4px; vertical-align: top; }
.sim-doc td p { text-align: left; margin: 0; }
.sim-doc .sim-list { user-select: none; }
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

  let navigated = sim.doc.navigations;
  const draw = () => {
    root.replaceChildren(...drawBlocks(sim));
    if (sim.doc.navigations === navigated) return;
    navigated = sim.doc.navigations;
    // Word brings a range the add-in selects into view; a clerk clicking a candidate in the pane must see it.
    root.querySelector(".sim-selected, .sim-caret")?.scrollIntoView({ block: "center" });
  };
  root.addEventListener("click", (event) => placeCursor(sim, event));
  root.addEventListener("keydown", (event) => moveCursor(sim, event));
  const unsubscribe = sim.subscribe(draw);
  draw();
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}

interface DrawnTable {
  index: number;
  element: HTMLTableElement;
  row: number;
  tr: HTMLTableRowElement | null;
  cell: number;
  td: HTMLTableCellElement | null;
  /** The grid column where the current cell starts. */
  column: number;
  span: number;
  /** The first cell of each vertical merge still open, by grid column: the cells below it are drawn as its rowSpan. */
  mergeHeads: Map<number, HTMLTableCellElement>;
}

/** Paragraphs in order; those of a table cell inside that table's row and cell, as Word lays them out. */
function drawBlocks(sim: WordSimulation): HTMLElement[] {
  const doc = globalThis.document;
  const blocks: HTMLElement[] = [];
  let table: DrawnTable | null = null;
  sim.doc.paragraphs.forEach((runs, index) => {
    const p = drawParagraph(sim, runs, index);
    const at = sim.doc.layoutOf(index).table;
    if (!at) {
      table = null;
      blocks.push(p);
      return;
    }
    // A nested table's paragraphs are drawn in the cell that holds them.
    if ((at.level ?? 1) > 1 && table?.td) return void table.td.append(p);
    if (!table || table.index !== at.table) {
      table = { index: at.table, element: doc.createElement("table"), row: -1, tr: null, cell: -1, td: null, column: 0, span: 0, mergeHeads: new Map() };
      blocks.push(table.element);
    }
    if (table.row !== at.row || !table.tr) {
      table.tr = table.element.insertRow();
      table.row = at.row;
      table.cell = -1;
      table.column = 0;
      table.span = 0;
    }
    if (table.cell !== at.cell || !table.td) enterCell(table, at);
    // The empty paragraph Word keeps in each merged-away cell would only add a blank line to the merged one.
    if (at.merge === "continue" && p.textContent === "") return;
    table.td!.append(p);
  });
  return blocks;
}

/** Opens the cell a paragraph is in: a new <td>, or the merge it continues (Word draws the merged cells as one). */
function enterCell(table: DrawnTable, at: SimTableCell): void {
  table.column += table.span;
  table.span = at.span ?? 1;
  table.cell = at.cell;
  const head = table.mergeHeads.get(table.column);
  if (at.merge === "continue" && head) {
    head.rowSpan += 1;
    table.td = head;
    return;
  }
  table.td = table.tr!.insertCell();
  if (table.span > 1) table.td.colSpan = table.span;
  if (at.merge === "restart") table.mergeHeads.set(table.column, table.td);
  else table.mergeHeads.delete(table.column);
}

function drawParagraph(sim: WordSimulation, runs: readonly DocRun[], index: number): HTMLParagraphElement {
  const doc = globalThis.document;
  const p = doc.createElement("p");
  p.dataset.paragraph = String(index);
  const style = sim.doc.styleOf(runs);
  if (style) p.dataset.style = style;
  // Word's list label is drawn, but it is not the paragraph's text (Paragraph.text leaves it out).
  const list = sim.doc.layoutOf(index).list;
  if (list) {
    const label = doc.createElement("span");
    label.className = "sim-list";
    label.textContent = `${list.label}\u00a0`;
    p.append(label);
  }
  const caretAt = sim.doc.cursor.paragraph === index ? sim.doc.cursor.offset : -1;
  let caretDrawn = caretAt < 0;
  const caretIn = (parent: HTMLElement) => {
    if (!caretDrawn) parent.append(caret());
    caretDrawn = true;
  };
  // Selected text (sim.select, or a drag in the page) is drawn marked, from the caret to its end.
  const selectedEnd = caretAt < 0 ? -1 : caretAt + sim.doc.selectedLength;
  let start = 0;
  const pieces = (parent: HTMLElement, text: string) => {
    const end = start + text.length;
    const cuts = [start, ...[caretAt, selectedEnd].filter((at) => at > start && at < end), end];
    if (caretAt === start) caretIn(parent);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [from, to] = [cuts[i]!, cuts[i + 1]!];
      if (from === caretAt && from !== start) caretIn(parent);
      const element = piece(text.slice(from - start, to - start), from);
      if (from >= caretAt && to <= selectedEnd && selectedEnd > caretAt) element.classList.add("sim-selected");
      parent.append(element);
    }
    start = end;
  };
  for (const run of runs) {
    if (run.kind === "text") {
      pieces(segmentHost(p, run), run.text);
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

/** Plain text sits in its parent; a tracked deletion or insertion gets its own del/ins with author and date. */
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

/** The click's position from the browser's selection; without one (jsdom), the end of the clicked piece. */
/** A text node and offset in it, as a paragraph and character offset of the simulated document. */
function positionOf(node: Node | null, offset: number): { paragraph: number; offset: number } | null {
  const pieceElement = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>("[data-start]");
  const paragraph = pieceElement?.closest<HTMLElement>("p[data-paragraph]");
  if (!pieceElement || !paragraph || node?.nodeType !== Node.TEXT_NODE) return null;
  return { paragraph: Number(paragraph.dataset.paragraph), offset: Number(pieceElement.dataset.start) + offset };
}

function placeCursor(sim: WordSimulation, event: MouseEvent): void {
  const selection = globalThis.getSelection?.();
  // Text dragged over within one paragraph becomes the document's selection (getSelection() then holds it).
  if (selection && !selection.isCollapsed) {
    const a = positionOf(selection.anchorNode, selection.anchorOffset);
    const b = positionOf(selection.focusNode, selection.focusOffset);
    if (a && b && a.paragraph === b.paragraph) {
      sim.select(a.paragraph, Math.min(a.offset, b.offset), Math.max(a.offset, b.offset));
      return;
    }
  }
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
