// Component tests: unmount after each test, so ids and listeners never leak into the next one.
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
