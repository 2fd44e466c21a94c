interface ImportMetaEnv {
  /** True in the test build (`ELENS_E2E=1`): test hooks and the benchmark's timings. */
  readonly ELENS_E2E?: boolean;
}
