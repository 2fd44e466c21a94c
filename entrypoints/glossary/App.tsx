import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORY_LABELS, CategoryBadge } from '../../components/CategoryBadge';
import { filterEntries, groupByCategory, type PageEntry } from './entries';

const SEARCH_ID = 'elens-glossary-search';

function targetFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return '';
  }
}

function Entry({ entry, names, isTarget }: { entry: PageEntry; names: Map<string, string>; isTarget: boolean }) {
  const titleId = `${entry.id}--title`;
  const related = (entry.related ?? []).filter((id) => names.has(id));
  return (
    <article
      id={entry.id}
      class={isTarget ? 'entry is-target' : 'entry'}
      tabIndex={-1}
      aria-labelledby={titleId}
    >
      <header class="entry-head">
        <h3 id={titleId}>{entry.term}</h3>
        <CategoryBadge category={entry.category} />
      </header>
      <p class="short">{entry.short}</p>
      {entry.explanation && <p class="explanation">{entry.explanation}</p>}
      {entry.sides && (
        <div class="sides">
          <section class="side side-access" aria-label={`The case for access: ${entry.term}`}>
            <h4>The case for access</h4>
            <p>{entry.sides.forAccess}</p>
          </section>
          <section class="side side-encryption" aria-label={`The case for strong encryption: ${entry.term}`}>
            <h4>The case for strong encryption</h4>
            <p>{entry.sides.forEncryption}</p>
          </section>
        </div>
      )}
      {related.length > 0 && (
        <div class="related">
          <h4>Related</h4>
          <ul>
            {related.map((id) => (
              <li key={id}>
                <a href={`#${id}`}>{names.get(id)}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {entry.sources.length > 0 && (
        <div class="sources">
          <h4>Sources</h4>
          <ul>
            {entry.sources.map((s) => (
              <li key={s.url}>
                <a href={s.url} target="_blank" rel="noreferrer noopener">
                  {s.title}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </article>
  );
}

/**
 * Every glossary entry, grouped by category, with a search box. `#<id>` in the address (how
 * the tooltip's "Full explanation" arrives) scrolls to that entry, focuses and highlights it.
 */
export function App({ entries }: { entries: readonly PageEntry[] }) {
  const [query, setQuery] = useState('');
  const [target, setTarget] = useState(() => targetFromHash(location.hash));
  // Bumped on every navigation, so following the same link twice still scrolls.
  const [visit, setVisit] = useState(0);
  const names = useMemo(() => new Map(entries.map((e) => [e.id, e.term])), [entries]);
  const shown = useMemo(() => filterEntries(entries, query), [entries, query]);
  const groups = useMemo(() => groupByCategory(shown), [shown]);
  const pending = useRef(true);

  useEffect(() => {
    const onHash = () => {
      setTarget(targetFromHash(location.hash));
      setVisit((v) => v + 1);
      pending.current = true;
    };
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  // A target hidden by the current search is worth more than the search: show everything.
  useEffect(() => {
    if (target && names.has(target) && !shown.some((e) => e.id === target)) setQuery('');
  }, [target, shown, names]);

  useEffect(() => {
    if (!pending.current || !target) return;
    const el = document.getElementById(target);
    if (!el || !el.classList.contains('entry')) return;
    pending.current = false;
    el.scrollIntoView({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [target, visit, groups]);

  const total = entries.length;
  return (
    <>
      <a class="skip" href="#main">
        Skip to the entries
      </a>
      <header class="top">
        <div class="wrap">
          <p class="brand">Encryption Lens</p>
          <h1>Glossary of encryption policy</h1>
          <p class="intro">
            {total} terms from the fight over encryption, surveillance and lawful access, in plain words. Where a
            term is contested, both sides' main argument is given.
          </p>
          <form class="search" role="search" onSubmit={(e) => e.preventDefault()}>
            <label for={SEARCH_ID}>Search the glossary</label>
            <input
              id={SEARCH_ID}
              type="search"
              value={query}
              placeholder="e.g. backdoor, Chat Control, GCHQ"
              autocomplete="off"
              spellcheck={false}
              onInput={(e) => setQuery(e.currentTarget.value)}
            />
          </form>
          <p class="count" role="status">
            {query ? `${shown.length} of ${total} terms match` : `${total} terms`}
          </p>
        </div>
      </header>
      <nav class="cats" aria-label="Categories">
        <ul class="wrap">
          {groups.map(([category, list]) => (
            <li key={category}>
              <a href={`#cat-${category}`}>
                {CATEGORY_LABELS[category]} <span class="n">{list.length}</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" class="wrap" tabIndex={-1}>
        {groups.length === 0 && (
          <p class="empty">
            No term matches “{query}”. Try a shorter word, or{' '}
            <button type="button" class="linklike" onClick={() => setQuery('')}>
              show all terms
            </button>
            .
          </p>
        )}
        {groups.map(([category, list]) => (
          <section key={category} class="group" aria-labelledby={`cat-${category}`}>
            <h2 id={`cat-${category}`} tabIndex={-1}>
              {CATEGORY_LABELS[category]}
            </h2>
            {list.map((entry) => (
              <Entry key={entry.id} entry={entry} names={names} isTarget={entry.id === target} />
            ))}
          </section>
        ))}
      </main>
    </>
  );
}
