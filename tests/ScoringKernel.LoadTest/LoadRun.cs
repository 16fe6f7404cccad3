using System.Diagnostics;
using Grpc.Core;

namespace ScoringKernel.LoadTest;

/// <summary>What one phase measured.</summary>
public sealed record PhaseResult(string Name, int Concurrency, double TargetRate, double Seconds, long Calls, long Errors,
    IReadOnlyDictionary<StatusCode, long> ErrorsByCode, double P50Ms, double P90Ms, double P99Ms, IReadOnlyList<(double Second, long Bytes)> Memory)
{
    public double RequestsPerSecond => Calls / Seconds;
}

/// <summary>
/// Drives one RPC from <c>concurrency</c> workers for a bounded time: closed loop (as fast as answers come) or,
/// with a target rate, open loop (each worker keeps its own schedule). Latencies of the measured part only.
/// </summary>
public static class LoadRun
{
    public static async Task<PhaseResult> RunAsync(string name, Func<CancellationToken, Task> call, int concurrency, TimeSpan warmup, TimeSpan duration,
        double targetRate, int serverPid, TimeSpan memoryEvery)
    {
        var memory = new List<(double, long)>();
        var clock = Stopwatch.StartNew();
        var measureFrom = warmup;
        var end = warmup + duration;
        var latencies = new List<double>[concurrency];
        var errors = new Dictionary<StatusCode, long>();
        long calls = 0;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                if (ServerProcess.ResidentBytes(serverPid) is { } rss) lock (memory) memory.Add((clock.Elapsed.TotalSeconds, rss));
                try { await Task.Delay(memoryEvery, sampling.Token); } catch (OperationCanceledException) { }
            }
        });
        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(1 << 16);
            var interval = targetRate > 0 ? TimeSpan.FromSeconds(concurrency / targetRate) : TimeSpan.Zero;
            var next = TimeSpan.FromTicks(interval.Ticks * w / concurrency);
            while (clock.Elapsed < end)
            {
                if (interval > TimeSpan.Zero)
                {
                    var wait = next - clock.Elapsed;
                    if (wait > TimeSpan.Zero) await Task.Delay(wait);
                    next += interval;
                }
                var started = clock.Elapsed;
                var measured = started >= measureFrom;
                try
                {
                    await call(CancellationToken.None);
                    if (measured) { mine.Add((clock.Elapsed - started).TotalMilliseconds); Interlocked.Increment(ref calls); }
                }
                catch (RpcException e)
                {
                    if (measured) lock (errors) errors[e.StatusCode] = errors.GetValueOrDefault(e.StatusCode) + 1;
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        sampling.Cancel();
        await sampler;

        var all = latencies.SelectMany(l => l).OrderBy(x => x).ToArray();
        double P(double q) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)Math.Ceiling(q * all.Length) - 1)];
        return new PhaseResult(name, concurrency, targetRate, duration.TotalSeconds, calls, errors.Values.Sum(), errors, P(0.50), P(0.90), P(0.99), memory);
    }
}
