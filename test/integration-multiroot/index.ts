// Mocha entry for the multi-root run: the same runner, this folder's suites.
import { runSuites } from '../integration/index';

export function run(): Promise<void> {
  return runSuites(__dirname);
}
