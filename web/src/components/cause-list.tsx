import type { JSX } from 'preact';
import type { Contribution, RankedCause } from '../../../src/engine/index.ts';
import { formatPercent, formatWeight } from '../../../src/format/index.ts';
import type { Knowledge } from '../../../src/knowledge/index.ts';

function Contributions(props: { title: string; items: readonly Contribution[] }): JSX.Element | null {
  if (props.items.length === 0) return null;
  return (
    <>
      <h4 class="why-title">{props.title}</h4>
      <ul class="why-list">
        {props.items.map((item) => (
          <li key={item.finding}>
            {item.text} <span class="weight">({formatWeight(item.weight)})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A bar for a probability, in SVG because the page's CSP allows no inline styles; the number is in the text. */
function ProbabilityBar(props: { probability: number }): JSX.Element {
  const width = Math.round(Math.min(1, Math.max(0, props.probability)) * 1000) / 10;
  return (
    <svg class="prob-bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="prob-track" x="0" y="0" width="100" height="8" rx="4" />
      <rect class="prob-fill" x="0" y="0" width={width} height="8" rx="4" />
    </svg>
  );
}

/** The likely causes, ranked, each with its chance as a bar and as text, and an expandable "why". */
export function CauseList(props: { causes: readonly RankedCause[]; knowledge: Knowledge }): JSX.Element {
  return (
    <ol class="causes">
      {props.causes.map((cause) => {
        const description = props.knowledge.causes.find((c) => c.id === cause.id)?.description;
        return (
          <li key={cause.id} class="cause">
            <div class="cause-head">
              <h3 class="cause-name">{cause.name}</h3>
              <span class="cause-percent">
                {formatPercent(cause.probability)}
                <span class="visually-hidden"> likely</span>
              </span>
            </div>
            <ProbabilityBar probability={cause.probability} />
            <details class="why">
              <summary>
                Why<span class="visually-hidden">: {cause.name}</span>
              </summary>
              {description && <p>{description}</p>}
              <Contributions title="Pointing to it" items={cause.why.for} />
              <Contributions title="Pointing away" items={cause.why.against} />
            </details>
          </li>
        );
      })}
    </ol>
  );
}
