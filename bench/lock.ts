/**
 * Where several people build in one checkout at once, a rebuild in the middle of a benchmark
 * would mix two builds in one set of figures. Set `ELENS_BUILD_LOCK` to a lock file shared with
 * your own builds (`flock "$ELENS_BUILD_LOCK" npm run build:e2e`) and the bench takes it around
 * its builds and copies; unset (CI, a lone developer), commands run as they are.
 */
export function underBuildLock(cmd: string, args: readonly string[]): [string, string[]] {
  const lock = process.env.ELENS_BUILD_LOCK;
  return lock ? ['flock', [lock, cmd, ...args]] : [cmd, [...args]];
}
