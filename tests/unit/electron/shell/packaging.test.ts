import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
// electron-builder's own loader and validator (the code `npm run dist` runs), resolved through it.
const fromBuilder = createRequire(
  createRequire(path.join(repoRoot, 'package.json')).resolve('electron-builder'),
);
const { load: loadYaml } = fromBuilder('js-yaml') as { load(text: string): unknown };
const fromAppBuilder = createRequire(fromBuilder.resolve('app-builder-lib'));
const { validateConfiguration } = fromAppBuilder('./util/config/config') as {
  validateConfiguration(
    config: unknown,
    debugLogger: { isEnabled: boolean; add(): void },
  ): Promise<void>;
};

type Config = Record<string, unknown> & {
  electronFuses: Record<string, boolean>;
  linux: Record<string, unknown>;
  win: Record<string, unknown>;
  mac: Record<string, unknown>;
};
const config = loadYaml(
  readFileSync(path.join(repoRoot, 'electron-builder.yml'), 'utf8'),
) as Config;
const quietLogger = { isEnabled: false, add() {} };

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined();
  });

  it('the validation catches a misplaced option (so the check can fail)', async () => {
    await expect(
      validateConfiguration({ ...config, linux: { ...config.linux, title: 'x' } }, quietLogger),
    ).rejects.toThrow(/title/);
  });

  it('names the app and ships only the build output in an asar', () => {
    expect(config['appId']).toBe('org.newsroom.editor');
    expect(config['productName']).toBe('Newsroom');
    expect(config['files']).toEqual(['out/**', 'package.json']);
    expect(config['asar']).toBe(true);
  });

  it('targets AppImage + deb, NSIS and dmg', () => {
    expect(config.linux['target']).toEqual(['AppImage', 'deb']);
    expect(config.linux['category']).toBe('Office');
    expect(config.linux['maintainer']).toMatch(/<.+@.+>/);
    expect(config.win['target']).toBe('nsis');
    expect(config.mac['target']).toBe('dmg');
  });

  it('sets the production fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('points at a 512x512 PNG icon that exists', () => {
    for (const platform of [config.linux, config.win, config.mac]) {
      const icon = path.join(repoRoot, String(platform['icon']));
      expect(existsSync(icon)).toBe(true);
      expect(imageSize(readFileSync(icon))).toMatchObject({ width: 512, height: 512, type: 'png' });
    }
  });
});
