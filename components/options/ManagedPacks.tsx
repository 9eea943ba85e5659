import type { SectionProps } from './OptionsApp';

/** What the organisation set through browser policy: read-only here. */
export function ManagedPacks({ book }: SectionProps) {
  const { packs, settings, errors } = book.managed;
  const settingKeys = Object.keys(settings);
  return (
    <div class="managed">
      <p class="muted">
        Rule packs and settings your administrator deploys through browser policy (managed storage). They apply on top of the built-in data; you cannot change them
        here, and your own phrases and codes still work beside them.
      </p>
      {packs.length === 0 && settingKeys.length === 0 && errors.length === 0 && <p>No managed rule packs or settings.</p>}
      {packs.map((p) => (
        <section key={p.id} class="managed-pack" data-pack={p.id} aria-label={`Managed pack ${p.name}`}>
          <h3>
            {p.name} <span class="origin managed">managed</span>
          </h3>
          {p.codes.length > 0 && (
            <ul>
              {p.codes.map((c) => (
                <li key={c.code} data-code={c.code}>
                  <span class="code">{c.code}</span> {c.summary}
                </li>
              ))}
            </ul>
          )}
          {p.phrases.length > 0 && (
            <ul>
              {p.phrases.map((x) => (
                <li key={`${x.code}:${x.phrase}`}>
                  “{x.phrase}” suggests {x.code}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {settingKeys.length > 0 && (
        <section aria-label="Managed settings">
          <h3>Settings set by your organisation</h3>
          <ul>
            {Object.entries(settings).map(([k, v]) => (
              <li key={k}>
                {k}: {JSON.stringify(v)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {errors.length > 0 && (
        <div role="alert" class="import-errors">
          <p>Parts of the managed configuration were skipped:</p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
