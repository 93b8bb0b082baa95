// The parts of autocannon's programmatic API the benchmarks use (the package ships no types).
declare module "autocannon" {
  type Request = {
    method?: string;
    path?: string;
    headers?: Record<string, string>;
    body?: string;
  };
  type Options = {
    url: string;
    connections?: number;
    pipelining?: number;
    duration?: number;
    amount?: number;
    headers?: Record<string, string>;
    requests?: Array<Request & { setupRequest?: (req: Request) => Request }>;
  };
  type Histogram = { average: number; p50: number; p99: number; max: number; min: number };
  type Result = {
    latency: Histogram;
    requests: Histogram & { total: number };
    errors: number;
    non2xx: number;
    duration: number;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
