import { startTransition, useEffect, useState } from 'react';
import { call } from '../api/newsroom';

/** Longest wait for an idle moment before the credit suggestions load anyway. */
const CREDITS_TIMEOUT_MS = 1000;

/**
 * The desk's recent photo credits, for the Credit fields' suggestions. They wait for an idle
 * moment: opening an article redraws nothing for them.
 */
export function useRecentCredits(articleId: string): string[] {
  const [credits, setCredits] = useState<string[]>([]);
  useEffect(() => {
    const handle = requestIdleCallback(
      () =>
        void call('credits:recent').then(
          (recent) => startTransition(() => setCredits(recent)),
          () => undefined,
        ),
      { timeout: CREDITS_TIMEOUT_MS },
    );
    return () => cancelIdleCallback(handle);
  }, [articleId]);
  return credits;
}
