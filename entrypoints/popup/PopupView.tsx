import { Fragment, type ComponentChildren } from 'preact';
import { BalanceBar } from '../../components/BalanceBar';
import {
  AlertIcon,
  DocumentIcon,
  GearIcon,
  KeyIcon,
  LensMark,
  LockIcon,
  QuestionIcon,
  ShieldOffIcon,
} from '../../components/Icons';
import { PositionCard } from '../../components/PositionCard';
import { Section } from '../../components/Section';
import { SiteSwitch } from '../../components/SiteSwitch';
import { TermCard } from '../../components/TermCard';
import { detailsFor } from '../../glossary/details';
import { TERMS } from '../../glossary/terms';
import type { TermEntry } from '../../glossary/schema';
import { balanceLine, balanceOf, balanceParts, type BalancePart } from './balance';
import type { ArticleView, PageState, PositionView, StatementView, TermFound } from './model';
import { explainRestriction } from './restrictions';
import { t } from '../../utils/i18n';

export interface PopupViewProps {
  state: PageState;
  /** Text for the polite live region (loading, results, "shown in page"…). */
  status: string;
  onShowStatement: (statement: StatementView, position: PositionView) => void;
  onShowTerm: (term: TermFound) => void;
  onRetry: () => void;
  onOpenOptions: () => void;
}

const SIDE_ICONS: Record<BalancePart['side'], ComponentChildren> = {
  access: <KeyIcon size={13} />,
  encryption: <LockIcon size={13} />,
  unclear: <QuestionIcon size={13} />,
};

const entriesById = new Map<string, TermEntry>(TERMS.map((e) => [e.id, e]));

function Brand({ onOpenOptions }: { onOpenOptions: () => void }) {
  return (
    <div class="brand">
      <LensMark />
      <span class="brand-name">Encryption Lens</span>
      <button type="button" class="icon-button" onClick={onOpenOptions} title={t('settings')}>
        <GearIcon size={18} />
        <span class="sr-only">{t('settings')}</span>
      </button>
    </div>
  );
}

function Notice({
  icon,
  title,
  children,
  tone = 'neutral',
}: {
  icon: ComponentChildren;
  title: string;
  children: ComponentChildren;
  tone?: 'neutral' | 'warn';
}) {
  return (
    <div class={`notice notice-${tone}`}>
      <div class="notice-icon">{icon}</div>
      <h1 class="notice-title">{title}</h1>
      <div class="notice-body">{children}</div>
    </div>
  );
}

function Loading() {
  return (
    <div class="loading" aria-hidden="true">
      <div class="skeleton line w40" />
      <div class="skeleton title" />
      <div class="skeleton line w70" />
      <div class="skeleton bar" />
      <div class="skeleton card" />
      <div class="skeleton card" />
    </div>
  );
}

function PositionsBlock({
  positions,
  onShow,
}: {
  positions: PositionView[];
  onShow: PopupViewProps['onShowStatement'];
}) {
  if (positions.length === 0) {
    return (
      <div class="empty">
        <p class="empty-title">{t('noPositionsTitle')}</p>
        <p>{t('noPositionsBody')}</p>
      </div>
    );
  }
  const groups: Array<{ title: string; stance: PositionView['stance']; icon: ComponentChildren; empty: string }> = [
    { title: t('forAccess'), stance: 'pro-access', icon: <KeyIcon size={16} />, empty: t('noneForAccess') },
    { title: t('forEncryption'), stance: 'pro-encryption', icon: <LockIcon size={16} />, empty: t('noneForEncryption') },
    { title: t('unclear'), stance: 'neutral', icon: <QuestionIcon size={16} />, empty: '' },
  ];
  return (
    <>
      {groups.map((g) => {
        const list = positions.filter((p) => p.stance === g.stance);
        if (list.length === 0 && g.stance === 'neutral') return null;
        return (
          <Section key={g.stance} title={g.title} count={list.length} icon={g.icon} class={`stance-${g.stance}`}>
            {list.length === 0 ? (
              <p class="section-empty">{g.empty}</p>
            ) : (
              <div class="cards">
                {list.map((p, i) => (
                  <PositionCard key={`${p.speaker}-${i}`} position={p} onShow={onShow} />
                ))}
              </div>
            )}
          </Section>
        );
      })}
    </>
  );
}

function Ready({
  article,
  onShowStatement,
  onShowTerm,
}: {
  article: ArticleView;
  onShowStatement: PopupViewProps['onShowStatement'];
  onShowTerm: PopupViewProps['onShowTerm'];
}) {
  const balance = balanceOf(article.positions);
  const line = balanceLine(balance);
  return (
    <>
      <header class="article-head">
        <p class="kicker">{t('articleSummary')}</p>
        <h1 class="article-title">{article.title || t('untitled')}</h1>
        {article.positions.length > 0 && (
          <>
            <p class="balance-line">
              {balanceParts(balance).map((part, i, all) => (
                <Fragment key={part.side}>
                  <span class={`b-${part.side}`}>
                    {SIDE_ICONS[part.side]}
                    <strong>{part.text}</strong>
                    {i < all.length - 1 && <span class="sep"> · </span>}
                  </span>{' '}
                </Fragment>
              ))}
            </p>
            <BalanceBar {...balance} label={line} />
          </>
        )}
      </header>
      <PositionsBlock positions={article.positions} onShow={onShowStatement} />
      <Section title={t('termsTitle')} count={article.terms.length} class="terms-section">
        {article.terms.length === 0 ? (
          <p class="section-empty">{t('noTerms')}</p>
        ) : (
          <ul class="terms">
            {article.terms.map((term) => {
              const entry = entriesById.get(term.id);
              const details = detailsFor(term.id);
              return (
                <TermCard
                  key={term.id}
                  found={term}
                  {...(entry ? { entry } : {})}
                  {...(details ? { details } : {})}
                  onShow={() => onShowTerm(term)}
                />
              );
            })}
          </ul>
        )}
      </Section>
    </>
  );
}

function Body(props: PopupViewProps) {
  const { state } = props;
  switch (state.kind) {
    case 'loading':
      return <Loading />;
    case 'restricted': {
      const text = explainRestriction(state.restriction);
      return (
        <Notice icon={<ShieldOffIcon size={28} />} title={text.title}>
          <p>{text.body}</p>
        </Notice>
      );
    }
    case 'no-article':
      return (
        <Notice icon={<DocumentIcon size={28} />} title={t('noArticleTitle')}>
          <p>{t('noArticleBody')}</p>
          {state.title && <p class="muted small">{t('pageTitle', state.title)}</p>}
        </Notice>
      );
    case 'error':
      return (
        <Notice icon={<AlertIcon size={28} />} title={t('errorTitle')} tone="warn">
          <p>{t('errorBody', state.message)}</p>
          <button type="button" class="button" onClick={props.onRetry}>
            {t('retry')}
          </button>
        </Notice>
      );
    case 'ready':
      return (
        <Ready
          article={state.article}
          onShowStatement={props.onShowStatement}
          onShowTerm={props.onShowTerm}
        />
      );
  }
}

/** The whole popup for one state; stateless so every state can be rendered on its own in tests. */
export function PopupView(props: PopupViewProps) {
  const { state } = props;
  const page = state.kind === 'no-article' || state.kind === 'ready' || state.kind === 'error' ? state : null;
  const host = page?.host ?? null;
  const scheme = page?.url?.startsWith('https:') ? 'https' : page?.url?.startsWith('http:') ? 'http' : undefined;
  return (
    <div class="popup" data-state={state.kind}>
      <header>
        <Brand onOpenOptions={props.onOpenOptions} />
        {host && (
          <div class="site-bar">
            <SiteSwitch host={host} {...(scheme ? { scheme } : {})} />
          </div>
        )}
      </header>
      <main class="content" aria-busy={state.kind === 'loading'}>
        <Body {...props} />
      </main>
      <p class="sr-only" id="popup-status" role="status" aria-live="polite">
        {props.status}
      </p>
    </div>
  );
}
