import type { JSX } from 'preact';
import type { PlanItem } from '../../../src/engine/index.ts';
import type { Exercise, Knowledge } from '../../../src/knowledge/index.ts';
import { t } from '../language.ts';
import { ExerciseCard } from './exercise-card.tsx';

interface AdviceGroup {
  key: string;
  title: string;
  items: PlanItem[];
}

/** The advice grouped by the cause it is for, in the plan's order, so that the cause is named once, not per item. */
function groupsOf(items: readonly PlanItem[], knowledge: Knowledge, general: string): AdviceGroup[] {
  const groups = new Map<string, AdviceGroup>();
  for (const item of items) {
    const causes = item.forCauses ?? [];
    const key = causes.join('+') || 'general';
    const title =
      causes.map((id) => knowledge.causes.find((cause) => cause.id === id)?.name ?? id).join(', ') || general;
    const group = groups.get(key) ?? { key, title, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return [...groups.values()];
}

function exercisesOf(item: PlanItem, knowledge: Knowledge): Exercise[] {
  return (item.exercises ?? []).flatMap((id) => {
    const exercise = knowledge.exercises.find((e) => e.id === id);
    return exercise ? [exercise] : [];
  });
}

/**
 * Self-care or prevention advice as one folded card per cause, which open one at a time (`name` makes the browser
 * close the others). An exercise already shown in an earlier card is referred to, not repeated.
 */
export function AdviceCards(props: {
  items: readonly PlanItem[];
  knowledge: Knowledge;
  /** The title of advice for no cause in particular. */
  general: string;
  shown: Set<string>;
}): JSX.Element {
  return (
    <div class="advice-cards">
      {groupsOf(props.items, props.knowledge, props.general).map((group) => {
        const exercises = new Set(group.items.flatMap((item) => item.exercises ?? []));
        return (
          <details key={group.key} class="advice-card" name="advice">
            <summary>
              <span class="advice-title">{group.title}</span>
              <span class="advice-count">
                {t('advice.count', { steps: group.items.length, exercises: exercises.size })}
              </span>
            </summary>
            <ul class="advice">
              {group.items.map((item) => (
                <li key={item.id}>
                  <p>{item.text}</p>
                  {exercisesOf(item, props.knowledge).map((exercise) => {
                    if (props.shown.has(exercise.id)) {
                      return (
                        <p key={exercise.id} class="see-above">
                          {t('advice.shownAbove', { name: exercise.name })}
                        </p>
                      );
                    }
                    props.shown.add(exercise.id);
                    return <ExerciseCard key={exercise.id} exercise={exercise} />;
                  })}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}
