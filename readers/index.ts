/** File readers with no Node API (bytes in, grids or rows out), for the CLI and the panes. */
export { readFileBytes, type ReadFile, type UnreadableFile } from './read-bytes.js';
export { readCsv, sniffDelimiter, CsvStream, CsvByteStream, type CsvRead, type CsvDelimiter } from './csv.js';
export { CsvTokenizer, type CsvRecord } from './csv-tokenizer.js';
export { decodeText, guessEncoding, isUtf8, ChunkDecoder, type DecodedText, type TextEncodingGuess } from './decode-text.js';
export { readHtmlTables, type HtmlRead } from './html.js';
export { sniffFormat, isUtf16, type SniffedFormat } from './sniff.js';
export { openXlsx, readXlsx, readSheetRows, sheetBytes, sheetText, SheetXmlReader, dateSerial, isDateFormat, XlsxError, type XlsxBook, type XlsxSheet, type XlsxSheetEntry } from './xlsx.js';
export { sha256Hex } from './sha256.js';
export { INPUT_LABELS } from './labels.vi.js';
export { ARCHIVE_LIMITS, ignoredName, InputCollector, type ArchiveLimits, type InputFile, type SkippedInput } from './expand-inputs.js';
export { baseName, inputsOfFile, readInputFile, sheetNameFromLabel, unreadableReason, type ReadInput, type ReasonOptions } from './read-input.js';
export { fileOutcomes, type FileOutcome } from './file-outcomes.js';
