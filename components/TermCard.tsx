import { useId, useState } from 'preact/hooks';
import type { TermFound } from '../entrypoints/popup/model';
import type { TermDetails, TermEntry } from '../glossary/schema';
import { CategoryBadge } from './CategoryBadge';
import { ChevronIcon, ExternalIcon, KeyIcon, LockIcon } from './Icons';
import { t } from '../utils/i18n';

export interface TermCardProps {
  found: TermFound;
  /** The glossary entry (category, short definition); absent for an id the glossary lost. */
  entry?: TermEntry;
  details?: TermDetails;
  /** Scrolls the page to the term's first occurrence. */
  onShow: () => void;
}

/** One term of the article: its name jumps to the page, the disclosure explains it. */
export function TermCard({ found, entry, details, onShow }: TermCardProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const name = entry?.term ?? found.term;
  const times = `${found.count} ${found.count === 1 ? 'time' : 'times'}`;
  return (
    <li class={open ? 'term open' : 'term'}>
      <div class="term-row">
        <button
          type="button"
          class="term-name"
          onClick={onShow}
          aria-label={t('showTermLabel', name)}
          title={t('showTerm')}
        >
          {name}
        </button>
        <span class="term-count" title={`Used ${times} in the article`}>
          <span aria-hidden="true">×{found.count}</span>
          <span class="sr-only">used {times}</span>
        </span>
        {entry && <CategoryBadge category={entry.category} />}
        <button
          type="button"
          class="icon-button disclosure"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen(!open)}
        >
          <ChevronIcon size={16} />
          <span class="sr-only">About {name}</span>
        </button>
      </div>
      <div class="term-panel" id={panelId} hidden={!open}>
        {open && (
          <>
            <p class="explanation">
              {details?.explanation ?? entry?.short ?? t('noExplanation')}
            </p>
            {details?.sides && (
              <dl class="sides">
                <div class="side side-access">
                  <dt>
                    <KeyIcon size={14} /> {t('caseForAccess')}
                  </dt>
                  <dd>{details.sides.forAccess}</dd>
                </div>
                <div class="side side-encryption">
                  <dt>
                    <LockIcon size={14} /> {t('caseForEncryption')}
                  </dt>
                  <dd>{details.sides.forEncryption}</dd>
                </div>
              </dl>
            )}
            {details && details.sources.length > 0 && (
              <div class="sources">
                <p class="sources-title" id={`${panelId}-sources`}>
                  Sources
                </p>
                <ul aria-labelledby={`${panelId}-sources`}>
                  {details.sources.map((s) => (
                    <li key={s.url}>
                      <a href={s.url} target="_blank" rel="noopener noreferrer">
                        {s.title}
                        <ExternalIcon size={12} />
                        <span class="sr-only"> {t('newTab')}</span>
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
      </div>
    </li>
  );
}
