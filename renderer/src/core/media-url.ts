/** URL of a file of an article's photos/ folder, served by the app's media protocol. */
export function mediaUrl(articleId: string, file: string): string {
  return `media/${articleId}/${encodeURIComponent(file)}`;
}
