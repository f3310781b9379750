import { useMemo } from 'react';
import { renderMarkdown } from '../lib/markdown.js';

/** Readable, modest typography for what renderMarkdown makes (h4–h6, lists, code, tables, quotes). */
const PROSE = [
  'min-w-0 leading-relaxed break-words text-slate-800',
  '[&>:first-child]:mt-0 [&>:last-child]:mb-0',
  '[&_p]:my-2',
  '[&_h4]:mt-4 [&_h4]:mb-1 [&_h4]:text-lg [&_h4]:font-semibold [&_h4]:text-slate-900',
  '[&_h5]:mt-3 [&_h5]:mb-1 [&_h5]:text-base [&_h5]:font-semibold [&_h5]:text-slate-900',
  '[&_h6]:mt-3 [&_h6]:mb-1 [&_h6]:text-base [&_h6]:font-medium [&_h6]:text-slate-900',
  '[&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-6 [&_li]:my-1',
  '[&_li>p]:my-1 [&_li>ul]:my-1 [&_li>ol]:my-1',
  '[&_a]:underline [&_a]:[overflow-wrap:anywhere]',
  '[&_blockquote]:my-2 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_blockquote]:text-slate-700',
  '[&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:font-mono [&_code]:text-[0.9em]',
  '[&_pre]:my-2 [&_pre]:overflow-x-auto [&_pre]:rounded-md [&_pre]:bg-slate-100 [&_pre]:p-3 [&_pre_code]:p-0',
  '[&_table]:my-2 [&_table]:block [&_table]:max-w-full [&_table]:overflow-x-auto [&_table]:border-collapse',
  '[&_th]:border [&_th]:border-slate-300 [&_th]:bg-slate-50 [&_th]:px-2 [&_th]:py-1 [&_th]:font-semibold',
  '[&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_td]:py-1',
  '[&_hr]:my-4 [&_hr]:border-slate-200 [&_del]:text-slate-700',
].join(' ');

/**
 * Text written in Markdown, shown sanitized (see lib/markdown.ts). The one place where user text
 * becomes HTML: everything else renders it as React text.
 */
export function Markdown({ text, className = '' }: { text: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(text), [text]);
  return <div className={`${PROSE} ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
