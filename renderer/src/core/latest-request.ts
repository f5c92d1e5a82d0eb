/**
 * "The last request wins" for actions that answer asynchronously: `begin()` starts one and returns a
 * check that stays true only while no later one has begun. Opening an article, then another before
 * the first has arrived, must end on the second, whichever answer comes back last.
 */
export function createLatestRequest(): { begin(): () => boolean } {
  let latest = 0;
  return {
    begin() {
      const ticket = ++latest;
      return () => ticket === latest;
    },
  };
}
