import { parentPort } from 'node:worker_threads';
import { ingestFile, type FileOutcome, type IngestOptions, type RawFile } from '../ingest-file';

/** A chunk of files to parse, and the answer: their outcomes in the same order. */
export interface WorkRequest {
  chunk: number;
  files: RawFile[];
  options: Pick<IngestOptions, 'rules' | 'maxBytes'>;
}
export interface WorkResult {
  chunk: number;
  outcomes: FileOutcome[];
  timings: Record<string, number>;
}

parentPort!.on('message', (request: WorkRequest) => {
  const timings: Record<string, number> = {};
  const outcomes = request.files.map((raw) => ingestFile(raw, { ...request.options, timings }));
  // Hand the fingerprints' buffers over instead of copying them.
  const transfer = outcomes.flatMap((o) =>
    o.kind === 'issue' ? [o.fingerprint.shingles.buffer, o.fingerprint.head.buffer, o.fingerprint.signature.buffer, o.fingerprint.headSignature.buffer, ...o.fingerprint.sections.flatMap((s) => [s.shingles.buffer, s.signature.buffer])] : [],
  ) as ArrayBuffer[];
  parentPort!.postMessage({ chunk: request.chunk, outcomes, timings } satisfies WorkResult, [...new Set(transfer)]);
});
