/** Content changes for build tests that rebuild a temp copy. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { load } from 'js-yaml';
import { pageId } from '../../src/integrations/shared/content-files';
import { pageFilesIn } from './page-files';

/** Gives the first published content file of a folder a new title; returns its id. */
export async function retitle(dir: string, folder: string): Promise<string> {
  const folderPath = path.join(dir, 'content', folder);
  for (const file of pageFilesIn(folderPath)) {
    const text = await readFile(path.join(folderPath, file), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
    const data = load(match?.[1] ?? '') as { title?: string; draft?: boolean } | undefined;
    if (!match || !data?.title || data.draft) continue;
    const title = `Changed: ${data.title}`.slice(0, 70);
    const front = (match[1] ?? '').replace(/^title:.*$/m, `title: ${JSON.stringify(title)}`);
    await writeFile(path.join(folderPath, file), text.replace(match[1] ?? '', front));
    return pageId(file);
  }
  throw new Error(`content/${folder} has no published file to retitle`);
}
