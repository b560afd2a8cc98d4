export * from './block';
export * from './takeaway';
export * from './section';
export * from './report';
export * from './issue';
export * from './ingest-result';
export * from './rules';
export * from './sidecar';
export { formatZodIssues } from './error-map';
