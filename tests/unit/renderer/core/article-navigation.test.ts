import { afterEach, describe, expect, it } from 'vitest';
import { createArticle, type Article } from '../../../../core/article/article';
import type { OpenedArticle, SaveResult } from '../../../../electron/ipc/contract';
import {
  ArticleNavigation,
  firstShown,
  type Shown,
} from '../../../../renderer/src/core/article-navigation';
import { SaveSession } from '../../../../renderer/src/core/save-session';

const sessions: SaveSession[] = [];

afterEach(() => {
  for (const session of sessions.splice(0)) session.dispose();
});

const opened = (headline: string): OpenedArticle => ({
  article: createArticle({ headline }),
  revision: 'r1',
});

/** A navigation over a log of what reached the main process, and what it put on screen. */
function setup(options: { readOnly?: boolean; snapshotFails?: boolean; saveFails?: boolean } = {}) {
  const first = opened('First');
  const log: string[] = [];
  let screen: Shown | null = firstShown(first);
  const navigation = new ArticleNavigation({
    opened: first,
    readOnly: options.readOnly ?? false,
    snapshot: async (id) => {
      log.push(`snapshot ${id}`);
      if (options.snapshotFails) throw new Error('disk full');
    },
    show: (shown) => {
      screen = shown;
    },
  });
  /** The article view of what is on screen: its save session, `article` composed as edited. */
  const mount = () => {
    let article: Article = screen!.opened.article;
    const session = new SaveSession({
      revision: screen!.opened.revision,
      save: async (written): Promise<SaveResult> => {
        log.push(`save ${written.id} "${written.headline}"`);
        if (options.saveFails) throw new Error('disk full');
        return { ok: true, revision: 'r2', updated: new Date().toISOString() };
      },
      // Saves only when asked to: the tests flush through the navigation.
      delayMs: 60_000,
    });
    session.attach({
      compose: () => article,
      onSaved: (saved) => navigation.saved(saved),
    });
    sessions.push(session);
    navigation.attach(session);
    return {
      session,
      edit: (headline: string) => {
        article = { ...article, headline };
        session.changed();
      },
    };
  };
  return { first, log, navigation, mount, screen: () => screen };
}

describe('ArticleNavigation', () => {
  it('saves the open article before showing the next, then keeps a snapshot of the edited one', async () => {
    const { first, log, navigation, mount, screen } = setup();
    mount().edit('First, edited');
    const second = opened('Second');
    await navigation.open(second.article.id, async () => {
      log.push(`open ${second.article.id}`);
      return second;
    });
    expect(log).toEqual([
      `save ${first.article.id} "First, edited"`,
      `snapshot ${first.article.id}`,
      `open ${second.article.id}`,
    ]);
    expect(screen()).toEqual({
      opened: second,
      unsaved: false,
      fresh: false,
      load: 2,
      notice: null,
    });
  });

  it('keeps no snapshot of an article left unedited, reopened, or in a read-only workspace', async () => {
    const unedited = setup();
    unedited.mount();
    await unedited.navigation.open('other', async () => opened('Other'));
    expect(unedited.log).toEqual([]);

    const reopened = setup();
    reopened.mount().edit('Again');
    await reopened.navigation.open(reopened.first.article.id, async () => reopened.first);
    expect(reopened.log).toEqual([`save ${reopened.first.article.id} "Again"`]);

    const readOnly = setup({ readOnly: true });
    readOnly.mount().edit('Not kept');
    await readOnly.navigation.leave(null);
    expect(readOnly.log.filter((line) => line.startsWith('snapshot'))).toEqual([]);
  });

  it('moves on when the snapshot cannot be taken, and takes it once only', async () => {
    const { first, log, navigation, mount, screen } = setup({ snapshotFails: true });
    mount().edit('Edited');
    const next = opened('Next');
    await navigation.open(null, async () => next, { fresh: true });
    expect(screen()).toMatchObject({ opened: next, fresh: true });
    await navigation.leave(null);
    expect(log.filter((line) => line.startsWith('snapshot'))).toEqual([
      `snapshot ${first.article.id}`,
    ]);
  });

  it('shows what was asked for last, whichever answer comes back last', async () => {
    const { navigation, screen } = setup();
    const slow = opened('Slow');
    const quick = opened('Quick');
    let answerSlow!: (value: OpenedArticle) => void;
    const first = navigation.open(
      slow.article.id,
      () => new Promise<OpenedArticle>((resolve) => (answerSlow = resolve)),
    );
    await navigation.open(quick.article.id, async () => quick);
    answerSlow(slow);
    await first;
    expect(screen()?.opened).toBe(quick);
  });

  it('closes the view of a deleted article and leaves others alone', () => {
    const { first, navigation, mount, screen } = setup();
    const { session, edit } = mount();
    navigation.close('another-article');
    expect(screen()?.opened).toBe(first);
    navigation.close(first.article.id);
    expect(screen()).toBeNull();
    // The deleted article's view no longer saves.
    edit('Typed after the delete');
    expect(session.hasUnsavedChanges).toBe(false);
  });

  it('hands back the text it could not save as the window closes', async () => {
    const saving = setup();
    saving.mount().edit('Saved in time');
    expect(await saving.navigation.closeWindow()).toBeNull();

    const failing = setup({ saveFails: true });
    failing.mount().edit('Kept for recovery');
    expect(await failing.navigation.closeWindow()).toMatchObject({ headline: 'Kept for recovery' });
  });
});
