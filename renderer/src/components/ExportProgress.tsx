/** How far an export has come; a total of 0 (not known yet) shows an empty bar. */
export function ExportProgress({ done, total }: { done: number; total: number }) {
  return <progress max={Math.max(total, 1)} value={done} aria-label="Export progress" />;
}
