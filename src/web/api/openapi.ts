import type { OpenAPIV3 } from 'openapi-types';
import { FACET_NAMES } from '../../store/ports.js';
import { MAX_SEARCH_LIMIT, SEARCH_SORTS } from '../../search/service.js';
import { EXPORT_SORTS } from '../../search/export.js';

/** The OpenAPI 3 description of /api/v1, served at /api/openapi.json and read by the docs page at /api/docs. */

const ref = (name: string): OpenAPIV3.ReferenceObject => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: OpenAPIV3.ReferenceObject) => ({ content: { 'application/json': { schema } } });
const errors: Record<400 | 404, OpenAPIV3.ResponseObject> = {
  400: { description: 'A bad parameter, named in `error.field`', ...json(ref('Error')) },
  404: { description: 'Unknown, or not public yet: the two are not told apart', ...json(ref('Error')) },
};
const q: OpenAPIV3.ParameterObject = { name: 'q', in: 'query', description: 'The query language: words, "phrases", OR, -exclusion, prefix*, and fields such as country:PRK type:UA mandate:sr-dprk year:2024 from:2024-01-01 to:2024-06-30 ref:"AL PRK 1/2024" replied:yes|no|overdue stance:rejects lang:ko kind:reply', schema: { type: 'string' } };
const exportSort: OpenAPIV3.ParameterObject = { name: 'sort', in: 'query', schema: { type: 'string', enum: [...EXPORT_SORTS], default: 'date' } };
const nullableString: OpenAPIV3.SchemaObject = { type: 'string', nullable: true };
const file: OpenAPIV3.SchemaObject = { type: 'object', required: ['sha256', 'filename', 'mime', 'size'], properties: { sha256: { type: 'string' }, filename: { type: 'string' }, mime: { type: 'string' }, size: { type: 'integer' } } };
const communicationLink: OpenAPIV3.SchemaObject = { type: 'object', required: ['reference', 'slug'], properties: { reference: { type: 'string', example: 'AL PRK 1/2024' }, slug: { type: 'string', example: 'AL-PRK-1-2024' } } };
const replySummary: OpenAPIV3.SchemaObject = {
  type: 'object', required: ['id', 'sender', 'dateReceived', 'languages', 'publicOn', 'files'],
  properties: {
    id: { type: 'integer' }, sender: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } },
    noteNumber: nullableString, dateOnNote: { ...nullableString, format: 'date' }, dateReceived: { type: 'string', format: 'date' },
    languages: { type: 'array', items: { type: 'string' } }, stance: { ...nullableString, enum: ['rejects', 'substantive', 'acknowledges', 'partial', null] },
    publicOn: { type: 'string', format: 'date' }, files: { type: 'array', items: ref('File') },
  },
};

export const OPENAPI: OpenAPIV3.Document = {
  openapi: '3.0.3',
  info: {
    title: 'Missive open data API',
    version: '1',
    description: 'Published communications of the UN Special Procedures and the replies to them. Everything here is public as of the day of the request; records not yet public do not exist for this API.',
  },
  servers: [{ url: '/' }],
  paths: {
    '/api/v1/search': {
      get: {
        summary: 'Search communications and replies',
        parameters: [
          q,
          { name: 'sort', in: 'query', schema: { type: 'string', enum: [...SEARCH_SORTS], default: 'relevance' } },
          { name: 'facets', in: 'query', description: `Comma list of ${FACET_NAMES.join(', ')}`, schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_SEARCH_LIMIT, default: 20 } },
          { name: 'cursor', in: 'query', description: 'The nextCursor of the previous page', schema: { type: 'string' } },
        ],
        responses: { 200: { description: 'A page of hits', ...json(ref('SearchResult')) }, 400: errors[400] },
      },
    },
    '/api/v1/search.csv': { get: { summary: 'Every hit of a search as CSV (streamed)', parameters: [q, exportSort, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } }], responses: { 200: { description: 'CSV with a header row', content: { 'text/csv': { schema: { type: 'string' } } } }, 400: errors[400] } } },
    '/api/v1/search.jsonl': { get: { summary: 'Every hit of a search as JSON Lines (streamed)', parameters: [q, exportSort, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1 } }], responses: { 200: { description: 'One JSON object per line', content: { 'application/jsonl': { schema: { type: 'string' } } } }, 400: errors[400] } } },
    '/api/v1/search.atom': { get: { summary: 'An Atom feed of the newest hits of a search', parameters: [q, exportSort, { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_SEARCH_LIMIT, default: 50 } }], responses: { 200: { description: 'Atom 1.0', content: { 'application/atom+xml': { schema: { type: 'string' } } } }, 400: errors[400] } } },
    '/api/v1/deadlines.ics': { get: { summary: 'Reply deadlines of public communications as iCalendar', parameters: [q, { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } }], responses: { 200: { description: 'iCalendar', content: { 'text/calendar': { schema: { type: 'string' } } } }, 400: errors[400] } } },
    '/api/v1/export': { get: { summary: 'The open dataset: every public communication and reply (JSON Lines, streamed)', responses: { 200: { description: 'One record per line, with "record": "communication" or "reply"', content: { 'application/jsonl': { schema: { type: 'string' } } } } } } },
    '/api/v1/communications/{ref}': {
      get: {
        summary: 'A communication by its reference, spaces and slashes as hyphens',
        parameters: [{ name: 'ref', in: 'path', required: true, schema: { type: 'string', example: 'AL-PRK-1-2024' } }],
        responses: { 200: { description: 'The communication as published, with its public replies', ...json(ref('Communication')) }, 404: errors[404] },
      },
    },
    '/api/v1/states/{code}': {
      get: {
        summary: "A State's published communications in figures (docs: /about/figures)",
        parameters: [{ name: 'code', in: 'path', required: true, schema: { type: 'string', example: 'PRK' } }],
        responses: { 200: { description: 'Figures overall and by year', ...json(ref('Profile')) }, 404: errors[404] },
      },
    },
    '/api/v1/mandates/{id}': {
      get: {
        summary: "A mandate's published communications in figures",
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', example: 'sr-dprk' } }],
        responses: { 200: { description: 'Figures overall and by year', ...json(ref('Profile')) }, 404: errors[404] },
      },
    },
    '/api/v1/stats': {
      get: {
        summary: 'The published communications matching a search, in figures (docs: /about/figures)',
        parameters: [q],
        responses: { 200: { description: 'Figures overall and by year', ...json(ref('Stats')) }, 400: errors[400] },
      },
    },
    '/api/v1/statistics': {
      get: {
        summary: 'Every figure of docs/statistics.md (communications, types, joint share, States and non-State actors, replies, response rates within 60 days and ever, median and 90th-percentile days to first reply, stances, overdue, follow-ups) over any filter, as public today; for the whole set and by year or by Council session',
        parameters: [
          { name: 'state', in: 'query', schema: { type: 'string', example: 'PRK' }, description: 'addressed to this State (ISO 3166-1 alpha-3), or OTH for non-State actors' },
          { name: 'mandate', in: 'query', schema: { type: 'string', example: 'sr-dprk' } },
          { name: 'type', in: 'query', schema: { type: 'string', enum: ['UA', 'AL', 'OL'] }, description: 'joint types of the older practice count as their base type' },
          { name: 'from', in: 'query', schema: { type: 'string', format: 'date' }, description: 'sent on or after' },
          { name: 'to', in: 'query', schema: { type: 'string', format: 'date' }, description: 'sent on or before' },
          { name: 'addressee', in: 'query', schema: { type: 'string', enum: ['state', 'non-state'] } },
          { name: 'groupBy', in: 'query', schema: { type: 'string', enum: ['year', 'session', 'none'], default: 'year' } },
          { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv'], default: 'json' } },
        ],
        responses: { 200: { description: '{ filter, today, groupBy, overall, groups }, or CSV: one row for the whole set, then one per group', content: { 'application/json': { schema: { type: 'object' } }, 'text/csv': { schema: { type: 'string' } } } }, 400: errors[400] },
      },
    },
    '/api/v1/reports/sessions/{session}': {
      get: {
        summary: 'The communications report to a regular session of the Human Rights Council (as public on the day): cover, statistics (docs/statistics.md), communications by addressee, replies to earlier ones',
        parameters: [{ name: 'session', in: 'path', required: true, schema: { type: 'integer', minimum: 18 } }, { name: 'format', in: 'query', schema: { type: 'string', enum: ['json', 'csv'], default: 'json' } }],
        responses: { 200: { description: 'The report (JSON), or one CSV row per communication', content: { 'application/json': { schema: { type: 'object' } }, 'text/csv': { schema: { type: 'string' } } } }, 400: errors[400] },
      },
    },
    '/api/v1/replies/{id}': {
      get: {
        summary: 'A reply',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
        responses: { 200: { description: 'The reply as published', ...json(ref('Reply')) }, 404: errors[404] },
      },
    },
  },
  components: {
    schemas: {
      Figures: {
        type: 'object',
        properties: {
          communications: { type: 'integer' }, replied: { type: 'integer' }, repliedInTime: { type: 'integer' },
          responseRate: { type: 'number', nullable: true }, responseRateInTime: { type: 'number', nullable: true }, medianDaysToReply: { type: 'number', nullable: true },
        },
      },
      Stats: {
        type: 'object', required: ['query', 'figures', 'byYear'],
        properties: { query: { type: 'string' }, figures: ref('Figures'), byYear: { type: 'array', items: { allOf: [ref('Figures'), { type: 'object', properties: { year: { type: 'integer' } } }] } } },
      },
      Profile: {
        type: 'object', required: ['kind', 'id', 'name', 'figures', 'byYear'],
        properties: {
          kind: { type: 'string', enum: ['state', 'mandate'] }, id: { type: 'string' }, name: { type: 'string' }, figures: ref('Figures'),
          byYear: { type: 'array', items: { allOf: [ref('Figures'), { type: 'object', properties: { year: { type: 'integer' } } }] } },
        },
      },
      Error: {
        type: 'object', required: ['error'],
        properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string', enum: ['invalid_parameter', 'not_found', 'internal'] }, message: { type: 'string' }, field: { type: 'string' } } } },
      },
      File: file,
      CommunicationLink: communicationLink,
      Hit: {
        type: 'object', required: ['kind', 'id', 'title', 'url'],
        properties: {
          kind: { type: 'string', enum: ['communication', 'reply'] }, id: { type: 'integer' }, title: { type: 'string' }, subject: { type: 'string' },
          date: { ...nullableString, format: 'date' }, replied: { ...nullableString, enum: ['yes', 'overdue', 'pending', null] }, score: { type: 'number', nullable: true },
          url: { type: 'string', example: '/communications/AL-PRK-1-2024' },
          snippet: { type: 'object', nullable: true, properties: { text: { type: 'string' }, page: { type: 'integer', nullable: true }, highlights: { type: 'array', items: { type: 'array', items: { type: 'integer' } } } } },
        },
      },
      SearchResult: {
        type: 'object', required: ['query', 'sort', 'hits', 'facets'],
        properties: {
          query: { type: 'string', description: 'The query as understood' }, sort: { type: 'string', enum: [...SEARCH_SORTS] },
          total: { type: 'integer', nullable: true }, window: { type: 'integer', nullable: true, description: 'Set when the text matched more entries than this: hits, total and facets cover the newest this many' },
          nextCursor: nullableString, hits: { type: 'array', items: ref('Hit') },
          facets: { type: 'object', additionalProperties: { type: 'array', items: { type: 'object', properties: { value: { type: 'string' }, count: { type: 'integer' } } } } },
        },
      },
      ReplySummary: replySummary,
      Reply: { allOf: [ref('ReplySummary'), { type: 'object', properties: { answers: { type: 'array', items: ref('CommunicationLink') } } }] },
      Communication: {
        type: 'object', required: ['reference', 'slug', 'publicOn', 'addressees', 'mandates', 'subject', 'replies'],
        properties: {
          reference: { type: 'string' }, slug: { type: 'string' }, type: nullableString, dateSent: { ...nullableString, format: 'date' },
          replyDue: { ...nullableString, format: 'date' }, publicOn: { type: 'string', format: 'date' },
          addressees: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, name: { type: 'string' } } } },
          mandates: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } } },
          subject: { type: 'string' }, summary: { type: 'string' }, themes: { type: 'array', items: { type: 'string' } }, language: { type: 'string' }, files: { type: 'array', items: ref('File') },
          replies: { type: 'array', items: ref('ReplySummary') }, followsUp: { type: 'array', items: ref('CommunicationLink') }, followedBy: { type: 'array', items: ref('CommunicationLink') },
        },
      },
    },
  },
};
