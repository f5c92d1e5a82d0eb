import type { Page } from '@playwright/test';

/** Pastes plain text into the body at its selection, as the system clipboard would. */
export async function pastePlainText(page: Page, text: string): Promise<void> {
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    document
      .querySelector('.body-prose')!
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
  }, text);
}
