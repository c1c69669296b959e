/** Dates as files state them → ISO, real calendar dates only. */
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/ingest/index.js';

describe('parseDate', () => {
  const cases: [unknown, string | null][] = [
    ['2024-05-16', '2024-05-16'],
    ['2015-07-24T05:36:09+01:00', '2015-07-24'],
    ['2019-01-03T23:30:00-08:00', '2019-01-03'], // the date as written, no time-zone shift
    ['2019-04-28 06:01:07', '2019-04-28'],
    ['2024/5/6', '2024-05-06'],
    ['20240516T101010Z', '2024-05-16'],
    ['16 May 2024', '2024-05-16'],
    ['5th January 2019', '2019-01-05'],
    ['May 16, 2024', '2024-05-16'],
    ['Sept. 3, 2023', '2023-09-03'],
    ['Fri, 24 Jul 2015 05:36:09 +0100', '2015-07-24'],
    ['30 avril 2015', '2015-04-30'],
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['2024-13-01', null],
    ['2024-04-31', null],
    ['31 June 2024', null],
    ['yesterday', null],
    ['', null],
    [null, null],
    [20240516, null],
    ['0000-01-01', null],
  ];
  it.each(cases)('%s → %s', (input, out) => {
    expect(parseDate(input)).toBe(out);
  });
});
