import type { FlowState, RouteId } from '../../domain/flowchart/navigate.ts';
import { FLOW_QUESTIONS, type Answer, type FlowQuestionId } from '../../domain/flowchart/questions.ts';

/** The guide's flowchart as a picture: the path taken drawn strong, the outcome box filled. */
interface Box { x: number; y: number; w: number; h: number }
interface Edge { from: FlowQuestionId; answer: Answer; label: { x: number; y: number }; path: string }

const Q_W = 330;
const Q_H = 58;
const qBox = (i: number): Box => ({ x: 8, y: 8 + i * 100, w: Q_W, h: Q_H });
const outcomeBoxes: Array<{ id: string; route: RouteId; text: string; box: Box }> = [
  { id: 'o1', route: '3-6', text: 'Hoofdstuk 3 t/m 6', box: { x: 410, y: 15, w: 160, h: 44 } },
  { id: 'o2', route: '3-6', text: 'Hoofdstuk 3 t/m 6', box: { x: 410, y: 115, w: 160, h: 44 } },
  { id: 'o3', route: '4-6', text: 'Hoofdstuk 4 t/m 6', box: { x: 410, y: 215, w: 160, h: 44 } },
  { id: 'o4', route: '5-6', text: 'Hoofdstuk 5 en 6', box: { x: 410, y: 315, w: 160, h: 44 } },
  { id: 'o5', route: '6', text: 'Hoofdstuk 6', box: { x: 93, y: 410, w: 160, h: 44 } },
];
const right = (i: number) => `M ${8 + Q_W} ${37 + i * 100} H 406`;
const down = (i: number, toY: number) => `M 173 ${66 + i * 100} V ${toY}`;

/** Each arrow: the answer that takes it and, for a decisive answer, the outcome box it ends in. */
const EDGES: Array<Edge & { outcome?: number }> = [
  { from: 'kennismaking', answer: 'ja', outcome: 0, label: { x: 352, y: 30 }, path: right(0) },
  { from: 'kennismaking', answer: 'nee', label: { x: 182, y: 88 }, path: down(0, 104) },
  { from: 'inzicht', answer: 'nee', outcome: 1, label: { x: 352, y: 130 }, path: right(1) },
  { from: 'inzicht', answer: 'ja', label: { x: 182, y: 188 }, path: down(1, 204) },
  { from: 'afspraken', answer: 'nee', outcome: 2, label: { x: 352, y: 230 }, path: right(2) },
  { from: 'afspraken', answer: 'ja', label: { x: 182, y: 288 }, path: down(2, 304) },
  { from: 'nakomen', answer: 'ja', outcome: 3, label: { x: 352, y: 330 }, path: right(3) },
  { from: 'nakomen', answer: 'nee', outcome: 4, label: { x: 182, y: 392 }, path: down(3, 406) },
];

export function FlowchartDiagram({ state }: { state: FlowState }) {
  const taken = (from: FlowQuestionId, answer: Answer) =>
    state.steps.some((s) => s.question === from && s.answer === answer);
  const reachedOutcome = EDGES.find((e) => e.outcome !== undefined && taken(e.from, e.answer))?.outcome;
  const asked = new Set(state.steps.map((s) => s.question));
  const description = state.steps
    .filter((s) => s.answer)
    .map((s) => `${FLOW_QUESTIONS.find((q) => q.id === s.question)?.text} ${s.answer === 'ja' ? 'Ja' : 'Nee'}`)
    .concat(state.outcome ? [`uitkomst ${state.outcome.label}`] : ['nog geen uitkomst'])
    .join(', ');

  return (
    <svg class="app-flowchart" viewBox="0 0 580 462" role="img" aria-label="Stroomschema hoofdstuk 2" aria-describedby="flow-desc">
      <title id="flow-title">Stroomschema hoofdstuk 2</title>
      <desc id="flow-desc">{`Gekozen pad: ${description}.`}</desc>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
        </marker>
      </defs>
      {EDGES.map((edge) => {
        const lit = taken(edge.from, edge.answer);
        return (
          <g key={`${edge.from}-${edge.answer}`} class={lit ? 'app-flowchart__edge app-flowchart__edge--lit' : 'app-flowchart__edge'}>
            <path d={edge.path} marker-end="url(#arrow)" />
            <text x={edge.label.x} y={edge.label.y}>{edge.answer === 'ja' ? 'Ja' : 'Nee'}</text>
          </g>
        );
      })}
      {FLOW_QUESTIONS.map((q, i) => {
        const box = qBox(i);
        return (
          <g key={q.id} class={asked.has(q.id) ? 'app-flowchart__box app-flowchart__box--asked' : 'app-flowchart__box'}>
            <rect x={box.x} y={box.y} width={box.w} height={box.h} rx="6" />
            <text x={box.x + box.w / 2} y={box.y + box.h / 2 + 6} text-anchor="middle">{q.text}</text>
          </g>
        );
      })}
      {outcomeBoxes.map((o, i) => (
        <g key={o.id} class={reachedOutcome === i ? 'app-flowchart__outcome app-flowchart__outcome--reached' : 'app-flowchart__outcome'}>
          <rect x={o.box.x} y={o.box.y} width={o.box.w} height={o.box.h} rx="22" />
          <text x={o.box.x + o.box.w / 2} y={o.box.y + o.box.h / 2 + 6} text-anchor="middle">{o.text}</text>
        </g>
      ))}
    </svg>
  );
}
