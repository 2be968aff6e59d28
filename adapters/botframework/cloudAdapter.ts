import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { BotFrameworkConfig } from '../../src/config.ts';

/**
 * botbuilder's CloudAdapter with the request step exposed: the route validates the body and maps
 * errors itself (CloudAdapter.process logs to the console and answers every failure with its text).
 */
export class CarrierCloudAdapter extends CloudAdapter {
  constructor(readonly credentials: BotFrameworkConfig) {
    super(
      new ConfigurationBotFrameworkAuthentication({
        MicrosoftAppId: credentials.appId,
        MicrosoftAppPassword: credentials.appPassword,
        MicrosoftAppTenantId: credentials.tenantId,
        MicrosoftAppType: credentials.appType,
      }),
    );
  }

  /** Authenticates the request (the Authorization header) and runs `logic` on a turn context. */
  run(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/** botframework-connector's AuthenticationError, recognised without importing that transitive package. */
export function isAuthenticationError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const status = (err as { statusCode?: unknown }).statusCode;
  return err.constructor.name === 'AuthenticationError' || status === 401 || status === 403;
}
