import { z } from 'zod';
import type { Photo } from '../article/photo';

/** What the desk last said about one image file: it travels with the file to every use. */
export const rememberedPhotoSchema = z.object({
  credit: z.string().max(1_000),
  photographer: z.string().max(1_000),
  copyright: z.string().max(1_000),
  updated: z.string(),
});
export type RememberedPhoto = z.infer<typeof rememberedPhotoSchema>;

/** Per-workspace photo registry: content hash → remembered credit, and recent credits. */
export const photoRegistrySchema = z.object({
  format: z.literal(1),
  /** sha256 of the file bytes → what the desk last set. */
  photos: z.record(z.string().regex(/^[0-9a-f]{64}$/), rememberedPhotoSchema),
  /** "articleId/file" → sha256, so saves need not re-hash stored photos (they never change). */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
  /** Credits most recently used first. */
  credits: z.array(z.string().max(1_000)),
});
export type PhotoRegistry = z.infer<typeof photoRegistrySchema>;

/** How many recent credits are kept. */
export const RECENT_CREDITS = 30;

/** Presets offered after the desk's own recent credits. */
export const defaultCredits = ['Staff', 'AFP', 'Reuters', 'AP', 'Handout'] as const;

/** A registry with nothing in it. */
export function emptyRegistry(): PhotoRegistry {
  return { format: 1, photos: {}, files: {}, credits: [] };
}

type RememberedValues = Pick<Photo, 'credit' | 'photographer' | 'copyright'>;

/** Records the values a photo file carries now; empty values keep what was remembered before. */
export function rememberPhoto(
  registry: PhotoRegistry,
  hash: string,
  values: RememberedValues,
  now = new Date(),
): PhotoRegistry {
  const before = registry.photos[hash];
  const pick = (key: keyof RememberedValues) => values[key].trim() || before?.[key] || '';
  const entry: RememberedPhoto = {
    credit: pick('credit'),
    photographer: pick('photographer'),
    copyright: pick('copyright'),
    updated: now.toISOString(),
  };
  if (!entry.credit && !entry.photographer && !entry.copyright) return registry;
  return { ...registry, photos: { ...registry.photos, [hash]: entry } };
}

/** Puts a credit at the front of the recent list. */
export function rememberCredit(registry: PhotoRegistry, credit: string): PhotoRegistry {
  const value = credit.trim();
  if (value === '' || registry.credits[0] === value) return registry;
  const credits = [value, ...registry.credits.filter((c) => c !== value)].slice(0, RECENT_CREDITS);
  return { ...registry, credits };
}

/** Credit suggestions: the desk's recent credits, then the presets. */
export function creditSuggestions(registry: PhotoRegistry): string[] {
  const seen = new Set<string>();
  return [...registry.credits, ...defaultCredits].filter((c) => !seen.has(c) && !!seen.add(c));
}

/** Fills empty credit, photographer and copyright from what the desk set for the same file before. */
export function recallPhoto(photo: Photo, remembered: RememberedPhoto | undefined): Photo {
  if (!remembered) return photo;
  const next = { ...photo };
  for (const key of ['credit', 'photographer', 'copyright'] as const)
    if (next[key].trim() === '' && remembered[key] !== '') next[key] = remembered[key];
  return next;
}
