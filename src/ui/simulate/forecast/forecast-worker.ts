import { runForecastInSlices, type ForecastRequest } from '../../../engine/forecast-protocol';

/** Runs forecasts off the main thread, slice by slice, so that the studio stays responsive and can cancel. */
const cancelled = new Set<number>();

self.onmessage = (event: MessageEvent<ForecastRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') {
    cancelled.add(request.id);
    return;
  }
  void runForecastInSlices(request, (reply) => self.postMessage(reply), {
    isCancelled: () => cancelled.has(request.id),
  }).finally(() => cancelled.delete(request.id));
};
