export { CheckStream, type CheckBlock, type CheckStreamOptions, type CheckStreamResult, type InMemoryReason, type StreamHints } from './check-stream.js';
export { ReportSummary } from './report-summary.js';
