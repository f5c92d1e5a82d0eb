/** A photo that cannot be used: not an image, broken, or unreadable. The message names the file. */
export class PhotoError extends Error {
  override name = 'PhotoError';
}
