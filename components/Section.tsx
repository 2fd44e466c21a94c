import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

export interface SectionProps {
  title: string;
  /** Shown beside the title and read with it ("For access, 4"). */
  count?: number;
  icon?: ComponentChildren;
  /** Extra class, e.g. the stance that colours the heading. */
  class?: string;
  children: ComponentChildren;
}

/** A titled region: a landmark for screen readers and a heading to jump between. */
export function Section({ title, count, icon, class: cls, children }: SectionProps) {
  const id = useId();
  return (
    <section class={cls ? `section ${cls}` : 'section'} aria-labelledby={id}>
      <h2 class="section-title" id={id}>
        {icon}
        <span>{title}</span>
        {count !== undefined && <span class="count">{count}</span>}
      </h2>
      {children}
    </section>
  );
}
