import type { JSX } from 'preact';
import type { Contribution, RankedCause } from '../../../src/engine/index.ts';
import { formatPercent } from '../../../src/format/index.ts';
import type { Knowledge } from '../../../src/knowledge/index.ts';
import { t, webLocale } from '../language.ts';
import { LIKELIHOOD_WORD, likelihoodOf, oddsFactor, STRENGTH_WORD, strengthOf } from '../result-words.ts';

/** One side of a cause's "why": each answer with how strongly it points that way, and its odds factor on request. */
function Contributions(props: {
  title: string;
  items: readonly Contribution[];
  numbers: boolean;
}): JSX.Element | null {
  if (props.items.length === 0) return null;
  return (
    <>
      <h4 class="why-title">{props.title}</h4>
      <ul class="why-list">
        {props.items.map((item) => (
          <li key={item.finding}>
            {item.text} <span class="weight">({t(STRENGTH_WORD[strengthOf(item.weight)])})</span>
            {props.numbers && <span class="weight"> {oddsFactor(item.weight)}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * The likely causes, ranked, each with its chance in words ("likely", "possible", "less likely") and an expandable
 * "why" in the person's own answers. With `numbers`, each also shows its chance and each answer its odds factor.
 */
export function CauseList(props: {
  causes: readonly RankedCause[];
  knowledge: Knowledge;
  numbers: boolean;
}): JSX.Element {
  return (
    <ol class="causes">
      {props.causes.map((cause) => {
        const description = props.knowledge.causes.find((c) => c.id === cause.id)?.description;
        const band = likelihoodOf(cause.probability);
        return (
          <li key={cause.id} class="cause">
            <div class="cause-head">
              <h3 class="cause-name">{cause.name}</h3>
              <span class={`cause-likelihood likelihood-${band}`}>
                {t(LIKELIHOOD_WORD[band])}
                <span class={props.numbers ? 'cause-percent' : 'cause-percent print-only'}>
                  {' '}
                  {formatPercent(cause.probability, { locale: webLocale() })}
                </span>
              </span>
            </div>
            <details class="why">
              <summary>
                {t('cause.why')}
                <span class="visually-hidden">: {cause.name}</span>
              </summary>
              {description && <p>{description}</p>}
              <Contributions title={t('cause.fits')} items={cause.why.for} numbers={props.numbers} />
              <Contributions
                title={t('cause.doesNotFit')}
                items={cause.why.against}
                numbers={props.numbers}
              />
            </details>
          </li>
        );
      })}
    </ol>
  );
}
