/** A small JSON-over-HTTP helper for endpoint tests against a running server. */

export interface HttpResult<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  /** Sent as `Authorization: Bearer <bearer>`. */
  bearer?: string;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as is, with Content-Type: application/json (for malformed bodies). */
  raw?: string;
}

/** The error body the Direct Line endpoints answer with. */
export interface ErrorBody {
  error: { code: string; message: string };
}

export async function call<T = unknown>(baseUrl: string, method: string, path: string, options: CallOptions = {}): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.bearer !== undefined) headers['Authorization'] = `Bearer ${options.bearer}`;
  let body: string | undefined;
  if (options.raw !== undefined || options.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = options.raw ?? JSON.stringify(options.json);
  }
  const response = await fetch(new URL(path, baseUrl), { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    headers: response.headers,
    body: (type.includes('json') && text ? JSON.parse(text) : text) as T,
  };
}
