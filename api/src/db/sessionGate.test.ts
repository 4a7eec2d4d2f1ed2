import { describe, expect, it } from 'vitest';
import { SessionGate } from './sessionGate.ts';

describe('SessionGate', () => {
  it('lets `max` through at once and hands each freed place to the next in line, in order', async () => {
    const gate = new SessionGate(2);
    const order: string[] = [];
    const first = await gate.acquire();
    const second = await gate.acquire();
    const third = gate.acquire().then((release) => (order.push('third'), release));
    const fourth = gate.acquire().then((release) => (order.push('fourth'), release));
    await Promise.resolve();
    expect(order).toEqual([]);
    first();
    first(); // releasing twice gives back one place only
    (await third)();
    second();
    (await fourth)();
    expect(order).toEqual(['third', 'fourth']);
    expect(gate.peak).toBe(2);
    // Everything was given back: two more go through at once.
    await gate.acquire();
    await gate.acquire();
    expect(gate.peak).toBe(2);
  });

  it('ends a wait with the reason when the request is aborted, and the place goes to the next', async () => {
    const gate = new SessionGate(1);
    const held = await gate.acquire();
    const controller = new AbortController();
    const aborted = gate.acquire(controller.signal);
    const next = gate.acquire();
    controller.abort(new Error('The client closed the connection.'));
    await expect(aborted).rejects.toThrow('The client closed the connection.');
    held();
    const release = await next;
    expect(typeof release).toBe('function');
    await expect(gate.acquire(controller.signal)).rejects.toThrow('The client closed the connection.');
  });
});
