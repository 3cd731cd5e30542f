// Unit tests run Dexie against an in-memory IndexedDB; browsers and e2e use the real one.
import 'fake-indexeddb/auto';
