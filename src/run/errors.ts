/**
 * The errors of running steps, and how an error crosses from a worker
 * thread to the main thread whole: its class, message, stack, the file it
 * names and its causes, not a string.
 */

/** A step failed on one item: names the step and the content file, and keeps what went wrong as its `cause`. */
export class StepError extends Error {
  override readonly name = 'StepError';
  /**
   * @param step The step's name.
   * @param file The content file the item comes from, when the step says (`Step.fileOf`).
   */
  constructor(
    readonly step: string,
    readonly file: string | null,
    options: { cause: unknown },
  ) {
    super(`The ${step} step failed on ${file ?? 'an item'}: ${messageOf(options.cause)}`, options);
  }
}

/** A worker thread stopped (it was terminated, or ran out of memory) before it finished its work. */
export class WorkerExitError extends Error {
  override readonly name = 'WorkerExitError';
  constructor(readonly exitCode: number) {
    super(`A worker thread stopped (exit code ${exitCode}) before it finished its work.`);
  }
}

/**
 * An error thrown on a worker thread of a class the main thread does not
 * rebuild: its name, message and stack as they were there.
 */
export class WorkerError extends Error {
  override readonly name: string;
  constructor(plain: PlainError, options?: { cause: unknown }) {
    super(plain.message, options);
    this.name = plain.name;
    if (plain.stack !== undefined) this.stack = plain.stack;
  }
}

/** An error as plain data that a message between threads carries (Node's own cloning drops its class and its fields). */
export interface PlainError {
  name: string;
  message: string;
  stack?: string;
  /** A `StepError`'s step and file. */
  step?: string;
  file?: string | null;
  cause?: PlainError;
}

/** The message of a thrown value, whatever was thrown. */
function messageOf(value: unknown): string {
  return value instanceof Error ? value.message : String(value);
}

/** `error` and its causes as plain data. */
export function toPlainError(error: unknown): PlainError {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const plain: PlainError = { name: error.name, message: error.message };
  if (error.stack !== undefined) plain.stack = error.stack;
  if (error instanceof StepError) Object.assign(plain, { step: error.step, file: error.file });
  if (error.cause !== undefined) plain.cause = toPlainError(error.cause);
  return plain;
}

/** The error `toPlainError` wrote, rebuilt with its causes: a `StepError` as one, any other as a `WorkerError`. */
export function fromPlainError(plain: PlainError): Error {
  const cause = plain.cause && fromPlainError(plain.cause);
  if (plain.name === 'StepError' && plain.step !== undefined) {
    const e = new StepError(plain.step, plain.file ?? null, { cause });
    if (plain.stack !== undefined) e.stack = plain.stack;
    return e;
  }
  return new WorkerError(plain, cause ? { cause } : undefined);
}
