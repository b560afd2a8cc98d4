import { parse as parseYaml } from 'yaml';
import { SIDECAR_FIELDS, SidecarSchema, formatZodIssues, type Sidecar } from '../../schema';

/**
 * Parses a sidecar (`.meta.json` or `.meta.yaml`). A sidecar never stops its raw file from
 * being ingested: bad syntax ignores the sidecar, a bad field ignores that field, an unknown
 * field is ignored; each with a message for the report. No sidecar: no fields, no problems.
 */
export function parseSidecar(given: { file: string; text: string } | undefined): { sidecar: Sidecar; problems: string[] } {
  if (!given) return { sidecar: {}, problems: [] };
  const { file, text } = given;
  let raw: unknown;
  try {
    raw = file.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    return { sidecar: {}, problems: [`sidecar ${file} ignored: not valid ${file.endsWith('.json') ? 'JSON' : 'YAML'} (${firstLine(error)})`] };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { sidecar: {}, problems: [`sidecar ${file} ignored: expected an object of fields`] };
  }
  const problems: string[] = [];
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!SIDECAR_FIELDS.includes(key)) {
      problems.push(`sidecar ${file}: unknown field "${key}" ignored (known: ${SIDECAR_FIELDS.join(', ')})`);
      continue;
    }
    const one = SidecarSchema.pick({ [key]: true } as Record<keyof Sidecar, true>).safeParse({ [key]: value });
    if (one.success) Object.assign(fields, one.data);
    else problems.push(...formatZodIssues(one.error).map((issue) => `sidecar ${file}: ${issue} (field ignored)`));
  }
  return { sidecar: fields as Sidecar, problems };
}

function firstLine(error: unknown): string {
  return String((error as Error).message ?? error).split('\n')[0];
}
