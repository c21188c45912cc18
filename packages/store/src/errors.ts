/** An expected, user-fixable store failure; `hint` says what to do about it. */
export class StoreError extends Error {
  override readonly name: string = "StoreError";
  readonly hint: string;

  constructor(message: string, hint: string, options?: { cause?: unknown }) {
    super(`${message} ${hint}`, options);
    this.hint = hint;
  }
}

/** A report the parser emitted but the store refuses (schema violation, dangling goal reference). */
export class InvalidReportError extends StoreError {
  override readonly name: string = "InvalidReportError";
}

/** The SQLite result code of a better-sqlite3 error ("SQLITE_FULL" …), or null for other errors. */
export function sqliteCode(error: unknown): string | null {
  if (error instanceof Error && "code" in error && typeof error.code === "string" && error.code.startsWith("SQLITE_")) {
    return error.code;
  }
  return null;
}

/** Turns the SQLite failures a user can fix (disk full, read-only, not a database) into a StoreError. */
export function toStoreError(error: unknown, path: string): unknown {
  const code = sqliteCode(error);
  if (code === null) return error;
  if (code === "SQLITE_FULL") {
    return new StoreError(
      `the disk holding ${path} is full; nothing was written.`,
      "Free some space, or load into another --db, and run the command again.",
      { cause: error },
    );
  }
  if (code.startsWith("SQLITE_READONLY") || code === "SQLITE_PERM" || code.startsWith("SQLITE_CANTOPEN")) {
    return new StoreError(
      `cannot write the database ${path} (read-only file or directory).`,
      "Make it writable, or choose another file with --db or TERTIAL_DB.",
      { cause: error },
    );
  }
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") {
    return new StoreError(
      `${path} is not a tertial database (not SQLite, or damaged).`,
      "Move the file away, or point --db / TERTIAL_DB at another file, and load the reports again.",
      { cause: error },
    );
  }
  if (code.startsWith("SQLITE_BUSY")) {
    return new StoreError(
      `the database ${path} stayed locked by another process.`,
      "Wait for the other load to finish, then try again.",
      { cause: error },
    );
  }
  if (code.startsWith("SQLITE_IOERR")) {
    return new StoreError(
      `could not write ${path} (input/output error).`,
      "Check the disk and its free space, then try again.",
      { cause: error },
    );
  }
  return error;
}
