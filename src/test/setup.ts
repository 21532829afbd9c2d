// fake-indexeddb gives node tests a spec-complete IndexedDB; e2e uses the real one in Chromium.
import 'fake-indexeddb/auto';
