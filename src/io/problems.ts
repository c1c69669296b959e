/** File-system errors as problems (data), with a short reason a person can act on. */
import type { Problem } from '../types.js';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder',
  ENOTDIR: 'not a folder',
  ELOOP: 'symbolic link loop',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

export function ioProblem(source: string, err: unknown, what: string): Problem {
  const e = err as NodeJS.ErrnoException | undefined;
  const code = e?.code ?? 'EUNKNOWN';
  const rule = code === 'EACCES' || code === 'EPERM' ? 'io/unreadable' : code === 'ENOENT' ? 'io/not-found' : 'io/error';
  const reason = `${what}: ${REASONS[code] ?? e?.message ?? String(err)}${REASONS[code] ? ` (${code})` : ''}`;
  return { source, stage: 'io', rule, severity: 'fatal', reason };
}
