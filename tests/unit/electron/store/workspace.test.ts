import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace, defaultWorkspaceDir } from '../../../../electron/store/workspace';
import { freshWorkspace } from './fresh-workspace';

const t = freshWorkspace();

describe('Workspace opening and closing', () => {
  it('defaults to ~/Documents/Newsroom', () => {
    expect(defaultWorkspaceDir('/home/ann')).toBe(path.join('/home/ann', 'Documents', 'Newsroom'));
    expect(defaultWorkspaceDir()).toBe(path.join(os.homedir(), 'Documents', 'Newsroom'));
  });

  it('creates the layout, including a missing workspace folder', async () => {
    const nested = path.join(t.dir, 'deep', 'Newsroom');
    const other = await Workspace.open(nested);
    expect(other.root).toBe(nested);
    expect(existsSync(path.join(nested, '.trash'))).toBe(true);
    expect(existsSync(path.join(nested, '.newsroom', 'lock'))).toBe(true);
    await other.close();
    expect(existsSync(path.join(nested, '.newsroom', 'lock'))).toBe(false);
  });

  it('refuses to work after close', async () => {
    await t.ws.close();
    await expect(t.ws.articles.list()).rejects.toThrow(/closed/);
  });
});
