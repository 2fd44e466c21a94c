import { describe, expect, it, vi } from 'vitest';
import { buildMatcher } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { TERMS } from '../../glossary/terms';
import { parseGlossaryReply, parseMessage, toWireEntry } from '../../utils/messages';
import { renderCard } from '../../entrypoints/content/tooltip/card';

/**
 * The content script gets the glossary from the background (`elens:glossary`) instead of
 * bundling it: what crosses must rebuild exactly the matcher the rest of the extension uses.
 */

const TEXT =
  'Ministers want lawful access to end-to-end encrypted chats; critics of client-side scanning ' +
  'say Signal and WhatsApp would leave. The E2EE debate, the back door and the signal both ways.';

describe('elens:glossary', () => {
  it('is a message the background accepts', () => {
    expect(parseMessage({ type: 'elens:glossary' })).toEqual({ type: 'elens:glossary' });
  });

  it('carries entries without their related links', () => {
    const wire = TERMS.map(toWireEntry);
    expect(wire.some((e) => 'related' in e)).toBe(false);
    expect(TERMS.some((e) => e.related && e.related.length > 0)).toBe(true);
    expect(wire.map((e) => e.id)).toEqual(TERMS.map((e) => e.id));
  });

  it('a matcher from the sent patterns finds what the full matcher finds', () => {
    const terms = TERMS.map(toWireEntry);
    const full = buildMatcher(terms);
    const reply = parseGlossaryReply(structuredClone({ ok: true, terms, patterns: full.compiled }));
    expect(reply?.patterns).toBeDefined();
    const rebuilt = createMatcher(reply!.terms, reply!.patterns!);
    const found = full.find(TEXT);
    expect(found.length).toBeGreaterThan(3);
    expect(rebuilt.find(TEXT)).toEqual(found);
    expect(rebuilt.entryFor('end-to-end-encryption')?.short).toBe(full.entryFor('end-to-end-encryption')?.short);
  });

  it('drops malformed entries, and then the patterns made for all of them', () => {
    const terms = TERMS.slice(0, 3).map(toWireEntry);
    const patterns = buildMatcher(terms).compiled;
    const bad = [{ ...terms[0], forms: 'not a list' }, terms[1], { ...terms[2], category: 'other' }];
    const parsed = parseGlossaryReply({ ok: true, terms: bad, patterns });
    expect(parsed?.terms.map((t) => t.id)).toEqual([terms[1]!.id]);
    expect(parsed?.patterns).toBeUndefined();
    expect(parseGlossaryReply({ ok: false })).toBeNull();
    expect(parseGlossaryReply('terms')).toBeNull();
  });

  it('warming compiles in steps and then reports done', () => {
    const m = buildMatcher(TERMS.slice(0, 5));
    const steps: boolean[] = [];
    for (let i = 0; i < 6; i++) steps.push(m.warm());
    expect(steps.indexOf(true)).toBeGreaterThan(0);
    expect(steps.slice(steps.indexOf(true)).every(Boolean)).toBe(true);
    expect(m.pattern.lastIndex).toBe(0);
  });
});

describe('tooltip card repaint', () => {
  it('keeps its elements (and focus) when the same entry is painted again', () => {
    const mount = document.createElement('div');
    document.body.append(mount);
    const entry = TERMS[0]!;
    const first = vi.fn();
    const second = vi.fn();
    const card = renderCard(mount, { entry, dark: false, onMore: first, onTurnOffSite: vi.fn() });
    const more = card.querySelector('button')!;
    more.focus();
    const again = renderCard(mount, { entry, dark: true, onMore: second, onTurnOffSite: vi.fn() });
    expect(again).toBe(card);
    expect(card.classList.contains('elens-dark')).toBe(true);
    expect(document.activeElement).toBe(more);
    more.click();
    expect(second).toHaveBeenCalledTimes(1);
    expect(first).not.toHaveBeenCalled();
    const other = renderCard(mount, { entry: TERMS[1]!, dark: false, onMore: first, onTurnOffSite: vi.fn() });
    expect(other).not.toBe(card);
    expect(mount.children.length).toBe(1);
    mount.remove();
  });
});
