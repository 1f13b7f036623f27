// The real LRS the test runner starts on first use (scripts/lrs.mjs: Learning Locker's statement
// service in memory on 127.0.0.1, and a proxy in front of it for faults).
import { executeServerCommand } from '@web/test-runner-commands';

export interface TestLrs {
  /** The LRS itself. */
  endpoint: string;
  /** A proxy in front of it that `setProxy` turns down, slow or size-limited. */
  proxy: string;
}

export interface ProxySettings {
  mode?: 'up' | 'down' | 'slow';
  /** Milliseconds each request waits (mode `slow`). */
  delay?: number;
  /** Request bodies over this many bytes get 413. */
  limit?: number;
}

export const testLrs = () => executeServerCommand<TestLrs, undefined>('lrs');
export const setProxy = (payload: ProxySettings) => executeServerCommand<boolean, ProxySettings>('lrs-proxy', payload);

/** Any value passes the test LRS's check except this one, which it answers with 401. */
export const GOOD_AUTH = () => 'Basic dGVhbTpzZWNyZXQ=';
export const BAD_AUTH = () => 'Basic missing_token';
