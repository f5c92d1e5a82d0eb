const listen = { capture: true, passive: true } as const;

/**
 * Runs `task` at an idle moment once the user has neither typed nor clicked for `quietMs`, so
 * that optional work of tens of milliseconds never lands between two keystrokes. Returns a
 * function that calls it off.
 */
export function whenUserPauses(task: () => void, quietMs: number): () => void {
  let lastInput = performance.now();
  const onInput = () => {
    lastInput = performance.now();
  };
  window.addEventListener('keydown', onInput, listen);
  window.addEventListener('pointerdown', onInput, listen);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  const cancel = () => {
    window.removeEventListener('keydown', onInput, listen);
    window.removeEventListener('pointerdown', onInput, listen);
    clearTimeout(timer);
    if (idle !== undefined) cancelIdleCallback(idle);
  };
  const check = () => {
    const quietFor = performance.now() - lastInput;
    if (quietFor < quietMs) {
      timer = setTimeout(check, quietMs - quietFor);
      return;
    }
    idle = requestIdleCallback(() => {
      idle = undefined;
      if (performance.now() - lastInput < quietMs) return check();
      cancel();
      task();
    });
  };
  timer = setTimeout(check, quietMs);
  return cancel;
}
