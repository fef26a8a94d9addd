/** Runs before every test file of every project: what tempDir made is removed after the file. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp.ts';

afterAll(() => {
  removeTempDirs();
});
