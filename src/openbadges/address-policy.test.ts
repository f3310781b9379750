import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forbiddenAddressKind, isPublicAddress } from './address-policy.js';

describe('forbiddenAddressKind', () => {
  it.each([
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['100.64.0.1', 'shared (CGNAT)'],
    ['100.127.255.254', 'shared (CGNAT)'],
    ['127.0.0.1', 'loopback'],
    ['127.9.9.9', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['192.0.2.10', 'documentation'],
    ['198.18.0.1', 'reserved'],
    ['224.0.0.251', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::FFFF:169.254.169.254', 'link-local'],
    ['::ffff:10.1.2.3', 'private'],
    ['::127.0.0.1', 'loopback'],
    ['64:ff9b::192.168.0.1', 'private'],
    ['2002:7f00:0001::', 'loopback'],
    ['2002:c0a8:0101::1', 'private'],
    ['64:ff9b:1::a00:1', 'reserved'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'reserved'],
    ['localhost', 'not an IP address'],
    ['', 'not an IP address'],
    ['1.2.3', 'not an IP address'],
    ['256.1.1.1', 'not an IP address'],
    ['01.2.3.4.5', 'not an IP address'],
    ['1:2:3:4:5:6:7:8:9', 'not an IP address'],
    ['1::2::3', 'not an IP address'],
  ])('%s is %s', (address, kind) => {
    expect(forbiddenAddressKind(address)).toBe(kind);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    '1.1.1.1',
    '8.8.8.8',
    '100.63.255.255',
    '100.128.0.0',
    '172.15.255.255',
    '172.32.0.0',
    '169.253.255.255',
    '11.0.0.0',
    '93.184.216.34',
    '2606:4700:4700::1111',
    '2a00:1450:4001:81b::200e',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
    '2002:0808:0808::1',
    'fbff::1',
  ])('%s is public', (address) => {
    expect(forbiddenAddressKind(address)).toBeUndefined();
    expect(isPublicAddress(address)).toBe(true);
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.ipV4(),
          fc.ipV6(),
          fc.ipV4Extended(),
          fc.stringMatching(/^[0-9a-f:.%[\]]{0,50}$/),
        ),
        (text) => {
          const kind = forbiddenAddressKind(text);
          expect(kind === undefined || typeof kind === 'string').toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('judges every generated IPv4 address and its IPv4-mapped IPv6 form alike', () => {
    fc.assert(
      fc.property(fc.ipV4(), (v4) => {
        const kind = forbiddenAddressKind(v4);
        expect(kind).not.toBe('not an IP address');
        expect(forbiddenAddressKind(`::ffff:${v4}`)).toBe(kind);
      }),
      { numRuns: 2000 },
    );
  });

  it('parses every generated IPv6 address', () => {
    fc.assert(
      fc.property(fc.ipV6(), (v6) => {
        expect(forbiddenAddressKind(v6)).not.toBe('not an IP address');
      }),
      { numRuns: 2000 },
    );
  });
});
