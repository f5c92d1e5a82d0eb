import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page, type WebSocketRoute } from '@playwright/test';
import * as Y from 'yjs';
import { deskText } from '../../core/desk/desk-layout';
import { addDeskUser } from '../../electron/desk-server/desk-users';
import { fromBase64 } from '../../electron/desk/base64';
import { contentOf, savedArticle } from '../unit/electron/desk-server/desk-fixture';
import {
  DeskClient,
  startRedis,
  startServer,
  until,
  type RedisProcess,
  type ServerProcess,
} from '../unit/electron/desk-server/desk-harness';
import {
  bodyOf,
  caretAtEnd,
  caretAtEndOfParagraph,
  deskWindow,
  deskWithStory,
  openStory,
  photoField,
  saveIndicator,
  shownArticle,
  story,
  typeAtEnd,
  type Desk,
} from './desk-support';
import { launchApp, repoRoot, type LaunchedApp } from './harness';

const screenshots = join(repoRoot, 'tests', 'e2e', 'screenshots');
let desk: Desk;
let redis: RedisProcess | null = null;
const servers: ServerProcess[] = [];
const windows: LaunchedApp[] = [];
// People type a few keys a second; this is many times faster and still lets each key be a keystroke.
const KEY_DELAY_MS = 15;
// A window's desk client retries a lost desk with backoff up to 30 s (DeskClient), so it is back
// within this; the window's own link can bring the text back sooner.
const RECONNECTED_WITHIN_MS = 45_000;

// Three Chromiums, two servers and Redis per test: on a busy 2-core machine that takes minutes.
test.describe.configure({ timeout: 300_000 });

test.beforeEach(async () => {
  desk = await deskWithStory();
});
test.afterEach(async () => {
  await Promise.all(windows.splice(0).map((w) => w.close().catch(() => undefined)));
  await Promise.all(servers.splice(0).map((s) => s.stop()));
  await redis?.stop();
  redis = null;
  await desk.remove();
});

async function server(
  options: { redis?: string; port?: number; data?: string } = {},
): Promise<ServerProcess> {
  const started = await startServer({ data: desk.data, users: desk.users, ...options });
  servers.push(started);
  return started;
}

async function stop(started: ServerProcess): Promise<void> {
  servers.splice(servers.indexOf(started), 1);
  expect(await started.stop()).toBe(0);
}

async function open(laptop: string, url: string, token: string): Promise<LaunchedApp> {
  const app = await deskWindow(join(desk.dir, laptop), url, token);
  windows.push(app);
  await openStory(app.page);
  return app;
}

/** Waits until every window shows the same article, and returns it. */
async function converged(apps: LaunchedApp[], timeout?: number) {
  // The fields where a window differs from the first, with both values, so a failure says what.
  await expect
    .poll(
      async () => {
        const [first, ...others] = await Promise.all(apps.map((app) => shownArticle(app.page)));
        return others.flatMap((other, i) =>
          Object.entries(other)
            .filter(([field, value]) => first![field as keyof typeof other] !== value)
            .map(
              ([field, value]) =>
                `${field} in window ${i + 2}: ${JSON.stringify(value)} ≠ ${JSON.stringify(first![field as keyof typeof other])}`,
            ),
        );
      },
      { timeout },
    )
    .toEqual([]);
  return shownArticle(apps[0]!.page);
}

/** The save indicator's words over time, as the window showed them. */
async function followIndicator(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const seen: string[] = [];
    const element = document.querySelector('.desk-indicator')!;
    const note = () => {
      const text = element.textContent ?? '';
      if (seen[seen.length - 1] !== text) seen.push(text);
    };
    note();
    new MutationObserver(note).observe(element, {
      subtree: true,
      characterData: true,
      childList: true,
    });
    (window as unknown as { __indicator: string[] }).__indicator = seen;
  });
  return () => page.evaluate(() => (window as unknown as { __indicator: string[] }).__indicator);
}

const truthful = /^(Saving…|Saved on this computer|Synced|Offline — \d+ changes? waiting)$/;

test('two windows typing at once into one paragraph, headline and caption converge', async () => {
  const { url } = await server();
  const a = await open('laptop-a', url, desk.tokens.reporter);
  const b = await open('laptop-b', url, desk.tokens.editor);
  const typed = {
    a: {
      body: ' Rescuers reached the farm.',
      headline: ' as dams hold',
      caption: ' Looking north.',
    },
    b: { body: ' Power is back in town.', headline: ' overnight', caption: ' Taken from a boat.' },
  };
  // Both carets are placed first, then both type at once: a caret placed while the other's letters
  // arrive lands after them, as it should, and would split nothing but the test's expectations.
  const round = async (
    place: (page: Page) => Promise<void>,
    field: 'body' | 'headline' | 'caption',
  ) => {
    await Promise.all([place(a.page), place(b.page)]);
    await Promise.all([
      a.page.keyboard.type(typed.a[field], { delay: KEY_DELAY_MS }),
      b.page.keyboard.type(typed.b[field], { delay: KEY_DELAY_MS }),
    ]);
    await converged([a, b]);
  };
  await round((page) => caretAtEndOfParagraph(page, 1), 'body');
  await round((page) => caretAtEnd(page.getByLabel('Headline')), 'headline');
  await round((page) => caretAtEnd(photoField(page, 'Caption')), 'caption');

  const shown = await converged([a, b]);
  for (const words of [typed.a, typed.b]) {
    expect(shown.body).toContain(words.body.trim());
    expect(shown.headline).toContain(words.headline.trim());
    expect(shown.caption).toContain(words.caption.trim());
  }
  expect(shown.headline.startsWith(story.headline)).toBe(true);
  expect(shown.caption.startsWith(story.caption)).toBe(true);
  expect(shown.headline.length).toBe(
    story.headline.length + typed.a.headline.length + typed.b.headline.length,
  );
  await expect(bodyOf(b.page).locator('p')).toHaveCount(3);
  await expect(saveIndicator(a.page)).toHaveText('Synced');
  await expect(saveIndicator(b.page)).toHaveText('Synced');

  // Each sees the other's caret in the body, named, and the name is not part of the text.
  await caretAtEndOfParagraph(b.page, 0);
  await caretAtEndOfParagraph(a.page, 2);
  await expect(
    bodyOf(a.page).locator('p').nth(0).locator('.desk-caret[data-name="Ed Editor"]'),
  ).toBeVisible();
  await expect(
    bodyOf(b.page).locator('p').nth(2).locator('.desk-caret[data-name="Rita Reporter"]'),
  ).toBeVisible();
  // The lead photo that came with the old article.json reaches each laptop from the desk.
  for (const app of [a, b])
    await expect
      .poll(() =>
        app.page
          .getByRole('complementary', { name: 'Lead photo' })
          .locator('img')
          .evaluate((img: HTMLImageElement) => img.naturalWidth),
      )
      .toBeGreaterThan(0);
  expect(await bodyOf(a.page).innerText()).not.toContain('Ed Editor');
  // Each typed in the body: the toolbar offers to undo it (the desk's undo, not ProseMirror's).
  for (const app of [a, b])
    await expect(app.page.getByRole('button', { name: 'Undo' })).toBeEnabled();
  await a.page.screenshot({ path: join(screenshots, 'desk-reporter.png') });
  await b.page.screenshot({ path: join(screenshots, 'desk-editor.png') });

  // The desk's folder holds what the windows show.
  await expect
    .poll(async () => (await savedArticle(desk.data, desk.id)).headline)
    .toBe(shown.headline);
});

test('reporter, editor and photo editor on two servers sharing Redis work one story', async () => {
  redis = await startRedis();
  // Each server keeps its own folder, both seeded from the same old article.json.
  const second = join(desk.dir, 'data-two');
  await cp(desk.data, second, { recursive: true });
  const one = await server({ redis: redis.url });
  const two = await server({ redis: redis.url, data: second });
  const reporter = await open('reporter', one.url, desk.tokens.reporter);
  const editor = await open('editor', two.url, desk.tokens.editor);
  const photo = await open('photo', two.url, desk.tokens.photo);

  // The photo desk's window locks the text and says so; the photo's texts stay editable.
  await expect(photo.page.getByText('Photo desk', { exact: true })).toBeVisible();
  await expect(photo.page.getByText('Text read-only')).toBeVisible();
  for (const label of ['Kicker', 'Headline', 'Standfirst', 'Byline', 'Dateline'])
    await expect(photo.page.getByLabel(label)).not.toBeEditable();
  await expect(bodyOf(photo.page)).toHaveAttribute('contenteditable', 'false');
  await typeAtEnd(photo.page.getByLabel('Headline'), ' (photo)', KEY_DELAY_MS);

  await Promise.all([
    (async () => {
      await caretAtEndOfParagraph(reporter.page, 2);
      await reporter.page.keyboard.type(' The army sent boats.', { delay: KEY_DELAY_MS });
    })(),
    (async () => {
      await typeAtEnd(editor.page.getByLabel('Headline'), ', farms cut off', KEY_DELAY_MS);
      await typeAtEnd(editor.page.getByLabel('Kicker'), 'Weather', KEY_DELAY_MS);
    })(),
    (async () => {
      await typeAtEnd(photoField(photo.page, 'Caption'), ' Looking east.', KEY_DELAY_MS);
      await photoField(photo.page, 'Credit').fill('Pia Photo / Desk');
    })(),
  ]);

  const shown = await converged([reporter, editor, photo]);
  expect(shown.headline).toBe(`${story.headline}, farms cut off`);
  expect(shown.kicker).toBe('Weather');
  expect(shown.body).toContain('Roads stay shut. The army sent boats.');
  expect(shown.caption).toBe(`${story.caption} Looking east.`);
  expect(shown.credit).toBe('Pia Photo / Desk');
  for (const app of [reporter, editor, photo])
    await expect(saveIndicator(app.page)).toHaveText('Synced');

  // The language is the document's: the editor picks it, every window's fields follow.
  await expect(photo.page.getByLabel('Language', { exact: true })).not.toBeEditable();
  const language = editor.page.getByLabel('Language', { exact: true });
  await language.click();
  await language.fill('Arabic');
  await language.press('Enter');
  for (const app of [reporter, editor, photo]) {
    await expect(app.page.getByLabel('Language', { exact: true })).toHaveValue(
      'Arabic — العربية (ar)',
    );
    for (const field of [app.page.getByLabel('Headline'), bodyOf(app.page)]) {
      await expect(field).toHaveAttribute('lang', 'ar');
      await expect(field).toHaveAttribute('dir', 'rtl');
    }
    await expect(photoField(app.page, 'Caption')).toHaveAttribute('dir', 'rtl');
  }

  // The server refuses a text change from the photo role, whatever client sends it.
  const sneaky = new DeskClient(two.url, desk.tokens.photo);
  try {
    const doc = sneaky.open(desk.id);
    await until(() => sneaky.allSynced());
    deskText(doc, 'headline').insert(0, 'Exclusive: ');
    await until(() => sneaky.refusals.length > 0);
    expect(sneaky.refusals[0]).toBe('refused: the photo role may not change the headline');
  } finally {
    sneaky.destroy();
  }
  await expect(reporter.page.getByLabel('Headline')).toHaveValue(
    `${story.headline}, farms cut off`,
  );
  await expect(editor.page.getByLabel('Headline')).toHaveValue(`${story.headline}, farms cut off`);

  // Each server's folder holds the story as the windows show it.
  for (const data of [desk.data, second])
    await expect
      .poll(async () => {
        const saved = await savedArticle(data, desk.id);
        const { headline, kicker, language, leadPhoto } = saved;
        return [headline, kicker, language, leadPhoto?.caption, leadPhoto?.credit];
      })
      .toEqual([shown.headline, 'Weather', 'ar', shown.caption, 'Pia Photo / Desk']);
});

test('both windows offline: edits in every field wait, then converge when the desk is back', async () => {
  const first = await server();
  const a = await open('laptop-a', first.url, desk.tokens.reporter);
  const b = await open('laptop-b', first.url, desk.tokens.editor);
  await expect(saveIndicator(a.page)).toHaveText('Synced');
  const seenA = await followIndicator(a.page);

  await stop(first);
  for (const app of [a, b])
    await expect(saveIndicator(app.page)).toHaveText('Offline — 0 changes waiting');

  const edit = async (page: Page, who: string) => {
    await typeAtEnd(page.getByLabel('Kicker'), `${who} kicker`, KEY_DELAY_MS);
    await typeAtEnd(page.getByLabel('Headline'), ` ${who}`, KEY_DELAY_MS);
    await typeAtEnd(page.getByLabel('Standfirst'), `${who} standfirst.`, KEY_DELAY_MS);
    await typeAtEnd(page.getByLabel('Byline'), `${who} byline`, KEY_DELAY_MS);
    await typeAtEnd(page.getByLabel('Dateline'), `${who} dateline`, KEY_DELAY_MS);
    await caretAtEndOfParagraph(page, 0);
    await page.keyboard.type(` ${who} body.`, { delay: KEY_DELAY_MS });
    await typeAtEnd(photoField(page, 'Caption'), ` ${who} caption.`, KEY_DELAY_MS);
    await typeAtEnd(photoField(page, 'Credit'), ` ${who}`, KEY_DELAY_MS);
  };
  await Promise.all([edit(a.page, 'Alpha'), edit(b.page, 'Bravo')]);
  for (const app of [a, b])
    await expect(saveIndicator(app.page)).toHaveText(/^Offline — [1-9]\d* changes? waiting$/);
  expect(await shownArticle(a.page)).not.toEqual(await shownArticle(b.page));

  await server({ port: first.port });
  const shown = await converged([a, b], RECONNECTED_WITHIN_MS);
  for (const who of ['Alpha', 'Bravo']) {
    expect(shown.kicker).toContain(`${who} kicker`);
    expect(shown.headline).toContain(` ${who}`);
    expect(shown.standfirst).toContain(`${who} standfirst.`);
    expect(shown.byline).toContain(`${who} byline`);
    expect(shown.dateline).toContain(`${who} dateline`);
    expect(shown.body).toContain(` ${who} body.`);
    expect(shown.caption).toContain(` ${who} caption.`);
    expect(shown.credit).toContain(` ${who}`);
  }
  for (const app of [a, b])
    await expect(saveIndicator(app.page)).toHaveText('Synced', { timeout: RECONNECTED_WITHIN_MS });
  const seen = await seenA();
  for (const text of seen) expect(text).toMatch(truthful);
  expect(seen.at(-1)).toBe('Synced');
  expect(seen).toContain('Offline — 0 changes waiting');
});

/** The desk sockets a window opens from now on, and how many frames each has received. */
function watchSockets(page: Page): { url: string; received: number }[] {
  const sockets: { url: string; received: number }[] = [];
  page.on('websocket', (socket) => {
    const seen = { url: socket.url(), received: 0 };
    sockets.push(seen);
    socket.on('framereceived', () => void (seen.received += 1));
  });
  return sockets;
}

test('each window reaches the desk itself: keystrokes do not cross the main process', async () => {
  const started = await server();
  const a = await open('laptop-a', started.url, desk.tokens.reporter);
  const b = await deskWindow(join(desk.dir, 'laptop-b'), started.url, desk.tokens.editor);
  windows.push(b);
  const sockets = watchSockets(b.page);
  await openStory(b.page);
  await expect(saveIndicator(b.page)).toHaveText('Synced');
  // The connection loads with the article and may open after the main process has synced it.
  await expect.poll(() => sockets.length).toBe(1);
  expect(new URL(sockets[0]!.url).origin).toBe(new URL(started.url).origin);
  // In the document once the desk has let it in and answered its sync (two messages at least).
  await expect.poll(() => sockets[0]!.received).toBeGreaterThanOrEqual(2);
  const before = sockets[0]!.received;

  await typeAtEnd(a.page.getByLabel('Headline'), ' live', KEY_DELAY_MS);
  await caretAtEndOfParagraph(a.page, 0);
  await a.page.keyboard.type(' Heard at once.', { delay: KEY_DELAY_MS });
  const shown = await converged([a, b]);
  expect(shown.headline).toBe(`${story.headline} live`);
  // The keys reached window B over its own socket: the headline's one message a key, the body's
  // at least one (keys typed within one frame are written to the document, and sent, together).
  await expect.poll(() => sockets[0]!.received - before).toBeGreaterThanOrEqual(' live'.length + 1);
  for (const app of [a, b]) await expect(saveIndicator(app.page)).toHaveText('Synced');
  await expect
    .poll(async () => (await savedArticle(desk.data, desk.id)).headline)
    .toBe(`${story.headline} live`);
});

test('a window whose own link falls silent, then drops, misses nothing of others’ typing', async () => {
  const started = await server();
  const a = await open('laptop-a', started.url, desk.tokens.reporter);
  const b = await deskWindow(join(desk.dir, 'laptop-b'), started.url, desk.tokens.editor);
  windows.push(b);
  // Window B's own link runs through this route: it can fall silent, drop, and be refused.
  let link: 'open' | 'silent' | 'refused' = 'open';
  const links: WebSocketRoute[] = [];
  const sockets = watchSockets(b.page);
  await b.page.routeWebSocket(
    (url) => url.port === String(started.port),
    (page) => {
      if (link === 'refused') return void page.close({ code: 1011, reason: 'cut' });
      const desk = page.connectToServer();
      desk.onMessage((message) => link === 'open' && page.send(message));
      page.onMessage((message) => desk.send(message));
      links.push(page);
    },
  );
  await openStory(b.page);
  await expect(saveIndicator(b.page)).toHaveText('Synced');
  await expect.poll(() => sockets.at(-1)?.received ?? 0).toBeGreaterThanOrEqual(2);

  // The desk's messages stop reaching the window's link, which does not know yet: the main
  // process still hears them.
  link = 'silent';
  await typeAtEnd(a.page.getByLabel('Headline'), ' unheard', KEY_DELAY_MS);
  await expect(saveIndicator(a.page)).toHaveText('Synced');
  // Then the link drops and cannot come back: the window gets what it missed from the main process.
  link = 'refused';
  for (const route of links) await route.close({ code: 1011, reason: 'cut' });
  await expect(b.page.getByLabel('Headline')).toHaveValue(`${story.headline} unheard`);
  // And what others type meanwhile comes through the main process.
  await typeAtEnd(a.page.getByLabel('Headline'), ' relayed', KEY_DELAY_MS);
  await expect(b.page.getByLabel('Headline')).toHaveValue(`${story.headline} unheard relayed`);

  // The link comes back and carries the keys again.
  link = 'open';
  const opened = sockets.length;
  await expect
    .poll(() => sockets.length, { timeout: RECONNECTED_WITHIN_MS })
    .toBeGreaterThan(opened);
  await expect.poll(() => sockets.at(-1)!.received).toBeGreaterThanOrEqual(2);
  const before = sockets.at(-1)!.received;
  await caretAtEndOfParagraph(a.page, 0);
  await a.page.keyboard.type(' Back.', { delay: KEY_DELAY_MS });
  const shown = await converged([a, b]);
  expect(shown.headline).toBe(`${story.headline} unheard relayed`);
  await expect.poll(() => sockets.at(-1)!.received - before).toBeGreaterThanOrEqual(1);
  for (const app of [a, b]) await expect(saveIndicator(app.page)).toHaveText('Synced');
});

test('a desk joined after the window loaded is reached through the main process', async () => {
  const started = await server();
  const a = await open('laptop-a', started.url, desk.tokens.reporter);
  // Solo at first: the page's policy names no desk, so it opens no socket of its own later.
  const b = await launchApp({ workspace: join(desk.dir, 'laptop-b') });
  windows.push(b);
  const sockets = watchSockets(b.page);
  await b.page.getByRole('button', { name: 'Settings' }).click();
  await b.page.getByLabel('Desk address').fill(started.url);
  await b.page.getByLabel('Token').fill(desk.tokens.editor);
  await b.page.getByRole('button', { name: 'Connect' }).click();
  await openStory(b.page);

  await typeAtEnd(a.page.getByLabel('Headline'), ' relayed', KEY_DELAY_MS);
  await typeAtEnd(b.page.getByLabel('Headline'), ' both', KEY_DELAY_MS);
  const shown = await converged([a, b]);
  expect(shown.headline).toContain(' relayed');
  expect(shown.headline).toContain(' both');
  for (const app of [a, b]) await expect(saveIndicator(app.page)).toHaveText('Synced');
  expect(sockets).toEqual([]);
});

test('a window killed with unsynced changes keeps them offline and sends them when back', async () => {
  const first = await server();
  const laptop = 'laptop-a';
  const a = await open(laptop, first.url, desk.tokens.reporter);
  const b = await open('laptop-b', first.url, desk.tokens.editor);
  await expect(saveIndicator(a.page)).toHaveText('Synced');
  await stop(first);
  await expect(saveIndicator(a.page)).toHaveText('Offline — 0 changes waiting');

  await typeAtEnd(a.page.getByLabel('Headline'), ' before the crash', KEY_DELAY_MS);
  await caretAtEndOfParagraph(a.page, 1);
  await a.page.keyboard.type(' Written on the train.', { delay: KEY_DELAY_MS });
  await typeAtEnd(photoField(a.page, 'Caption'), ' Unsynced caption.', KEY_DELAY_MS);
  await expect(saveIndicator(a.page)).toHaveText(/^Offline — [1-9]\d* changes? waiting$/);
  const typed = await shownArticle(a.page);
  windows.splice(windows.indexOf(a), 1);
  await a.crash();

  // Started again with the desk still away: the changes come from the laptop's own log.
  const again = await open(laptop, first.url, desk.tokens.reporter);
  expect(await shownArticle(again.page)).toEqual(typed);
  await expect(saveIndicator(again.page)).toHaveText(/^Offline — [1-9]\d* changes? waiting$/);
  await expect(b.page.getByLabel('Headline')).toHaveValue(story.headline);

  await server({ port: first.port });
  const shown = await converged([again, b], RECONNECTED_WITHIN_MS);
  expect(shown).toEqual(typed);
  for (const app of [again, b])
    await expect(saveIndicator(app.page)).toHaveText('Synced', { timeout: RECONNECTED_WITHIN_MS });
  await expect
    .poll(async () => (await savedArticle(desk.data, desk.id)).headline)
    .toBe(`${story.headline} before the crash`);
});

test('a photo editor’s body text the desk refuses leaves the window, kept in a file; her caption syncs', async () => {
  const first = await server();
  const reporter = await open('reporter', first.url, desk.tokens.reporter);
  // Pia opened the story on the desk once, so her laptop holds it.
  const once = await open('photo', first.url, desk.tokens.photo);
  await expect(saveIndicator(once.page)).toHaveText('Synced');
  windows.splice(windows.indexOf(once), 1);
  await once.close();

  // On the train, the desk out of reach, her laptop signs in with a new token it has never
  // connected with: her window cannot know her role, so the body takes her typing.
  await stop(first);
  const newToken = await addDeskUser(desk.users, 'Pia Photo (new token)', 'photo');
  const photo = await open('photo', first.url, newToken);
  await expect(bodyOf(photo.page)).toHaveAttribute('contenteditable', 'true');
  await expect(photo.page.getByText('Photo desk', { exact: true })).toBeHidden();
  await caretAtEndOfParagraph(photo.page, 0);
  await photo.page.keyboard.type(' Typed by the photo desk.', { delay: KEY_DELAY_MS });
  // An edit she may make, right after, waits behind the one she may not.
  await typeAtEnd(photoField(photo.page, 'Caption'), ' Looking north.', KEY_DELAY_MS);
  await expect(saveIndicator(photo.page)).toHaveText(/^Offline — [1-9]\d* changes? waiting$/);

  const { url } = await server({ port: first.port });
  // Back on the desk, which says who she is; then it refuses the body edit.
  await expect(photo.page.getByText('Photo desk', { exact: true })).toBeVisible({
    timeout: RECONNECTED_WITHIN_MS,
  });
  const notice = photo.page.getByRole('alert').filter({ hasText: 'not accepted by the desk' });
  try {
    await expect(notice).toBeVisible({ timeout: RECONNECTED_WITHIN_MS });
  } catch (error) {
    const state = await photo.page.evaluate("window.__newsroomInvoke('desk:state', undefined)");
    throw new Error(`${(error as Error).message}\nthe window's desk: ${JSON.stringify(state)}`, {
      cause: error,
    });
  }
  const dir = join(desk.dir, 'photo', '.newsroom', 'desk-refused');
  const names = await readdir(dir);
  expect(names).toHaveLength(1);
  const file = join(dir, names[0]!);
  await expect(notice.locator('p')).toHaveText(
    `Your change to the body was not accepted by the desk: the photo role may change photos and their captions, not the body text. It was kept in ${file}.`,
  );
  // The refused text leaves her window; the caption stays, reaches the desk, and the count is true.
  await expect(bodyOf(photo.page)).not.toContainText('Typed by the photo desk.');
  await expect(bodyOf(photo.page).locator('p').first()).toHaveText(story.paragraphs[0]!);
  await expect(photoField(photo.page, 'Caption')).toHaveValue(`${story.caption} Looking north.`);
  await expect(photoField(reporter.page, 'Caption')).toHaveValue(`${story.caption} Looking north.`);
  await expect(saveIndicator(photo.page)).toHaveText('Synced');
  await expect(bodyOf(photo.page)).toHaveAttribute('contenteditable', 'false');

  // The message does not stand in the way: her next caption edit goes through while it shows.
  await typeAtEnd(photoField(photo.page, 'Caption'), ' From a boat.', KEY_DELAY_MS);
  await expect(photoField(reporter.page, 'Caption')).toHaveValue(
    `${story.caption} Looking north. From a boat.`,
  );
  await expect(saveIndicator(photo.page)).toHaveText('Synced');
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await expect(bodyOf(reporter.page)).not.toContainText('Typed by the photo desk.');

  // Nothing is lost: the file holds the article as she meant it and the refused change, which
  // someone allowed to make it can apply to the desk's document.
  const kept = JSON.parse(await readFile(file, 'utf8'));
  expect(kept).toMatchObject({
    id: desk.id,
    reason: 'the photo role may change photos and their captions, not the body text',
  });
  expect(kept.article.body.content[0].content[0].text).toBe(
    `${story.paragraphs[0]} Typed by the photo desk.`,
  );
  const reader = new DeskClient(url, desk.tokens.editor);
  try {
    const onDesk = reader.open(desk.id);
    await until(() => reader.allSynced());
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(onDesk));
    Y.applyUpdate(copy, fromBase64(kept.update));
    const replayed = contentOf(copy, desk.id);
    expect(JSON.stringify(replayed.body)).toContain(
      `${story.paragraphs[0]} Typed by the photo desk.`,
    );
    expect(replayed.leadPhoto?.caption).toBe(`${story.caption} Looking north. From a boat.`);
  } finally {
    reader.destroy();
  }
});

test('offline, a photo editor’s window keeps the role the desk last gave her: text locked, photo open', async () => {
  const first = await server();
  const once = await open('photo', first.url, desk.tokens.photo);
  await expect(saveIndicator(once.page)).toHaveText('Synced');
  await expect(once.page.getByText('Photo desk', { exact: true })).toBeVisible();
  windows.splice(windows.indexOf(once), 1);
  await once.close();

  // The desk out of reach: her window locks the text as it did online, and says so.
  await stop(first);
  const photo = await open('photo', first.url, desk.tokens.photo);
  await expect(photo.page.getByText('Photo desk', { exact: true })).toBeVisible();
  await expect(photo.page.getByText('Text read-only')).toBeVisible();
  for (const label of ['Kicker', 'Headline', 'Standfirst', 'Byline', 'Dateline'])
    await expect(photo.page.getByLabel(label)).not.toBeEditable();
  await expect(bodyOf(photo.page)).toHaveAttribute('contenteditable', 'false');
  await bodyOf(photo.page).locator('p').first().click();
  await photo.page.keyboard.type(' Typed by the photo desk.', { delay: KEY_DELAY_MS });
  await expect(bodyOf(photo.page)).not.toContainText('Typed by the photo desk.');
  await typeAtEnd(photoField(photo.page, 'Caption'), ' Looking south.', KEY_DELAY_MS);
  await expect(saveIndicator(photo.page)).toHaveText(/^Offline — [1-9]\d* changes? waiting$/);

  // Back on the desk, her caption goes through and nothing is refused.
  await server({ port: first.port });
  await expect(saveIndicator(photo.page)).toHaveText('Synced', { timeout: RECONNECTED_WITHIN_MS });
  await expect
    .poll(async () => (await savedArticle(desk.data, desk.id)).leadPhoto?.caption)
    .toBe(`${story.caption} Looking south.`);
  expect(JSON.stringify((await savedArticle(desk.data, desk.id)).body)).not.toContain(
    'Typed by the photo desk.',
  );
  await expect(readdir(join(desk.dir, 'photo', '.newsroom', 'desk-refused'))).rejects.toThrow(
    'ENOENT',
  );
});
