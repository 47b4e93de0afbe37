/**
 * Each paragraph's table cell and Word list label, read in the same load as its text: one collection load for every
 * paragraph, whatever their number (no sync per paragraph). Office.js's load takes navigation properties by path
 * ("listItemOrNullObject/listString"); add-ins read list strings this way in one batch.
 *
 * Word API (WordApi 1.3, within the manifest's 1.4 requirement, so not checked at run time):
 * - Paragraph.tableNestingLevel ("returns 0 if the paragraph isn't in a table"), Paragraph.isListItem,
 *   Paragraph.listItemOrNullObject, Paragraph.parentTableCellOrNullObject:
 *   https://learn.microsoft.com/en-us/javascript/api/word/word.paragraph
 * - ListItem.listString ("the list item bullet, number, or picture as a string"), ListItem.level:
 *   https://learn.microsoft.com/en-us/javascript/api/word/word.listitem
 * - TableCell.rowIndex ("the index of the cell's row in the table"), TableCell.cellIndex ("the index of the cell in
 *   its row"): https://learn.microsoft.com/en-us/javascript/api/word/word.tablecell
 * - Loading properties of navigation properties by path: "Application-specific API model",
 *   https://learn.microsoft.com/en-us/office/dev/add-ins/develop/application-specific-api-model
 */
import type { ParagraphShape } from "../domain/import/paneText";

const SHAPE_PROPS = [
  "text",
  "tableNestingLevel",
  "isListItem",
  "listItemOrNullObject/listString",
  "listItemOrNullObject/level",
  "parentTableCellOrNullObject/rowIndex",
  "parentTableCellOrNullObject/cellIndex",
].join(",");

/** Queues the load of every paragraph's text and shape. */
export function queueShapes(paragraphs: Word.ParagraphCollection): void {
  paragraphs.load(SHAPE_PROPS);
}

export function shapesOf(paragraphs: Word.ParagraphCollection): ParagraphShape[] {
  return paragraphs.items.map((p) => ({
    table:
      p.tableNestingLevel > 0
        ? { level: p.tableNestingLevel, row: p.parentTableCellOrNullObject.rowIndex, cell: p.parentTableCellOrNullObject.cellIndex }
        : null,
    list: p.isListItem ? { label: p.listItemOrNullObject.listString, level: p.listItemOrNullObject.level } : null,
  }));
}
