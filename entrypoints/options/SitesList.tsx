import { useEffect, useState } from 'preact/hooks';
import { describeError, dropSubdomains, hasAccess, requestAccess } from '../../components/site-access';
import type { Site } from '../../utils/settings';
import { disableSite, enableSite } from '../../utils/site-control';
import { isIpHost } from '../../utils/sites';

export interface SitesListProps {
  sites: Site[];
  /** Tells the page's live region what happened. */
  onStatus: (text: string, tone?: 'info' | 'warn') => void;
}

function SiteRow({ site, others, onStatus }: { site: Site; others: Site[]; onStatus: SitesListProps['onStatus'] }) {
  const [access, setAccess] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void hasAccess(site).then((a) => live && setAccess(a));
    return () => {
      live = false;
    };
  }, [site.host, site.subdomains]);

  const after = (p: Promise<unknown>, done: string) => {
    setBusy(true);
    p.then(() => onStatus(done))
      .catch((err: unknown) => onStatus(describeError(err), 'warn'))
      .finally(() => setBusy(false));
  };

  function allow() {
    const granted = requestAccess(site);
    after(
      granted.then((ok) => {
        setAccess(ok);
        if (!ok) throw new Error(`Permission for ${site.host} was not granted.`);
      }),
      `Encryption Lens may now highlight terms on ${site.host}.`,
    );
  }

  function setSubdomains(checked: boolean) {
    if (!checked) {
      after(dropSubdomains(site, others), `${site.host}: subdomains removed.`);
      return;
    }
    const granted = requestAccess({ host: site.host, subdomains: true });
    after(
      granted.then(async (ok) => {
        if (!ok) throw new Error(`Permission for the subdomains of ${site.host} was not granted.`);
        await enableSite(site.host, { subdomains: true });
      }),
      `${site.host}: subdomains included.`,
    );
  }

  return (
    <li class="site-row" aria-busy={busy}>
      <div class="site-main">
        <span class="site-host">{site.host}</span>
        {access === false && (
          <span class="site-warn">
            Needs your permission
            <button type="button" class="link-button" onClick={allow} aria-label={`Allow ${site.host}`}>
              Allow
            </button>
          </span>
        )}
      </div>
      {!isIpHost(site.host) && (
        <label class="check">
          <input
            type="checkbox"
            checked={site.subdomains}
            onChange={(e) => setSubdomains(e.currentTarget.checked)}
            aria-label={`Include subdomains of ${site.host}`}
          />
          <span aria-hidden="true">Subdomains</span>
        </label>
      )}
      <button
        type="button"
        class="button small-button"
        onClick={() => after(disableSite(site.host), `Removed ${site.host}.`)}
        aria-label={`Remove ${site.host}`}
      >
        Remove
      </button>
    </li>
  );
}

/** The sites the reader turned on, each removable, with its subdomain option. */
export function SitesList({ sites, onStatus }: SitesListProps) {
  if (sites.length === 0) {
    return (
      <p class="empty-note">
        No sites yet. Open an article, click the Encryption Lens icon and turn on “Highlight terms on …”
        for its site.
      </p>
    );
  }
  return (
    <ul class="sites" aria-label="Sites with highlighting">
      {sites.map((s) => (
        <SiteRow key={s.host} site={s} others={sites.filter((o) => o.host !== s.host)} onStatus={onStatus} />
      ))}
    </ul>
  );
}
