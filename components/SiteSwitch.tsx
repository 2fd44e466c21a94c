import { useEffect, useId, useState } from 'preact/hooks';
import { getSites, watchSettings, type Site } from '../utils/settings';
import { disableSite, enableSite } from '../utils/site-control';
import { isIpHost, siteFor } from '../utils/sites';
import { describeError as describe, dropSubdomains, requestAccess, type Scheme } from './site-access';
import { t } from '../utils/i18n';

export interface SiteSwitchProps {
  /** Hostname of the page, e.g. "news.example.org". */
  host: string;
  /** Scheme of the page: only its patterns are requested. Both when absent. */
  scheme?: Scheme;
}

type Busy = null | 'switch' | 'subdomains';

/**
 * The per-site switch. On: permission request (from the click) → `enableSite`, and the
 * background registers the highlighter and runs it in the site's open tabs. Off: `disableSite`,
 * which releases the permission; the highlighter removes its highlights when its site leaves
 * the list.
 */
export function SiteSwitch({ host, scheme }: SiteSwitchProps) {
  const labelId = useId();
  const noteId = useId();
  const [sites, setSitesState] = useState<Site[] | null>(null);
  const [wantSubdomains, setWantSubdomains] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [message, setMessage] = useState<{ text: string; tone: 'info' | 'warn' } | null>(null);

  useEffect(() => {
    let live = true;
    const load = () =>
      void getSites().then((s) => {
        if (live) setSitesState(s);
      });
    load();
    const stop = watchSettings(load);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const site = sites ? siteFor(host, sites) : undefined;
  const on = site !== undefined;
  /** A parent site with subdomains on covers this host. */
  const via = site && site.host !== host ? site.host : null;
  const subdomains = site ? site.subdomains : wantSubdomains;

  function toggle() {
    if (busy || sites === null) return;
    if (!on) {
      const wanted: Site = { host, subdomains: wantSubdomains };
      const granted = requestAccess(wanted, scheme);
      setBusy('switch');
      setMessage(null);
      granted
        .then(async (ok) => {
          if (!ok) {
            setMessage({ tone: 'warn', text: t('permissionDenied', host) });
            return;
          }
          await enableSite(host, { subdomains: wantSubdomains });
          setMessage({ tone: 'info', text: t('siteOn', host) });
        })
        .catch((err: unknown) =>
          setMessage({ tone: 'warn', text: t('siteOnFailed', describe(err)) }),
        )
        .finally(() => setBusy(null));
      return;
    }
    const target = site;
    setBusy('switch');
    setMessage(null);
    disableSite(target.host)
      .then(() =>
        setMessage({ tone: 'info', text: via ? t('siteOffWithSubdomains', target.host) : t('siteOff', host) }),
      )
      .catch((err: unknown) =>
        setMessage({ tone: 'warn', text: t('siteOffFailed', describe(err)) }),
      )
      .finally(() => setBusy(null));
  }

  function toggleSubdomains(checked: boolean) {
    if (busy) return;
    if (!site) {
      setWantSubdomains(checked);
      return;
    }
    const others = (sites ?? []).filter((s) => s.host !== site.host);
    if (checked) {
      const granted = requestAccess({ host: site.host, subdomains: true }, scheme);
      setBusy('subdomains');
      setMessage(null);
      granted
        .then(async (ok) => {
          if (!ok) {
            setMessage({ tone: 'warn', text: t('subdomainsDenied', site.host) });
            return;
          }
          await enableSite(site.host, { subdomains: true });
        })
        .catch((err: unknown) => setMessage({ tone: 'warn', text: describe(err) }))
        .finally(() => setBusy(null));
      return;
    }
    setBusy('subdomains');
    dropSubdomains(site, others)
      .catch((err: unknown) => setMessage({ tone: 'warn', text: describe(err) }))
      .finally(() => setBusy(null));
  }

  const stateText = sites === null ? '' : on ? 'On' : 'Off';
  return (
    <div class={on ? 'site-switch is-on' : 'site-switch'} aria-busy={busy !== null}>
      <div class="switch-row">
        <span class="switch-label" id={labelId}>
          Highlight terms on <strong>{host}</strong>
        </span>
        <button
          type="button"
          role="switch"
          class="switch"
          aria-checked={on}
          aria-labelledby={labelId}
          aria-describedby={via || message ? noteId : undefined}
          // aria-disabled rather than disabled while busy: a disabled button drops keyboard focus.
          aria-disabled={sites === null || busy !== null}
          onClick={toggle}
          data-busy={busy === 'switch' ? 'true' : undefined}
        >
          <span class="track" aria-hidden="true">
            <span class="thumb" />
          </span>
          <span class="switch-state" aria-hidden="true">
            {stateText}
          </span>
        </button>
      </div>
      {!via && !isIpHost(host) && (
        <label class="subdomains">
          <input
            type="checkbox"
            checked={subdomains}
            disabled={sites === null || busy !== null}
            onChange={(e) => toggleSubdomains(e.currentTarget.checked)}
          />
          {t('includeSubdomains')} <span class="muted">(*.{site?.host ?? host})</span>
        </label>
      )}
      <p class={message?.tone === 'warn' ? 'switch-note warn' : 'switch-note'} id={noteId} role="status">
        {via && !message ? t('onThrough', via) : (message?.text ?? '')}
      </p>
    </div>
  );
}
