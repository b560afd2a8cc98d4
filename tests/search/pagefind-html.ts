/** Test helper: a Pagefind bundle of pages given as HTML (no site needed), without the UIs, as the index step keeps it. */
import * as pagefind from 'pagefind';
import type { Bundle } from '../../src/search/stabilize-pagefind';
import { UI_FILE } from '../../src/search/pagefind-shard';

export async function indexShardHtml(language: string, pages: { url: string; html: string }[]): Promise<Bundle> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  if (!index) throw new Error(errors.join('; '));
  for (const page of pages) {
    const added = await index.addHTMLFile({ url: page.url, content: page.html });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  }
  const { files } = await index.getFiles();
  await index.deleteIndex();
  return new Map(files.filter((file) => !UI_FILE.test(file.path)).map((file) => [file.path, file.content]));
}
