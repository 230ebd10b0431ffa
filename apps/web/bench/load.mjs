// A bounded load run on loopback: autocannon, a fixed number of connections for a fixed time.
import autocannon from 'autocannon';

/**
 * @param {string} url
 * @param {{ seconds: number, connections: number }} options
 */
export const load = async (url, { seconds, connections }) => {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { 'accept-encoding': 'gzip' },
  });
  return {
    url,
    seconds,
    connections,
    requestsPerSecond: result.requests.average,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    throughputMBps: result.throughput.average / 1e6,
  };
};
