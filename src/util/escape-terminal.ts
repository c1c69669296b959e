/**
 * Text that goes to a terminal or a log, made safe to print: control characters (C0 but tab, DEL, C1),
 * line and paragraph separators, bidirectional overrides and U+FFFD (a byte that was not UTF-8) are
 * written as visible escapes, so a file name cannot forge a log line, move the cursor or reorder what
 * follows it. Ordinary text, accents and emoji included, is unchanged.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufffd\ud800-\udfff]/gu;

const escapeOne = (c: string) => {
  const code = c.codePointAt(0)!;
  if (code === 0x0a) return '\\n';
  if (code === 0x0d) return '\\r';
  if (code === 0x1b) return '\\e';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
};

export function escapeForTerminal(s: string): string {
  return s.replace(UNSAFE, escapeOne);
}
