import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseWorkspace, workspaceFlag } from '../../../../electron/shell/workspace-location';

describe('workspaceFlag', () => {
  const cwd = path.resolve('/home/ana');
  it('reads --workspace DIR and --workspace=DIR, resolved against the working folder', () => {
    expect(workspaceFlag(['/usr/bin/newsroom', '--workspace', 'desk'], cwd)).toBe(
      path.join(cwd, 'desk'),
    );
    expect(workspaceFlag(['electron', '.', '--workspace=/srv/ws'], cwd)).toBe(
      path.resolve('/srv/ws'),
    );
  });

  it('is null when absent, empty or followed by another flag', () => {
    expect(workspaceFlag(['newsroom'], cwd)).toBeNull();
    expect(workspaceFlag(['newsroom', '--workspace'], cwd)).toBeNull();
    expect(workspaceFlag(['newsroom', '--workspace='], cwd)).toBeNull();
    expect(workspaceFlag(['newsroom', '--workspace', '--inspect'], cwd)).toBeNull();
    expect(workspaceFlag(['newsroom', '--', '--workspace', 'x'], cwd)).toBeNull();
  });
});

describe('chooseWorkspace', () => {
  it('prefers the flag, then the remembered folder, then the default', () => {
    const defaultDir = '/home/ana/Documents/Newsroom';
    expect(chooseWorkspace({ flag: '/f', remembered: '/r', defaultDir })).toEqual({
      dir: '/f',
      source: 'flag',
    });
    expect(chooseWorkspace({ flag: null, remembered: '/r', defaultDir })).toEqual({
      dir: '/r',
      source: 'settings',
    });
    expect(chooseWorkspace({ flag: null, remembered: undefined, defaultDir })).toEqual({
      dir: defaultDir,
      source: 'default',
    });
  });
});
