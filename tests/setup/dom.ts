import '@testing-library/jest-dom/vitest';
import { configure } from '@solidjs/testing-library';

// findBy…/waitFor wait up to 1 s by default; a screen that loads its words, the dictionary and
// IndexedDB rows took longer than that while the whole suite ran on 2 shared cores.
configure({ asyncUtilTimeout: 5_000 });
