import { z } from 'zod';
import { photoTextFields } from './photo-fields';

export { blankPhoto, photoTextFields, type PhotoTextField } from './photo-fields';

/** A photo file name inside the article's photos/ folder: no separators, no dot-dot, no control characters. */
export const photoFileName = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex -- control characters are what a hostile name uses
  .regex(/^[^\\/:*?"<>|\u0000-\u001f]+$/, 'photo file name must not contain path separators')
  .refine(
    (name) => name !== '.' && name !== '..' && !name.startsWith('.'),
    'photo file name must not start with a dot',
  );

export const photoSchema = z.strictObject({
  file: photoFileName,
  caption: z.string().max(10_000),
  credit: z.string().max(1_000),
  photographer: z.string().max(1_000),
  copyright: z.string().max(1_000),
  altText: z.string().max(2_000),
  width: z.number().int().nonnegative().nullable(),
  height: z.number().int().nonnegative().nullable(),
  /** Fields whose value was prefilled from the metadata embedded in the file. */
  fromFile: z.array(z.enum(photoTextFields)).default([]),
});

export type Photo = z.infer<typeof photoSchema>;
