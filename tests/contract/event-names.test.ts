import { describe, expect, it } from 'vitest';
import { createPipeline, parseConfig } from '../../src/index.js';
import { EventSchema, isContractEventName } from '../../src/schema/facts.js';

describe('event names in facts.json', () => {
  it('are the contract table or another distance written the same way', () => {
    for (const ok of ['1500m', '4x400m Relay', '20km Race Walk', '3000m Steeplechase', '600m', '300m Hurdles', '50km', '5 Miles']) expect(isContractEventName(ok), ok).toBe(true);
    for (const bad of ['50km Race Walk', '4x200m Relay', '2000m Steeplechase', '3000m Race Walk', '1500 m', '0m']) expect(isContractEventName(bad), bad).toBe(false);
    const ev = { id: 'evt_1', discipline: 'walk', distanceMeters: 50000, mentions: [{ article: 'a_1', start: 0, end: 4, text: '50km' }] };
    expect(EventSchema.safeParse({ ...ev, name: '50km' }).success).toBe(true);
    expect(EventSchema.safeParse({ ...ev, name: '50km Race Walk' }).success).toBe(false);
  });

  it('an event without a contract name (a 4x200m relay, a 50km walk) gives no record; the others stay', () => {
    const text =
      'Relay gold for Jamaica\n\nJamaica won the 4x200m relay at the Penn Relays. Yohan Blake ran the 100m in 9.93 seconds.\n\n' +
      'Later, Tom Bosworth won the 50km walk, and Kelly Hodgkinson took the 800m.\n';
    const { facts } = createPipeline(parseConfig({})).extract({ source: 'relay.txt', sha256: 'f'.repeat(64), body: text, title: null, publishedAt: null });
    const names = facts.events.map((e) => e.name).sort();
    expect(names).toEqual(expect.arrayContaining(['100m', '800m']));
    expect(names.filter((n) => !isContractEventName(n))).toEqual([]);
    expect(names).not.toContain('4x200m Relay');
    expect(names).not.toContain('50km Race Walk');
  });
});
