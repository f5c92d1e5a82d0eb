import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import type { BodyJSON } from '../../core/body/schema';
import { blankPhoto } from '../../core/article/photo';
import { Workspace } from '../../electron/store/workspace';
import { prose } from '../support/prose';
import { launchApp, repoRoot } from './harness';

const screenshots = join(repoRoot, 'tests', 'e2e', 'screenshots');
const photoFixture = resolve(
  repoRoot,
  '../shared/fixtures/photos/iptc-staff-photographer-example.jpg',
);

function body(...blocks: (string | ['h2', string])[]): BodyJSON {
  return {
    type: 'doc',
    content: blocks.map((block) =>
      Array.isArray(block)
        ? { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: block[1] }] }
        : { type: 'paragraph', content: [{ type: 'text', text: block }] },
    ),
  };
}

const stories = [
  {
    kicker: 'Transport',
    headline: 'Night trains return to the northern line after a decade',
    status: 'ready' as const,
    byline: 'Maria Jensen',
    dateline: 'Hamburg',
  },
  {
    kicker: 'Weather',
    headline: 'Storm warning lifted as the river falls below flood level',
    status: 'draft' as const,
    byline: 'Tom Okafor',
    dateline: 'Cologne',
  },
  {
    kicker: 'Culture',
    headline: 'The city library opens its rare-books room to the public',
    status: 'draft' as const,
    byline: 'Lena Vogel',
    dateline: 'Leipzig',
  },
  {
    kicker: 'Sport',
    headline: 'Harbour rowing club wins its first national title',
    status: 'ready' as const,
    byline: 'Sam Idris',
    dateline: 'Kiel',
  },
];

test('screenshots of the library and of the editor with a photo', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-shots-'));
  try {
    const ws = await Workspace.open(join(dir, 'Newsroom'));
    for (const story of stories) {
      await ws.articles.create({
        ...story,
        standfirst: '',
        body: body(
          'Passengers gathered on the platform long before the first departure, some carrying the timetables they had kept since the last service was cut.',
          'Officials said the route would run nightly through the winter.',
        ),
      });
    }
    const lead = await ws.articles.create({
      kicker: 'City hall',
      headline: 'Council approves the new harbour budget after a six-hour debate',
      standfirst:
        'The vote passed by a single voice, clearing the way for new quays, a ferry link and the first repairs to the old sea wall since 1962.',
      byline: 'Ana Reporter',
      dateline: 'Rotterdam',
      published: '2026-03-01T09:30:00+01:00',
      status: 'draft',
      body: body(
        'The council approved the harbour budget late on Tuesday, ending a debate that ran past midnight and split the governing coalition.',
        'Supporters said the money would keep the port competitive for a generation. Opponents warned that the costs of the sea wall had been underestimated.',
        ['h2', 'What the budget pays for'],
        'Most of the money goes to two new quays on the eastern bank and a ferry link to the new housing district.',
      ),
    });
    const file = await ws.photos.add(lead.article.id, {
      name: 'council-vote.jpg',
      bytes: new Uint8Array(await readFile(photoFixture)),
    });
    await ws.articles.save(
      {
        ...lead.article,
        leadPhoto: {
          ...blankPhoto(file),
          caption:
            'Councillors vote on the harbour budget in the city hall chamber on Tuesday evening.',
          credit: 'Staff/Jan Fotograaf',
          photographer: 'Jan Fotograaf',
          copyright: '© 2026 Rotterdam Daily',
          altText: 'Councillors raising their hands in a wood-panelled chamber.',
          fromFile: ['photographer'],
        },
      },
      lead.revision,
    );
    await ws.lastArticle.set(lead.article.id);
    await ws.close();

    const app = await launchApp({
      workspace: join(dir, 'Newsroom'),
      dialogs: { open: async () => [photoFixture] },
    });
    const { page } = app;
    await expect(page.getByLabel('Caption')).toHaveValue(/Councillors vote/);
    const img = page.getByRole('complementary', { name: 'Lead photo' }).locator('img');
    await expect
      .poll(() => img.evaluate((i: HTMLImageElement) => i.naturalWidth))
      .toBeGreaterThan(0);
    // The library list draws (and loads its code) at the first idle moment after the editor.
    await expect(
      page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first(),
    ).toBeVisible();
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'editor-with-photo.png') });

    await page.getByLabel('Filter articles').fill('harbour');
    await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(2);
    await page.getByLabel('Filter articles').fill('');
    await page.getByRole('button', { name: stories[2]!.headline, exact: true }).click();
    await expect(page.getByLabel('Headline')).toHaveValue(stories[2]!.headline);
    await page.screenshot({ path: join(screenshots, 'library.png') });

    // The photo panel right after attaching: values from the file are marked.
    const panel = page.getByRole('complementary', { name: 'Lead photo' });
    await panel.getByRole('button', { name: 'Attach photo' }).click();
    await expect(panel.getByText('from file')).toHaveCount(4);
    await panel.screenshot({ path: join(screenshots, 'photo-panel-prefilled.png') });
    await app.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('screenshot of the History dialog showing what changed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-shots-'));
  try {
    const ws = await Workspace.open(join(dir, 'Newsroom'));
    const created = await ws.articles.create({
      kicker: 'City hall',
      headline: 'Council delays the vote on the harbour budget',
      standfirst: 'Councillors asked for more time to study the costs of the sea wall.',
      byline: 'Ana Reporter',
      dateline: 'Rotterdam',
      body: body(
        'The council postponed its vote on the harbour budget on Monday after a debate that ran past midnight.',
        'Opponents warned that the costs of the sea wall had been underestimated.',
      ),
    });
    await ws.history.snapshot(created.article.id);
    const second = await ws.articles.save(
      {
        ...created.article,
        headline: 'Council approves the new harbour budget after a six-hour debate',
        standfirst:
          'The vote passed by a single voice, clearing the way for new quays and a ferry link.',
        body: body(
          'The council approved the harbour budget late on Tuesday, ending a debate that ran past midnight and split the governing coalition.',
          'Supporters said the money would keep the port competitive for a generation.',
          'Opponents warned that the costs of the sea wall had been underestimated.',
        ),
      },
      created.revision,
    );
    if (!second.ok) throw new Error('second save conflicted');
    await ws.lastArticle.set(created.article.id);
    await ws.close();

    const app = await launchApp({ workspace: join(dir, 'Newsroom') });
    const { page } = app;
    await expect(page.getByLabel('Headline')).toHaveValue(/approves/);
    await expect(
      page.getByRole('list', { name: 'Articles' }).getByRole('listitem').first(),
    ).toBeVisible();
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'editor.png') });

    await page.getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'History' });
    const older = dialog.getByRole('listitem').filter({ hasText: 'delays' });
    await older.getByRole('button', { name: /^Show changes/ }).click();
    await expect(dialog.locator('.diff-headline').getByRole('insertion')).not.toHaveCount(0);
    await page.screenshot({ path: join(screenshots, 'history-diff.png') });
    await page.setViewportSize({ width: 700, height: 800 });
    await page.screenshot({ path: join(screenshots, 'history-diff-narrow.png') });
    await app.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('screenshot of an Arabic article, and of the window laid out right to left', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'newsroom-shots-ar-'));
  try {
    const ws = await Workspace.open(join(dir, 'Newsroom'));
    // News prose (tests/fixtures/prose) under labels written for the screenshot; the headline and
    // the subheading are phrases of the first sentence.
    const [first, ...rest] = prose('ar.txt') as [string, ...string[]];
    const { article } = await ws.articles.create({
      language: 'ar',
      kicker: 'علوم',
      headline: 'أداة تشخيصية جديدة',
      standfirst: first,
      byline: 'سارة أحمد',
      dateline: 'ستانفورد',
      status: 'draft',
      body: {
        type: 'doc',
        content: [
          ...body(rest[0]!, ['h2', 'شريحة صغيرة قابلة للطباعة']).content!,
          {
            type: 'bulletList',
            content: [rest[1]!, ...prose('ar-mixed.txt')].map((text) => ({
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
            })),
          },
        ],
      },
    });
    await ws.lastArticle.set(article.id);
    await ws.close();

    const app = await launchApp({ workspace: join(dir, 'Newsroom') });
    const { page } = app;
    await expect(page.getByLabel('Headline')).toHaveValue('أداة تشخيصية جديدة');
    await expect(page.locator('.counts')).toContainText('words');
    await mkdir(screenshots, { recursive: true });
    await page.screenshot({ path: join(screenshots, 'editor-arabic.png') });

    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Window direction').selectOption('rtl');
    await page.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.screenshot({ path: join(screenshots, 'window-rtl.png') });
    await app.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
