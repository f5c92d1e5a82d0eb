import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../core/article/article';
import { slugify } from '../../core/article/slug';
import {
  checkArticle,
  hasBlockers,
  type CheckConfig,
  type CheckFinding,
} from '../../core/checks/pre-export';
import type { FigureData } from '../../core/export/figure-html';
import { exportHtml, type HtmlForm } from '../../core/export/html';
import { articleFigures } from '../../core/export/json-ld';
import { exportNativeJson } from '../../core/export/native-json';
import { exportNewsml } from '../../core/export/newsml';
import { exportNinjs, ninjsErrors, serializeNinjs } from '../../core/export/ninjs';
import { exportNitf } from '../../core/export/nitf';
import { folderPhotoHref, photoMediaType } from '../../core/export/photo-href';
import type { ExportFormat, ExportResult } from '../ipc/contract';
import { atomicWrite } from '../store/atomic-write';
import type { Workspace } from '../store/workspace';
import { loadCheckConfig } from './check-config';
import { exportPhotoBytes, exportPhotoCopy } from './photo-copy';

export interface RunExportOptions {
  /** Export even when checks find blockers (the user confirmed). */
  force?: boolean;
  onProgress?: (done: number, total: number) => void;
  /** Check settings; default: the workspace's .newsroom/checks.json, or the built-in defaults. */
  checkConfig?: CheckConfig;
  /** Write one subfolder per article into `out` even for a single article (the CLI's --all). */
  batch?: boolean;
  /** Per-article findings, warnings included, as they are found. */
  onFindings?: (id: string, headline: string, findings: CheckFinding[]) => void;
  /**
   * Each file as soon as it is written. When given, `written` in the result stays empty, so a
   * batch of 100,000 articles never holds its list of files.
   */
  onWritten?: (file: string) => void | Promise<void>;
}

/** Files written for one article inside a batch subfolder. */
const batchFileNames: Record<ExportFormat, string> = {
  html: 'index.html',
  'html-single': 'index.html',
  'html-fragment': 'article.html',
  ninjs: 'article.ninjs.json',
  json: 'article.json',
  newsml: 'article.newsml.xml',
  nitf: 'article.nitf.xml',
};

/** Where a format's main file goes when `out` names it (html writes a folder with index.html). */
function mainFile(format: ExportFormat, out: string): string {
  return format === 'html' ? path.join(out, 'index.html') : out;
}

interface Job {
  id: string;
  article: Article;
}

/**
 * Exports articles: checks first (blockers stop everything unless forced), then one file or folder
 * each. Articles are read once to check and again to export, one at a time, so memory does not
 * grow with the number of articles.
 */
export async function runExport(
  ws: Workspace,
  ids: string[],
  format: ExportFormat,
  out: string,
  options: RunExportOptions = {},
): Promise<ExportResult> {
  if (ids.length === 0) throw new Error('nothing to export: no article ids given');
  const config = options.checkConfig ?? (await loadCheckConfig(ws.root));
  const blocked: { id: string; findings: CheckFinding[] }[] = [];
  for (const id of ids) {
    const { article } = await ws.articles.read(id);
    const findings = checkArticle(article, config);
    options.onFindings?.(id, article.headline, findings);
    if (hasBlockers(findings)) blocked.push({ id, findings });
  }
  if (blocked.length && !options.force) return { ok: false, blocked };

  const batch = options.batch ?? ids.length > 1;
  if (batch) await ensureFolder(out);
  const written: string[] = [];
  for (const [index, id] of ids.entries()) {
    const job: Job = { id, article: (await ws.articles.read(id)).article };
    // Changed by someone else since the check: a new blocker still stops the export.
    if (!options.force && hasBlockers(checkArticle(job.article, config)))
      throw new Error(
        `"${job.article.headline || id}" changed during the export and now has blockers; ${index} of ${ids.length} were written`,
      );
    const target = batch
      ? path.join(out, `${slugify(job.article.headline) || 'untitled'}--${job.id}`)
      : out;
    const file = batch ? path.join(target, batchFileNames[format]) : mainFile(format, target);
    await exportOne(ws, job, format, file);
    if (options.onWritten) await options.onWritten(file);
    else written.push(file);
    options.onProgress?.(index + 1, ids.length);
  }
  return { ok: true, written };
}

async function ensureFolder(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (info && !info.isDirectory()) throw new Error(`"${dir}" exists and is not a folder`);
  await mkdir(dir, { recursive: true });
}

async function exportOne(
  ws: Workspace,
  job: Job,
  format: ExportFormat,
  file: string,
): Promise<void> {
  const dir = path.dirname(file);
  await ensureFolder(dir);
  const figures = uniqueByFile(articleFigures(job.article));
  const label = `"${job.article.headline || job.id}"`;
  const source = async (figure: FigureData) => {
    try {
      const photo = await ws.photos.path(job.id, figure.file);
      const info = await stat(photo);
      if (!info.isFile()) throw new Error('not a file');
      return photo;
    } catch (error) {
      throw new Error(
        `photo "${figure.file}" of ${label} cannot be exported: ${(error as Error).message}`,
        { cause: error },
      );
    }
  };

  if (format === 'html-single') {
    const embedded = new Map<string, string>();
    for (const figure of figures) {
      const bytes = await exportPhotoBytes(await source(figure), dir, figure);
      embedded.set(
        figure.file,
        `data:${photoMediaType(figure.file)};base64,${Buffer.from(bytes).toString('base64')}`,
      );
    }
    const html = exportHtml(job.article, {
      form: 'single',
      photoHref: (name) => embedded.get(name) ?? '',
    });
    await atomicWrite(file, html, { label: file });
    return;
  }

  // Every other form links photos as photos/<file> beside the main file.
  for (const figure of figures)
    await exportPhotoCopy(await source(figure), path.join(dir, 'photos', figure.file), figure);
  const form: HtmlForm = format === 'html-fragment' ? 'fragment' : 'folder';
  const text =
    format === 'ninjs'
      ? validNinjs(job.article, label)
      : format === 'json'
        ? exportNativeJson(job.article)
        : format === 'newsml'
          ? exportNewsml(job.article)
          : format === 'nitf'
            ? exportNitf(job.article)
            : exportHtml(job.article, { form, photoHref: folderPhotoHref });
  await atomicWrite(file, text, { label: file });
}

// One copy per file: the lead photo's metadata wins when a figure reuses the same file.
function uniqueByFile(figures: FigureData[]): FigureData[] {
  const seen = new Set<string>();
  return figures.filter((figure) => {
    if (!figure.file || seen.has(figure.file)) return false;
    seen.add(figure.file);
    return true;
  });
}

// A document the schema rejects is never written: a consumer would refuse it anyway.
function validNinjs(article: Article, label: string): string {
  const doc = exportNinjs(article);
  const errors = ninjsErrors(doc);
  if (errors.length)
    throw new Error(
      `the ninjs export of ${label} does not validate: ${errors.slice(0, 3).join('; ')}`,
    );
  return serializeNinjs(doc);
}
