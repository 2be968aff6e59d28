import type { SpanRoleCues } from '../locales/roleCues.ts';
import type { AskSpan, ParsingContext, Refiner, Span, StatusSpan } from '../pipeline/types.ts';
import type { AskedAbout } from '../types.ts';
import type { MessageCue, RoleCueIndex } from './RoleCueIndex.ts';
import { clauseEnd, clauseStart, Cues, firstWord, firstWordsEnd, isHan } from './roleText.ts';

/** Words (Han: characters) after a time question word in which its arrival verb is looked for ("when is my box to Vienna going to arrive"). */
const WHEN_WINDOW_WORDS = 8;
const WHEN_WINDOW_CHARS = 8;
/** Status words a delivery-date question is about ("what day was it delivered?"): asked, not filters. */
const ARRIVAL_STATUSES = new Set(['delivered', 'not_delivered', 'in_transit', 'out_for_delivery']);
/** Han endings of a yes/no question ("寄到武汉的包裹送到了吗"). */
const HAN_YES_NO_END = /(?:吗|嘛|没有|没|了没|与否)\s*$/u;

/**
 * What the customer asks about (Parse.asks): the delivery date ("when will it arrive?", "我的包裹是哪天
 * 签收的", "¿qué día llegó?"), where it is, whether it has arrived, who signed. A status word in such a
 * question is what is asked, not which parcels are wanted: "has it been delivered?", "is it out for
 * delivery?", "¿ya entregaron mi paquete?" and "what day was it delivered?" keep no status hint.
 */
export class AskRefiner implements Refiner {
  readonly name = 'AskRefiner';
  private readonly arrival: Cues;
  private readonly yesNoOpeners: ReadonlySet<string>;
  private readonly indirectOpeners: Cues;
  private readonly questionWords: Cues;
  private readonly anyOf: Cues;

  /** `messageCues`: the language's whole-message cues (the question phrases of `cues` among them). */
  constructor(
    cues: SpanRoleCues['asks'],
    private readonly clauseEnds: string,
    private readonly messageCues: RoleCueIndex,
  ) {
    this.arrival = new Cues(cues.arrival);
    this.yesNoOpeners = new Set(cues.yesNoOpeners);
    this.indirectOpeners = new Cues(cues.indirectOpeners);
    this.questionWords = new Cues(cues.questionWords);
    this.anyOf = new Cues(cues.anyOf);
  }

  refine(ctx: ParsingContext, spans: Span[]): Span[] {
    const asks: AskSpan[] = [];
    for (const h of this.messageCues.hits(ctx)) {
      const kind = h.value.find(isAsk);
      if (kind) asks.push(this.ask(ctx, h.index, h.end, kind, h.phrase));
      else if (h.value.includes('when')) {
        const arrival = this.arrivalAfter(ctx.lower, h.end);
        if (arrival !== null) asks.push(this.ask(ctx, h.index, arrival, 'delivery_date', `${h.phrase} … arrival`));
      }
    }
    let dropped: Set<Span> | null = null;
    for (const s of spans) {
      if (s.kind !== 'status') continue;
      const from = clauseStart(ctx.lower, s.index, this.clauseEnds);
      const to = clauseEnd(ctx.lower, s.end, this.clauseEnds);
      if (ARRIVAL_STATUSES.has(s.value) && asks.some((a) => a.value === 'delivery_date' && a.index >= from - 1 && a.index < to)) (dropped ??= new Set()).add(s);
      else {
        const question = this.yesNoQuestion(ctx, from, to, s.index);
        if (!question) continue;
        // Until the dialog reads `asks`, a bare Spanish "¿ya llegó?" keeps its status word: the dialog
        // answers the parcel in focus only when a status is said (test/evaluation handwritten-paris-ya-se-entrego).
        // "are any of our parcels late?" asks which of several are: the status still filters them (outside tester round 6, M5).
        if (question !== 'unopened' && !this.anyOf.some(ctx.lower.slice(from, to))) (dropped ??= new Set()).add(s);
        asks.push(this.ask(ctx, s.index, s.end, 'status', `yes/no question about ${(s as StatusSpan).text}`));
      }
    }
    if (asks.length === 0 && !dropped) return spans;
    const kept = dropped ? spans.filter((s) => !dropped.has(s)) : spans;
    return [...kept, ...asks].sort((a, b) => a.index - b.index || b.end - a.end);
  }

  private ask(ctx: ParsingContext, index: number, end: number, value: AskedAbout, why: string): AskSpan {
    return { kind: 'ask', index, end, text: ctx.text.slice(index, end), value, source: `${this.name}:"${why}"` };
  }

  /** The end of an arrival verb within a few words after a time question word, in its clause, or null. */
  private arrivalAfter(lower: string, from: number): number | null {
    const end = clauseEnd(lower, from, this.clauseEnds);
    let window = lower.slice(from, end);
    window = isHan(window) ? window.slice(0, WHEN_WINDOW_CHARS) : window.slice(0, firstWordsEnd(window, WHEN_WINDOW_WORDS));
    const hit = this.arrival.all(window)[0];
    return hit ? from + hit.end : null;
  }

  /**
   * How the clause is a yes/no question, or null: opened by an auxiliary ("has it…", "is it…"), ending
   * in "吗", an indirect question before the status word ("if", "si"), or `unopened`: "¿…?" without a question word (Spanish has no auxiliary to open it).
   */
  private yesNoQuestion(ctx: ParsingContext, from: number, to: number, statusAt: number): 'opened' | 'unopened' | null {
    const clause = ctx.lower.slice(from, to);
    if (this.yesNoOpeners.has(firstWord(clause)) || HAN_YES_NO_END.test(clause)) return 'opened';
    // "can you tell me if … has arrived", "quiero saber si se entregó": the clause asks, whatever opens it.
    if (!this.indirectOpeners.empty && this.indirectOpeners.some(ctx.lower.slice(from, statusAt))) return 'opened';
    // Only where no auxiliary opens the question (Spanish): in English "the delivered ones?" still filters.
    if (this.yesNoOpeners.size > 0 || this.questionWords.empty) return null;
    const questioned = ctx.lower[from - 1] === '¿' || ctx.lower[to] === '?';
    return questioned && !this.questionWords.some(clause) ? 'unopened' : null;
  }
}

const ASKS: ReadonlySet<MessageCue> = new Set<MessageCue>(['delivery_date', 'location', 'signed_by', 'declared_value', 'status', 'speed_up']);
const isAsk = (c: MessageCue): c is AskedAbout & MessageCue => ASKS.has(c);
