/**
 * Errors shaped like OfficeExtension.Error (`code`, `message`, `debugInfo`), so the gateway's error mapping
 * (src/office/errors.ts) sees what it would see from Word.
 */
export type SimErrorCode =
  | "PropertyNotLoaded"
  | "ItemNotFound"
  | "AccessDenied"
  | "InvalidArgument"
  | "ApiNotFound"
  | "InvalidRequestContext"
  | "GeneralException"
  /** Word-specific: a search string longer than 255 characters, or one Word cannot read. */
  | "SearchStringInvalidOrTooLong";

export class SimError extends Error {
  readonly debugInfo: { code: SimErrorCode; message: string; errorLocation?: string };

  constructor(
    readonly code: SimErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** Office's wording, so a developer who met it in Word recognises it here. */
export function notLoaded(typeName: string, property: string): SimError {
  return new SimError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method ` +
      `on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}
