/**
 * The site's Markdown processor (Astro's `markdown.processor` interface). It is Astro's unified() pipeline
 * (@astrojs/markdown-remark 7: remark-parse, GFM, SmartyPants, our plugins, remark-rehype, heading ids,
 * rehype-stringify), with a quicker SmartyPants of the same output (smartypants.ts) and less one step: the rehype-raw pass Astro ends every pipeline with, which re-parses every
 * finished tree through parse5 to resolve raw HTML. Here raw HTML is resolved earlier, where there is any
 * (raw-html.ts), and sanitized right after, so no raw node is left by then and that pass changed nothing but
 * cost about a second per 1,000 papers; stringify is told to escape raw nodes should one ever appear. The one
 * thing that pass did change is how a `true` attribute outside HTML's boolean ones is written (GFM footnotes'
 * data-footnote-ref becomes data-footnote-ref=""), and attributeValuesAsParsed() keeps that.
 * A body with an image goes through Astro's own pipeline, which hands images to astro:assets.
 * tests/unit/processor.test.ts renders every entry both ways and holds the HTML equal.
 */
import type { MarkdownProcessor, MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import { rehypeHeadingIds, unified as astroUnified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import type { Root, RootContent } from 'hast';
import { find, html } from 'property-information';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { eachElement, someNode } from './hast-walk.ts';
import remarkSmartypantsFast from './smartypants.ts';

/** Markdown image syntax or an <img> tag: such a body needs Astro's image handling. */
const MAY_HOLD_IMAGE = /!\[|<img/i;

export interface PapersProcessorOptions {
  remarkPlugins: PluggableList;
  rehypePlugins: PluggableList;
}

/** A boolean attribute HTML does not know comes back from parse5 as an empty string: write it so. */
function attributeValuesAsParsed() {
  return (tree: Root) =>
    eachElement(tree, (node) => {
      if (node.type !== 'element') return;
      for (const [key, value] of Object.entries(node.properties)) {
        if (value === true && !find(html, key).boolean) node.properties[key] = '';
      }
    });
}

/** Astro's heading ids (and the headings list), for the bodies that have a heading: most have none. */
function headingIdsWhereHeadings() {
  const headingIds = rehypeHeadingIds() as unknown as (tree: Root, file: VFile) => void;
  const isHeading = (node: Root | RootContent) => node.type === 'element' && /^h[1-6]$/.test(node.tagName);
  return (tree: Root, file: VFile) => (someNode(tree, isHeading) ? headingIds(tree, file) : undefined);
}

/** The pipeline without Astro's closing rehype-raw (see the module comment). */
export function papersPipeline({ remarkPlugins, rehypePlugins }: PapersProcessorOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkSmartypantsFast)
    .use(remarkPlugins)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [] })
    .use(rehypePlugins)
    .use(headingIdsWhereHeadings)
    .use(attributeValuesAsParsed)
    .use(rehypeStringify, { allowDangerousHtml: false });
}

export function papersProcessor(options: PapersProcessorOptions) {
  const astro = astroUnified(options as UnifiedProcessorOptions);
  const processor: MarkdownProcessor<typeof astro.options> = {
    name: 'contrastive-papers',
    options: astro.options,
    async createRenderer(shared): Promise<MarkdownRenderer> {
      // Astro's own renderer is made only if a body needs it (few ever hold an image).
      let withImages: Promise<MarkdownRenderer> | undefined;
      const pipeline = papersPipeline(options);
      return {
        async render(content, renderOptions) {
          if (MAY_HOLD_IMAGE.test(content))
            return (await (withImages ??= astro.createRenderer(shared))).render(content, renderOptions);
          const frontmatter = renderOptions?.frontmatter ?? {};
          const file = new VFile({
            value: content,
            path: renderOptions?.fileURL,
            data: { astro: { frontmatter } },
          });
          const result = await pipeline.process(file).catch((error: unknown) => {
            const reason = error instanceof Error ? error.message : String(error);
            throw new Error(`Failed to parse Markdown file "${file.path}":\n${reason}`, { cause: error });
          });
          return {
            code: String(result.value),
            metadata: {
              headings: result.data.astro?.headings ?? [],
              localImagePaths: [],
              remoteImagePaths: [],
              frontmatter,
            },
          };
        },
      };
    },
  };
  return processor;
}
