import { type EmergencyPart, emergencyNumbers, emergencyParts, shareSteps } from '../emergency/index.ts';
import {
  type Assessment,
  type Contribution,
  notAskedYet,
  otherReasons,
  type PlanItem,
  type RankedCause,
  type TriageReason,
} from '../engine/index.ts';
import { formatDuration, formatPercent, formatWeight } from '../format/index.ts';
import type { Advice, Knowledge } from '../knowledge/index.ts';
import type { Translate } from '../messages/index.ts';
import { LEVEL_LOOK, levelWords } from './level-text.ts';
import { joinWords, PLAIN, paint, type TextOptions, wordsOf, wrap } from './text.ts';

const TOP_CAUSES = 5;
const BAR_CELLS = 10;
const MAX_REASONS_PER_SIDE = 5;

/**
 * The readable report of one assessment. Pure: the same assessment, knowledge and options give the same text.
 * An emergency report leads with the emergency and what to do, and leaves out everything that could delay a call.
 */
export function renderReport(
  assessment: Assessment,
  knowledge: Knowledge,
  options: TextOptions = PLAIN,
): string {
  const out = new ReportWriter(assessment, knowledge, options);
  if (assessment.triage.level === 'emergency') out.emergency();
  else out.full();
  return `${out.lines.join('\n')}\n`;
}

/** A country's name in the person's language ("Russia", «Россия»), or its code where the runtime has no names. */
function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

class ReportWriter {
  readonly lines: string[] = [];
  private readonly assessment: Assessment;
  private readonly knowledge: Knowledge;
  private readonly options: TextOptions;
  private readonly cited: string[] = [];
  private readonly shownExercises = new Set<string>();
  private readonly t: Translate;
  private readonly locale: string;

  constructor(assessment: Assessment, knowledge: Knowledge, options: TextOptions) {
    this.assessment = assessment;
    this.knowledge = knowledge;
    this.options = options;
    ({ t: this.t, locale: this.locale } = wordsOf(options));
  }

  emergency(): void {
    this.levelBox();
    this.callLine();
    this.emergencySteps();
    this.blank();
    this.paragraph(this.assessment.notice, 'dim');
    this.paragraph(this.t('cli.report.emergencyOnly'), 'dim');
    this.sources();
    this.footer();
  }

  full(): void {
    const a = this.assessment;
    this.paragraph(a.notice, 'dim');
    this.blank();
    this.unsure();
    this.levelBox();
    this.reasons(this.t('result.whyLevel'));
    this.whatToDoNow();
    this.causes();
    this.instruments();
    this.planSection(this.t('result.tests'), a.plan.tests);
    this.planSection(this.t('result.specialists'), a.plan.specialists);
    this.planSection(this.t('result.selfCare'), a.plan.selfCare);
    this.planSection(this.t('result.prevention'), a.plan.prevention);
    this.unscreened();
    this.nextQuestion();
    this.sources();
    this.footer();
  }

  private get width(): number {
    return this.options.width;
  }

  private blank(): void {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  private heading(text: string): void {
    this.blank();
    this.lines.push(paint(this.options, 'bold', text));
  }

  private paragraph(text: string, format: 'dim' | 'plain' = 'plain', indent = ''): void {
    for (const line of wrap(text, this.width, indent)) {
      this.lines.push(format === 'plain' ? line : paint(this.options, format, line));
    }
  }

  /** A list item with a hanging indent, for example "  • text" or "  2. text". */
  private item(bullet: string, text: string, indent = '  '): void {
    const first = `${indent}${bullet} `;
    this.lines.push(...wrap(text, this.width, ' '.repeat(first.length), first));
  }

  private cite(sources: readonly string[]): void {
    for (const id of sources) if (!this.cited.includes(id)) this.cited.push(id);
  }

  private levelBox(): void {
    const level = this.assessment.triage.level;
    const look = LEVEL_LOOK[level];
    const words = { ...levelWords(level, this.knowledge, this.t) };
    if (level === 'emergency') {
      // One kind of emergency: its own words ("This could be a heart attack"), as the web page says them.
      const { parts } = emergencyParts(this.assessment.triage.reasons, this.knowledge);
      const only = parts.length === 1 ? parts[0]?.kind : undefined;
      if (only) words.summary = only.summary;
    }
    const inner = this.width - 4;
    const body = [
      ...wrap(`${look.marker} ${this.t('cli.level.word', { level })} — ${words.title}`, inner),
      ...wrap(words.summary, inner, ' '.repeat(look.marker.length + 1), ' '.repeat(look.marker.length + 1)),
    ];
    const border = (left: string, right: string) => `${left}${'─'.repeat(this.width - 2)}${right}`;
    const color = (text: string) => paint(this.options, [look.color, 'bold'], text);
    this.lines.push(color(border('┌', '┐')));
    for (const line of body) this.lines.push(color(`│ ${line.padEnd(inner)} │`));
    this.lines.push(color(border('└', '┘')));
  }

  /** Danger signs answered "don't know" lead the report, with what to do if any of them is present. */
  private unsure(): void {
    const unsure = this.assessment.unsure;
    if (unsure.length === 0) return;
    this.heading(this.t('result.unsure'));
    this.paragraph(this.knowledge.unsure.text, 'plain', '  ');
    for (const id of unsure) this.item('?', this.findingLabel(id));
    this.cite(this.knowledge.unsure.sources);
    this.blank();
  }

  private reasons(title: string): void {
    // The "don't know" reason has its own section above the level.
    const reasons = otherReasons(this.assessment, this.knowledge);
    if (reasons.length === 0) return;
    this.heading(title);
    for (const reason of reasons) {
      this.item('•', reason.text);
      this.cite(reason.sources);
    }
  }

  /** The number to call, for where the terminal is (its time zone, then its language); all three when unknown. */
  private callLine(): void {
    const { country, first } = emergencyNumbers(this.options.place ?? {});
    const [main, second] = first;
    if (!main) return;
    const t = this.t;
    let text: string;
    if (country === undefined) {
      const numbers = first.map((n) => n.number);
      text = t('cli.report.callAny', { numbers: joinWords(numbers, t('cli.or')) });
    } else {
      const where = countryName(country, this.locale);
      // A country's second number says what it is for after its name: "Russia, ambulance".
      const kind = second?.where.split(', ').slice(1).join(', ') ?? '';
      text = second
        ? t('cli.report.callTwo', {
            main: main.number,
            where,
            second: second.number,
            secondWhere: kind === '' ? where : `${where}, ${t('cli.report.numberKind', { kind })}`,
          })
        : t('cli.report.callOne', { main: main.number, where });
    }
    this.blank();
    this.lines.push(...wrap(paint(this.options, 'bold', text), this.width));
  }

  /**
   * An emergency's steps, from the kind of emergency that fired (the same as the web page's and the plan's): what to
   * do now, what to tell the call handler, while you wait. With two kinds, the steps they share come first, then
   * each kind's own under its name.
   */
  private emergencySteps(): void {
    const { parts, others } = emergencyParts(this.assessment.triage.reasons, this.knowledge);
    const { shared, parts: shown } = shareSteps(parts);
    const single = shown.length === 1 ? shown[0] : undefined;
    if (single) {
      this.partSteps(single, '', this.t('result.now'));
      this.reasonList(this.t('cause.why'), [...single.reasons, ...others]);
      return;
    }
    this.stepList(this.t('result.now'), shared, true);
    for (const part of shown) {
      this.heading(part.kind?.title ?? this.t('cli.report.otherSigns'));
      for (const reason of part.reasons) {
        this.paragraph(reason.text, 'plain', '  ');
        this.cite(reason.sources);
      }
      this.partSteps(part, '  ', this.t('cli.report.whatToDo'));
    }
    this.reasonList(this.t('cli.report.also'), others);
  }

  private partSteps(part: EmergencyPart, indent: string, nowTitle: string): void {
    this.stepList(`${indent}${nowTitle}`, part.now, true, indent);
    this.stepList(`${indent}${this.t('cli.report.tell')}`, part.tell, false, indent);
    this.stepList(`${indent}${this.t('cli.report.wait')}`, part.wait, false, indent);
  }

  private stepList(title: string, steps: readonly Advice[], numbered: boolean, indent = ''): void {
    if (steps.length === 0) return;
    this.heading(title);
    steps.forEach((step, index) => {
      this.item(numbered ? `${index + 1}.` : '•', step.text, `${indent}  `);
      this.cite(step.sources);
    });
  }

  private reasonList(title: string, reasons: readonly TriageReason[]): void {
    if (reasons.length === 0) return;
    this.heading(title);
    for (const reason of reasons) {
      this.item('•', reason.text);
      this.cite(reason.sources);
    }
  }

  private whatToDoNow(): void {
    const now = this.assessment.plan.now;
    if (now.length === 0) return;
    this.heading(this.t('result.now'));
    now.forEach((step, index) => {
      this.item(`${index + 1}.`, step.text);
      this.cite(step.sources);
    });
  }

  private unscreened(): void {
    const unscreened = notAskedYet(this.assessment);
    if (unscreened.length === 0) return;
    this.heading(this.t('cli.report.unscreened'));
    this.paragraph(this.t('result.unscreenedText'), 'plain', '  ');
    for (const id of unscreened) this.item('?', this.findingLabel(id));
  }

  private causes(): void {
    const causes = this.assessment.causes.slice(0, TOP_CAUSES);
    if (causes.length === 0) return;
    const top = this.assessment.causes.length > causes.length ? causes.length : 0;
    this.heading(this.t('cli.report.causes', { top }));
    this.paragraph(this.t('cli.report.causesText'), 'dim', '  ');
    // The two labels are as wide as each other, so that the answers after them line up.
    const pointing = [this.t('cli.report.pointingTo'), this.t('cli.report.pointingAway')];
    const labelWidth = Math.max(...pointing.map((label) => label.length));
    const [to = '', away = ''] = pointing.map((label) => label.padEnd(labelWidth));
    causes.forEach((cause, index) => {
      this.blank();
      this.causeLine(cause, index + 1);
      this.contributions(to, cause.why.for);
      this.contributions(away, cause.why.against);
      this.cite(cause.sources);
    });
  }

  /** "  1.  71% ███████░░░  Carpal tunnel syndrome": the numbers first, so that they line up whatever the name. */
  private causeLine(cause: RankedCause, rank: number): void {
    const filled = Math.round(Math.min(1, Math.max(0, cause.probability)) * BAR_CELLS);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_CELLS - filled)}`;
    const first = `  ${rank}. ${formatPercent(cause.probability, { locale: this.locale }).padStart(4)} ${bar}  `;
    const [head = '', ...rest] = wrap(cause.name, this.width - first.length);
    this.lines.push(`${first}${paint(this.options, 'bold', head)}`);
    for (const line of rest)
      this.lines.push(`${' '.repeat(first.length)}${paint(this.options, 'bold', line)}`);
  }

  private contributions(label: string, items: readonly Contribution[]): void {
    if (items.length === 0) return;
    const shown = items
      .slice(0, MAX_REASONS_PER_SIDE)
      .map((c) => `${c.text} (${formatWeight(c.weight, { locale: this.locale })})`);
    if (items.length > shown.length)
      shown.push(this.t('cli.report.more', { count: items.length - shown.length }));
    const first = `     ${label} `;
    this.lines.push(...wrap(shown.join('; '), this.width, ' '.repeat(first.length), first));
  }

  private instruments(): void {
    const { katz, cts6 } = this.assessment.instruments;
    if (katz === null && cts6 === null) return;
    this.heading(this.t('doctor.questionnaires'));
    if (katz !== null) this.item('•', this.t('cli.report.katz', { hand: katz.hand, rating: katz.rating }));
    if (cts6 !== null) this.item('•', this.t('cli.report.cts6', { score: cts6.score, max: cts6.max }));
  }

  private planSection(title: string, items: readonly PlanItem[]): void {
    if (items.length === 0) return;
    this.heading(title);
    for (const planItem of items) {
      const forCauses = (planItem.forCauses ?? []).map((id) => this.causeName(id));
      const text =
        forCauses.length > 0
          ? this.t('cli.report.forCauses', {
              text: planItem.text,
              causes: joinWords(forCauses, this.t('cli.or')),
            })
          : planItem.text;
      this.item('•', text);
      this.cite(planItem.sources);
      for (const id of planItem.exercises ?? []) this.exercise(id);
    }
  }

  private exercise(id: string): void {
    const exercise = this.knowledge.exercises.find((e) => e.id === id);
    if (exercise === undefined) return;
    if (this.shownExercises.has(id)) {
      this.item('→', this.t('cli.report.exerciseAbove', { name: exercise.name }), '    ');
      return;
    }
    this.shownExercises.add(id);
    this.cite(exercise.sources);
    const t = this.t;
    this.item('→', t('cli.report.exercise', { name: exercise.name, purpose: exercise.purpose }), '    ');
    exercise.steps.forEach((step, index) => {
      this.item(`${index + 1}.`, step, '        ');
    });
    const duration = formatDuration(exercise.durationSeconds, { locale: this.locale });
    const dose = t('cli.dose', { duration, times: exercise.repetitions });
    this.paragraph(t('cli.report.exerciseTime', { dose }), 'plain', '        ');
    for (const caution of exercise.cautions) this.item('!', t('cli.report.caution', { caution }), '        ');
  }

  private nextQuestion(): void {
    const next = this.assessment.next;
    if (next === null) return;
    this.heading(this.t('cli.report.next'));
    this.paragraph(this.t('cli.report.nextText'), 'plain', '  ');
    this.item('»', `${next.text} [${next.id}]`);
  }

  private sources(): void {
    if (this.cited.length === 0) return;
    this.heading(this.t('result.sources'));
    const idWidth = Math.min(24, Math.max(...this.cited.map((id) => id.length)));
    for (const id of this.cited) {
      const first = `  ${id.padEnd(idWidth)}  `;
      const indent = ' '.repeat(idWidth + 4);
      const source = this.knowledge.sources.find((s) => s.id === id);
      this.lines.push(...wrap(source?.title ?? id, this.width, indent, first));
      // A URL is never broken, so that it can be copied; it gets a line of its own.
      if (source?.url) this.lines.push(`${indent}${source.url}`);
    }
  }

  private footer(): void {
    this.blank();
    const version = this.assessment.knowledgeVersion;
    this.lines.push(paint(this.options, 'dim', this.t('cli.report.footer', { version })));
  }

  private findingLabel(id: string): string {
    return this.knowledge.findings.find((f) => f.id === id)?.label ?? id;
  }

  private causeName(id: string): string {
    return this.knowledge.causes.find((c) => c.id === id)?.name ?? id;
  }
}
