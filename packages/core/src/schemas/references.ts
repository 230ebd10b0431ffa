import type { z } from 'zod';
import type { ClaimCheck, ObservationRef } from './claim';

type Path = (string | number)[];
type WithId = { id: string };

/** The shape `checkReferences` reads; kept structural so this file needs no schema imports. */
interface DatasetShape {
  version: string;
  asOf: string;
  stacksVerifiedThrough: Record<string, string>;
  releases: {
    version: string;
    date: string;
    changes: { change: string; collection: (typeof COLLECTIONS)[number]; ids: string[] }[];
  }[];
  sources: WithId[];
  actors: (WithId & { sourceIds: string[] })[];
  events: (WithId & {
    date: string;
    status?: 'reported' | undefined;
    figures?: { sourceIds: string[] }[] | undefined;
    actorIds: string[];
    tariffMeasureIds?: string[] | undefined;
    sourceIds: string[];
  })[];
  tariffLayers: (WithId & {
    imposedBy: string;
    legalHistory?:
      | {
          courtId: string;
          eventId?: string | undefined;
          remedyEventIds?: string[] | undefined;
          sourceIds: string[];
        }[]
      | undefined;
  })[];
  tariffMeasures: (WithId & {
    layerId: string;
    imposedBy: string;
    effectiveOn: string;
    supersedes?: string[] | undefined;
    ends?: string[] | undefined;
    sourceIds: string[];
  })[];
  scheduled: (WithId & { date: string; imposedBy: string; sourceIds: string[] })[];
  series: (WithId & {
    vintages?: WithId[] | undefined;
    observations: { sourceIds: string[] }[];
  })[];
  statements: (WithId & { actorId: string; eventId?: string | undefined; sourceIds: string[] })[];
  claims: (WithId & {
    speakerId?: string | undefined;
    check: ClaimCheck;
    alternatives?: { check: ClaimCheck }[] | undefined;
    context?: { figure?: ClaimCheck | undefined; sourceIds: string[] }[] | undefined;
    after?: { figure?: ClaimCheck | undefined; sourceIds: string[] }[] | undefined;
    sourceIds: string[];
  })[];
}

const compareVersions = (a: string, b: string): number => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number)) as [number[], number[]];
  for (let i = 0; i < 3; i += 1) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
};

const COLLECTIONS = [
  'sources',
  'actors',
  'events',
  'tariffLayers',
  'tariffMeasures',
  'series',
  'statements',
  'claims',
  'scheduled',
] as const;

/**
 * Cross-record rules no single field can check: ids unique within each collection, and
 * every referenced id (source, actor, event, layer, measure, series, vintage) resolving.
 */
export const checkReferences = (data: DatasetShape, ctx: z.RefinementCtx): void => {
  const fail = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });

  const ids = {} as Record<(typeof COLLECTIONS)[number], Set<string>>;
  for (const name of COLLECTIONS) {
    const seen = new Set<string>();
    data[name].forEach((record, index) => {
      if (seen.has(record.id)) fail([name, index, 'id'], `duplicate id "${record.id}" in ${name}`);
      seen.add(record.id);
    });
    ids[name] = seen;
  }

  const expect = (set: Set<string>, kind: string, id: string, path: Path) => {
    if (!set.has(id)) fail(path, `unknown ${kind} id "${id}"`);
  };
  const expectAll = (set: Set<string>, kind: string, list: string[] | undefined, path: Path) => {
    for (const [i, id] of (list ?? []).entries()) expect(set, kind, id, [...path, i]);
  };
  const expectSources = (sourceIds: string[], path: Path) =>
    expectAll(ids.sources, 'source', sourceIds, [...path, 'sourceIds']);

  for (const [i, actor] of data.actors.entries()) expectSources(actor.sourceIds, ['actors', i]);

  for (const [i, event] of data.events.entries()) {
    expectSources(event.sourceIds, ['events', i]);
    expectAll(ids.actors, 'actor', event.actorIds, ['events', i, 'actorIds']);
    expectAll(ids.tariffMeasures, 'tariff measure', event.tariffMeasureIds, [
      'events',
      i,
      'tariffMeasureIds',
    ]);
    for (const [j, figure] of (event.figures ?? []).entries()) {
      expectSources(figure.sourceIds, ['events', i, 'figures', j]);
    }
    if (event.status !== 'reported' && event.date.slice(0, 10) > data.asOf) {
      fail(['events', i, 'date'], `event ${event.id} is dated after asOf ${data.asOf}`);
    }
  }

  for (const [i, layer] of data.tariffLayers.entries()) {
    for (const [j, finding] of (layer.legalHistory ?? []).entries()) {
      const path = ['tariffLayers', i, 'legalHistory', j];
      expectSources(finding.sourceIds, path);
      expect(ids.actors, 'actor', finding.courtId, [...path, 'courtId']);
      if (finding.eventId !== undefined) {
        expect(ids.events, 'event', finding.eventId, [...path, 'eventId']);
      }
      expectAll(ids.events, 'event', finding.remedyEventIds, [...path, 'remedyEventIds']);
    }
  }

  for (const [i, change] of data.scheduled.entries()) {
    expectSources(change.sourceIds, ['scheduled', i]);
    const through = data.stacksVerifiedThrough[change.imposedBy];
    if (through !== undefined && change.date <= through) {
      fail(
        ['scheduled', i, 'date'],
        `a scheduled change must fall after ${through}, the verified coverage`,
      );
    }
  }

  data.releases.forEach((release, i) => {
    const before = data.releases[i - 1];
    if (before !== undefined && compareVersions(before.version, release.version) >= 0) {
      fail(
        ['releases', i, 'version'],
        `release ${release.version} must come after ${before.version}`,
      );
    }
    if (before !== undefined && release.date < before.date) {
      fail(['releases', i, 'date'], `release ${release.version} is dated before ${before.version}`);
    }
    for (const [j, change] of release.changes.entries()) {
      for (const [k, id] of change.ids.entries()) {
        const exists = ids[change.collection].has(id);
        if (change.change === 'removed' ? exists : !exists) {
          fail(
            ['releases', i, 'changes', j, 'ids', k],
            change.change === 'removed'
              ? `release ${release.version} removed ${change.collection} "${id}", which is still there`
              : `release ${release.version} names ${change.collection} "${id}", which does not exist`,
          );
        }
      }
    }
  });
  if (data.releases.at(-1)?.version !== data.version) {
    fail(['releases'], `the last release must be the dataset's version, ${data.version}`);
  }

  const layerOwner = new Map(data.tariffLayers.map((layer) => [layer.id, layer.imposedBy]));
  for (const [i, measure] of data.tariffMeasures.entries()) {
    const path = ['tariffMeasures', i];
    expectSources(measure.sourceIds, path);
    const through = data.stacksVerifiedThrough[measure.imposedBy];
    if (through !== undefined && measure.effectiveOn > through) {
      fail([...path, 'effectiveOn'], `takes effect after ${through}, the verified coverage`);
    }
    const owner = layerOwner.get(measure.layerId);
    if (owner === undefined) {
      fail([...path, 'layerId'], `unknown tariff layer id "${measure.layerId}"`);
    } else if (owner !== measure.imposedBy) {
      fail([...path, 'imposedBy'], `layer ${measure.layerId} is imposed by ${owner}`);
    }
    for (const key of ['supersedes', 'ends'] as const) {
      expectAll(ids.tariffMeasures, 'tariff measure', measure[key], [...path, key]);
      if (measure[key]?.includes(measure.id))
        fail([...path, key], 'a measure cannot replace itself');
    }
  }

  const vintagesOf = new Map(
    data.series.map((s) => [s.id, new Set((s.vintages ?? []).map((v) => v.id))]),
  );
  for (const [i, series] of data.series.entries()) {
    for (const [j, obs] of series.observations.entries()) {
      expectSources(obs.sourceIds, ['series', i, 'observations', j]);
    }
  }

  for (const [i, statement] of data.statements.entries()) {
    expectSources(statement.sourceIds, ['statements', i]);
    expect(ids.actors, 'actor', statement.actorId, ['statements', i, 'actorId']);
    if (statement.eventId !== undefined) {
      expect(ids.events, 'event', statement.eventId, ['statements', i, 'eventId']);
    }
  }

  const expectRef = (ref: ObservationRef | undefined, path: Path) => {
    if (ref === undefined) return;
    const vintages = vintagesOf.get(ref.seriesId);
    if (vintages === undefined) fail([...path, 'seriesId'], `unknown series id "${ref.seriesId}"`);
    else if (ref.vintageId !== undefined && !vintages.has(ref.vintageId)) {
      fail([...path, 'vintageId'], `unknown vintage "${ref.vintageId}" of ${ref.seriesId}`);
    }
  };
  const expectRefs = (refs: ObservationRef[], path: Path) => {
    for (const [k, ref] of refs.entries()) expectRef(ref, [...path, k]);
  };
  const expectCheck = (check: ClaimCheck, path: Path) => {
    switch (check.kind) {
      case 'tariff-measure':
        expect(ids.tariffMeasures, 'tariff measure', check.measureId, [...path, 'measureId']);
        break;
      case 'event-date':
        expect(ids.events, 'event', check.eventId, [...path, 'eventId']);
        break;
      case 'observation':
        expectRef(check.ref, [...path, 'ref']);
        break;
      case 'below':
        expectRef(check.ref, [...path, 'ref']);
        expectRef(check.than, [...path, 'than']);
        break;
      case 'sum':
      case 'zero':
        expectRefs(check.terms, [...path, 'terms']);
        break;
      case 'percent-change':
        expectRefs(check.from, [...path, 'from']);
        expectRefs(check.to, [...path, 'to']);
        break;
      case 'annualized-change':
        expectRef(check.from, [...path, 'from']);
        expectRef(check.to, [...path, 'to']);
        break;
      case 'share':
        expectRef(check.part, [...path, 'part']);
        expectRef(check.whole, [...path, 'whole']);
        break;
      case 'tariff-stack':
      case 'unverifiable':
        break;
    }
  };
  for (const [i, claim] of data.claims.entries()) {
    expectSources(claim.sourceIds, ['claims', i]);
    if (claim.speakerId !== undefined) {
      expect(ids.actors, 'actor', claim.speakerId, ['claims', i, 'speakerId']);
    }
    expectCheck(claim.check, ['claims', i, 'check']);
    for (const [j, alt] of (claim.alternatives ?? []).entries()) {
      expectCheck(alt.check, ['claims', i, 'alternatives', j, 'check']);
    }
    for (const key of ['context', 'after'] as const) {
      for (const [j, c] of (claim[key] ?? []).entries()) {
        expectSources(c.sourceIds, ['claims', i, key, j]);
        if (c.figure !== undefined) expectCheck(c.figure, ['claims', i, key, j, 'figure']);
      }
    }
  }
};
