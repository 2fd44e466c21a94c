import { useId, useState } from 'preact/hooks';
import { confidenceLevel } from '../entrypoints/popup/balance';
import type { PositionView, StatementView } from '../entrypoints/popup/model';
import { TargetIcon } from './Icons';
import { t } from '../utils/i18n';

export interface PositionCardProps {
  position: PositionView;
  /** Scrolls the page to the statement and flashes it. */
  onShow: (statement: StatementView, position: PositionView) => void;
}

/** Statements shown before "Show all": a card is a summary, not a transcript. */
const VISIBLE_STATEMENTS = 2;

const CONFIDENCE_TEXT = { high: 'High confidence', medium: 'Medium confidence', low: 'Low confidence' };

function initials(name: string): string {
  const words = name.replace(/^the\s+/i, '').split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w));
  const picked = words.length > 0 ? words : name.split(/\s+/);
  const first = picked[0]?.[0] ?? '?';
  const last = picked.length > 1 ? (picked[picked.length - 1]?.[0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** The statement without the quote marks the card draws itself. */
function bare(text: string): string {
  return text.replace(/^["'\u201C\u201D\u2018\u2019\s]+|["'\u201C\u201D\u2018\u2019\s]+$/g, '');
}

function Statement({
  statement,
  speaker,
  onShow,
}: {
  statement: StatementView;
  speaker: string;
  onShow: () => void;
}) {
  const direct = statement.kind === 'direct';
  return (
    <li class={direct ? 'statement direct' : 'statement reported'}>
      {direct ? (
        <blockquote class="quote">
          <span aria-hidden="true">“</span>
          {bare(statement.text)}
          <span aria-hidden="true">”</span>
        </blockquote>
      ) : (
        <p class="reported-text">
          <span class="tag">Reported</span> {bare(statement.text)}
        </p>
      )}
      <button
        type="button"
        class="link-button show"
        onClick={onShow}
        aria-label={t(direct ? 'showQuoteLabel' : 'showStatementLabel', speaker)}
      >
        <TargetIcon size={14} />
        Show in page
      </button>
    </li>
  );
}

export function PositionCard({ position, onShow }: PositionCardProps) {
  const [all, setAll] = useState(false);
  const nameId = useId();
  const listId = useId();
  const level = confidenceLevel(position.confidence);
  const statements = all ? position.statements : position.statements.slice(0, VISIBLE_STATEMENTS);
  const hidden = position.statements.length - VISIBLE_STATEMENTS;
  return (
    <article class={`card position stance-${position.stance}`} aria-labelledby={nameId}>
      <header class="position-head">
        <span class="avatar" aria-hidden="true">
          {initials(position.speaker)}
        </span>
        <div class="who">
          <h3 class="speaker" id={nameId}>
            {position.speaker}
          </h3>
          {position.role && <p class="role">{position.role}</p>}
        </div>
        <span class={`confidence confidence-${level}`} title={t('confidenceTitle', level)}>
          <svg class="bars" width="12" height="11" viewBox="0 0 12 11" aria-hidden="true" focusable="false">
            <rect x="0" y="7" width="3" height="4" rx="0.5" />
            <rect x="4.5" y="4" width="3" height="7" rx="0.5" />
            <rect x="9" y="0" width="3" height="11" rx="0.5" />
          </svg>
          <span aria-hidden="true">{level}</span>
          <span class="sr-only">{CONFIDENCE_TEXT[level]}</span>
        </span>
      </header>
      {statements.length > 0 && (
        <ul class="statements" id={listId}>
          {statements.map((s, i) => (
            <Statement key={i} statement={s} speaker={position.speaker} onShow={() => onShow(s, position)} />
          ))}
        </ul>
      )}
      <div class="card-foot">
        {hidden > 0 && (
          <button
            type="button"
            class="link-button"
            aria-expanded={all}
            aria-controls={listId}
            onClick={() => setAll(!all)}
          >
            {all ? 'Show fewer' : `Show ${hidden} more`}
          </button>
        )}
        {position.reason && (
          <details class="why">
            <summary>{t('whySide')}</summary>
            <p>
              {position.reason}
              <span class="why-confidence"> · {CONFIDENCE_TEXT[level].toLowerCase()}</span>
            </p>
          </details>
        )}
      </div>
    </article>
  );
}
