import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { balanceLine } from '../../entrypoints/popup/balance';
import { explainRestriction, type Restriction } from '../../entrypoints/popup/restrictions';
import { t, type MessageKey } from '../../utils/i18n';

const messages: Record<string, { message: string; description?: string }> = JSON.parse(
  readFileSync(resolve('public/_locales/en/messages.json'), 'utf8'),
);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the extension pages’ messages (public/_locales/en/messages.json)', () => {
  it('are valid for both browsers: names of letters, digits and _, only $1…$9 and $$ as substitutions', () => {
    for (const [key, { message }] of Object.entries(messages)) {
      expect(key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(message.trim(), key).not.toBe('');
      expect(message.replace(/\$(?:\$|[1-9])/g, ''), key).not.toContain('$');
    }
  });

  it('name each message once (JSON.parse keeps the last of two alike, so a new message could silently replace another)', () => {
    const names = [...readFileSync(resolve('public/_locales/en/messages.json'), 'utf8').matchAll(/^\s*"([^"]+)":\s*\{/gm)].map((m) => m[1]);
    expect(names.length).toBe(Object.keys(messages).length);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('count in the popup’s balance line and status with a singular for one', () => {
    expect(balanceLine({ access: 1, encryption: 1, unclear: 0 })).toBe('1 voice for access · 1 for strong encryption');
    expect(balanceLine({ access: 4, encryption: 7, unclear: 2 })).toBe('4 voices for access · 7 for strong encryption · 2 unclear');
    expect(t('readyStatus', t('onePosition'), t('termCount', '3'))).toBe('Article read: 1 position and 3 terms.');
  });

  it('are each used by the code, and t() gives their text with the substitutions filled in', () => {
    const code = [...sources(resolve('entrypoints')), ...sources(resolve('components'))].join('\n');
    const unused = Object.keys(messages).filter((key) => !code.includes(`'${key}'`) && !key.startsWith('restricted_'));
    expect(unused).toEqual([]);
    expect(t('siteOn', 'example.org')).toBe('Terms are now highlighted on example.org.');
    expect(t('errorBody', 'The page could not be read.')).toBe('The page could not be read. Nothing on the page was changed.');
  });

  it('give every restricted page its title and explanation (none falls back to a message name)', () => {
    const restrictions: Restriction[] = ['browser-page', 'extension-page', 'web-store', 'view-source', 'file', 'pdf', 'refused'];
    const used = restrictions.flatMap((r) => [`restricted_${r.replace('-', '_')}_title`, `restricted_${r.replace('-', '_')}_body`]);
    expect(Object.keys(messages).filter((k) => k.startsWith('restricted_')).sort()).toEqual([...used].sort());
    for (const r of restrictions) {
      const { title, body } = explainRestriction(r);
      expect(title).toBe(messages[`restricted_${r.replace('-', '_')}_title`]!.message);
      expect(body.length).toBeGreaterThan(40);
    }
  });

  it('show a message’s name, never a blank, when the browser has no text for it', () => {
    expect(t('no_such_message' as MessageKey)).toBe('no_such_message');
  });
});
