const SHOWN = 50;

export function PlanList({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <section class="plan-list" aria-label={title}>
      <h3>
        {title} ({items.length})
      </h3>
      <ul>
        {items.slice(0, SHOWN).map((x, i) => (
          <li key={i}>{x}</li>
        ))}
        {items.length > SHOWN && <li class="muted">…and {items.length - SHOWN} more</li>}
      </ul>
    </section>
  );
}
