// The console API client (src/console/API.md): JSON in and out, the CSRF token, errors with the server's text.

import { state } from './state.js';

export const API = '/agent/api';

/** Called when a 401 outside the session routes says the session ended (set by the session module). */
let onSessionEnded = () => {};

export function whenSessionEnds(handler) {
  onSessionEnded = handler;
}

class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

/** Calls the console API; a non-2xx answer throws with the server's `error` text. */
export async function api(method, path, body) {
  const headers = { Accept: 'application/json' };
  const init = { method, headers, credentials: 'same-origin', cache: 'no-store' };
  if (method !== 'GET') {
    if (state.csrf) headers['X-CSRF-Token'] = state.csrf;
    if (method === 'POST') {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body ?? {});
    }
  }
  let res;
  try {
    res = await fetch(API + path, init);
  } catch {
    throw new ApiError(0, 'Cannot reach the server. Check the connection and try again.', null);
  }
  const data = res.status === 204 ? null : await res.json().catch(() => null);
  if (!res.ok) {
    const message = data && typeof data.error === 'string' && data.error ? data.error : `The server answered ${res.status} ${res.statusText}.`;
    // Session routes answer 401 as part of signing in; anywhere else it means the session ended.
    if (res.status === 401 && path !== '/session' && state.agent) onSessionEnded('Your session has ended. Please sign in again.');
    throw new ApiError(res.status, message, data);
  }
  return data;
}
