import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { setCorsHeaders } from './cors.ts';

function exchange(origin?: string): [IncomingMessage, ServerResponse] {
  const req = new IncomingMessage(new Socket());
  if (origin) req.headers.origin = origin;
  return [req, new ServerResponse(req)];
}

describe('setCorsHeaders', () => {
  const allowed = new Set(['https://partner.example']);

  it('allows a listed origin, and varies on Origin', () => {
    const [req, res] = exchange('https://partner.example');
    expect(setCorsHeaders(req, res, allowed)).toBe(true);
    expect(res.getHeader('Access-Control-Allow-Origin')).toBe('https://partner.example');
    expect(res.getHeader('Vary')).toBe('Origin');
  });

  it('gives any other origin, or none, no CORS headers', () => {
    for (const origin of ['https://evil.example', undefined]) {
      const [req, res] = exchange(origin);
      expect(setCorsHeaders(req, res, allowed)).toBe(false);
      expect(res.getHeader('Access-Control-Allow-Origin')).toBeUndefined();
      expect(res.getHeader('Vary')).toBe('Origin');
    }
  });

  it('adds Origin to Vary once, as res.vary does', () => {
    const [req, res] = exchange();
    res.setHeader('Vary', 'Accept');
    setCorsHeaders(req, res, allowed);
    expect(res.getHeader('Vary')).toBe('Accept, Origin');
    setCorsHeaders(req, res, allowed);
    expect(res.getHeader('Vary')).toBe('Accept, Origin');
    res.setHeader('Vary', '*');
    setCorsHeaders(req, res, allowed);
    expect(res.getHeader('Vary')).toBe('*');
  });
});
