/** What every scenario gets from the runner. */
export interface BenchContext {
  /** Number of articles in the workspace scenarios (10,000 unless BENCH_WORKSPACE_SIZE says otherwise). */
  workspaceSize: number;
  /** Browser sessions per side (app and floor) for the browser scenarios. */
  sessions: number;
  /**
   * Sessions per side for open-10k and cold-start, whose single sessions spread widely (one pair's
   * ratio from 0.8 to 2.0 in a run of five on this machine): more of them steady the medians.
   */
  firstKeySessions: number;
  /**
   * Rounds for typing-10k and typing-10k-desk (a session each of the floor, solo and desk), whose
   * ratios sit a few percent under their target while one session's p50 spreads by a fifth either
   * way: more of them steady the medians.
   */
  typing10kSessions: number;
  /**
   * Sessions per side for desk-latency, whose target is a p95 over the keys of every session while
   * one session's p95 spread from 32 to 65 ms in runs of five: more keys steady it.
   */
  deskLatencySessions: number;
  /** Renderer bundle the browser scenarios load (out/renderer, or the regression build). */
  rendererDir: string;
  /** Progress messages go to stderr, so stdout stays one JSON object per line. */
  log(line: string): void;
}
