// The slice of autocannon 8's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  type Histogram = { average: number; min: number; max: number; p50: number; p90: number; p99: number; p99_9: number };
  type RawRequest = { method?: string; path?: string; headers?: Record<string, string>; body?: string | Buffer };
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    amount?: number;
    timeout?: number;
    method?: string;
    headers?: Record<string, string>;
    body?: string;
    requests?: (RawRequest & { setupRequest?: (req: RawRequest, context: Record<string, unknown>) => RawRequest })[];
  };
  export type Result = {
    requests: Histogram & { total: number; sent: number };
    latency: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    statusCodeStats?: Record<string, { count: number }>;
  };
  export type Instance = Promise<Result> & { on(event: 'response', cb: (client: unknown, statusCode: number) => void): void; stop(): void };
  export default function autocannon(opts: Options): Instance;
}
