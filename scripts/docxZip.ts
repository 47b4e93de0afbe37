/** The bounded zip reader lives in src/domain (zipEntry.ts): the pane reads .docx files with it too. */
export { entryNames, inflateEntry, ZipError } from "../src/domain/zipEntry";
