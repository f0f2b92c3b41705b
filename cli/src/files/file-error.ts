import type { ProblemCode } from '../../../core/index.js';
import { UsageError } from '../usage-error.js';

/** A file the CLI cannot read: a UsageError (exit 2) that also names its problem code. */
export class FileError extends UsageError {
  constructor(
    readonly code: Extract<ProblemCode, 'file.unreadable' | 'file.binaryXls'> | 'file.notFound',
    message: string,
  ) {
    super(message);
  }
}
