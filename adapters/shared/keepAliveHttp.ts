/** The keep-alive HTTP helper lives in src/http (the UPS client in src/carrier uses it too); the adapters import it from here. */
export { HttpTransportError, KeepAliveHttp, type HttpRequest, type HttpResponse, type KeepAliveHttpOptions } from '../../src/http/keepAliveHttp.ts';
