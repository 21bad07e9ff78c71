import type { OpenAPIV3 } from 'openapi-types';
import { html, type SafeHtml } from '../html.js';
import { page, type PageContext } from './layout.js';

/** /api/docs: the API's OpenAPI description as a readable page (server-rendered, no script). */

const isReference = (x: object): x is OpenAPIV3.ReferenceObject => '$ref' in x;

function schemaText(schema: OpenAPIV3.ReferenceObject | OpenAPIV3.SchemaObject | undefined): string {
  if (!schema) return '';
  if (isReference(schema)) return schema.$ref.split('/').pop() ?? '';
  const parts = [schema.type ?? ''];
  if (schema.enum) parts.push(`one of ${schema.enum.filter((v) => v !== null).join(', ')}`);
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(`${schema.minimum ?? ''}–${schema.maximum ?? ''}`);
  if (schema.default !== undefined) parts.push(`default ${String(schema.default)}`);
  return parts.filter((p) => p).join(', ');
}

export function apiDocsPage(ctx: PageContext, document: OpenAPIV3.Document): SafeHtml {
  const operations = Object.entries(document.paths).flatMap(([path, item]) => (item?.get ? [{ path, op: item.get }] : []));
  return page(ctx, document.info.title, html`<h1>${document.info.title}</h1>
<p>${document.info.description ?? ''}</p>
<p>The machine-readable description: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${document.openapi}).</p>
<nav aria-label="Routes"><ul>${operations.map(({ path }) => html`<li><a href="#${path.replace(/[^a-z0-9]+/gi, '-')}"><code>GET ${path}</code></a></li>`)}</ul></nav>
${operations.map(({ path, op }) => {
    const parameters = (op.parameters ?? []).filter((p): p is OpenAPIV3.ParameterObject => !isReference(p));
    return html`<section id="${path.replace(/[^a-z0-9]+/gi, '-')}"><h2><code>GET ${path}</code></h2><p>${op.summary ?? ''}</p>
${parameters.length === 0 ? '' : html`<table><caption>Parameters</caption><thead><tr><th scope="col">name</th><th scope="col">in</th><th scope="col">value</th><th scope="col">meaning</th></tr></thead><tbody>
${parameters.map((p) => html`<tr><td><code>${p.name}</code>${p.required ? ' (required)' : ''}</td><td>${p.in}</td><td>${schemaText(p.schema)}</td><td>${p.description ?? ''}</td></tr>`)}</tbody></table>`}
<h3>Answers</h3><ul>${Object.entries(op.responses).map(([status, r]) => html`<li><strong>${status}</strong> ${isReference(r) ? '' : r.description}${isReference(r) || !r.content ? '' : html` — ${Object.keys(r.content).join(', ')}`}</li>`)}</ul></section>`;
  })}`);
}
