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

/** Per-workspace photo registry: content hash → what the desk last set for that image. */
export const photoRegistrySchema = z.object({
  format: z.literal(1),
  /** sha256 of the file bytes → what the desk last set. */
  photos: z.record(z.string().regex(/^[0-9a-f]{64}$/), rememberedPhotoSchema),
  /** "articleId/file" → sha256, so saves need not re-hash stored photos (they never change). */
  files: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type PhotoRegistry = z.infer<typeof photoRegistrySchema>;

/** How many recent credits are kept. */
export const RECENT_CREDITS = 30;

/** Presets offered after the desk's own recent credits. */
export const defaultCredits = ['Staff', 'AFP', 'Reuters', 'AP', 'Handout'] as const;

/** A registry with nothing in it. */
export function emptyRegistry(): PhotoRegistry {
  return { format: 1, photos: {}, files: {} };
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
  const credit = pick('credit');
  const photographer = pick('photographer');
  const copyright = pick('copyright');
  if (!credit && !photographer && !copyright) return registry;
  // Unchanged values keep their date, so autosaves do not rewrite the registry.
  if (
    before &&
    before.credit === credit &&
    before.photographer === photographer &&
    before.copyright === copyright
  )
    return registry;
  const entry: RememberedPhoto = { credit, photographer, copyright, updated: now.toISOString() };
  return { ...registry, photos: { ...registry.photos, [hash]: entry } };
}

/**
 * Credit suggestions: the credits of the desk's images, most recently set first (each image
 * counts with its latest credit, so half-typed credits saved by autosave do not linger), then presets.
 */
export function creditSuggestions(registry: PhotoRegistry): string[] {
  const recent = Object.values(registry.photos)
    .filter((p) => p.credit !== '')
    .sort((a, b) => b.updated.localeCompare(a.updated))
    .map((p) => p.credit);
  const unique = [...new Set(recent)].slice(0, RECENT_CREDITS);
  const seen = new Set(unique);
  return [...unique, ...defaultCredits.filter((c) => !seen.has(c))];
}

/** Fills empty credit, photographer and copyright from what the desk set for the same file before. */
export function recallPhoto(photo: Photo, remembered: RememberedPhoto | undefined): Photo {
  if (!remembered) return photo;
  const next = { ...photo };
  for (const key of ['credit', 'photographer', 'copyright'] as const)
    if (next[key].trim() === '' && remembered[key] !== '') next[key] = remembered[key];
  return next;
}
