/**
 * The loader of a folder of pages (content/guides): Astro's `glob()` loader, stopping the build when
 * a Markdown page could not be rendered.
 *
 * Astro renders a `.md` file while it reads the content, and when that fails (the content rules refuse
 * a raw `<script>`, say) it logs the problems, file and line, then carries on without the page's text.
 * The build then failed much later with an error that named neither. An MDX page fails where it is
 * compiled, with its problems; this makes a Markdown page do the same, right after the problems.
 */
import { glob, type Loader } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];

export function pageFiles(options: GlobOptions): Loader {
  const loader = glob(options);
  return {
    ...loader,
    async load(context) {
      await loader.load(context);
      const unrendered = [...context.store.values()].filter(
        (entry) => entry.filePath?.endsWith('.md') === true && entry.rendered === undefined,
      );
      if (unrendered.length > 0) {
        throw new Error(
          `${unrendered.map((entry) => entry.filePath).join(', ')}: could not be rendered; the problems are listed above, each with its file and line.`,
        );
      }
    },
  };
}
