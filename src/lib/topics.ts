// The fixed list of topics a guide can belong to, in the order the sidebar shows them.
// Adding a topic is a deliberate change: add it here with its label, and the schema, sidebar and
// guide index pick it up.

export const TOPICS = [
  { id: 'basics', label: 'Basics' },
  { id: 'contributions', label: 'Contributions' },
  { id: 'withdrawals', label: 'Withdrawals' },
  { id: 'early-withdrawals', label: 'Early withdrawals' },
  { id: 'roth', label: 'Roth 401(k)' },
  { id: 'hardship', label: 'Hardship distributions' },
  { id: 'loans', label: 'Plan loans' },
  { id: 'losses', label: 'Losses and corrections' },
  { id: 'rmds', label: 'Required minimum distributions' },
  { id: 'beneficiaries', label: 'Inherited accounts' },
  { id: 'other-plans', label: '403(b) and 457(b) plans' },
  { id: 'states', label: 'State taxes' },
  { id: 'reference', label: 'Reference' },
] as const;

export type TopicId = (typeof TOPICS)[number]['id'];

/** Topic ids as a non-empty tuple, the shape `z.enum` wants. */
export const TOPIC_IDS = TOPICS.map((t) => t.id) as [TopicId, ...TopicId[]];

export function topicLabel(id: TopicId): string {
  const topic = TOPICS.find((t) => t.id === id);
  if (!topic) throw new Error(`Unknown topic "${id}"`);
  return topic.label;
}

/** The anchor of a topic's section on the guide index, used by breadcrumbs and the home page. */
export function topicAnchor(id: TopicId): string {
  return `topic-${id}`;
}
