using System.Diagnostics;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using ScoringKernel.Contracts.V1;

namespace ScoringKernel.LoadTest;

/// <summary>What a person meets while others flood the server: cheap calls' latency, and what the flood got.</summary>
public sealed record FloodResult(string Name, IReadOnlyList<double> HealthMs, IReadOnlyList<double> AssessMs, long ProbeErrors,
    long SweepsCompleted, long SweepsRefused, long SweepsFailed, long PointsReceived);

/// <summary>
/// <c>sweeps</c> concurrent 10,000-point sweeps spread over <c>clients</c> connections, half of them re-scoring every
/// unit (a rule parameter), half one unit (a figure); a refused sweep waits the server's pushback hint (or 200 ms) and
/// tries again, as a well-behaved client does. Meanwhile a probe on a connection of its own times a health check and
/// a basic-view Assess every 200 ms, measured after the warm-up (the first calls compile the server's code paths).
/// Everything stops at the end of warm-up plus duration.
/// </summary>
public static class FloodRun
{
    public static async Task<FloodResult> RunAsync(string name, string address, AssessRequest example, int sweeps, int clients, TimeSpan warmup, TimeSpan duration)
    {
        var channels = Enumerable.Range(0, clients).Select(_ => GrpcChannel.ForAddress(address)).ToArray();
        using var probeChannel = GrpcChannel.ForAddress(address);
        using var stop = new CancellationTokenSource(warmup + duration);
        var run = Stopwatch.StartNew();
        long completed = 0, refused = 0, failed = 0, points = 0;

        var flood = Enumerable.Range(0, sweeps).Select(i => Task.Run(async () =>
        {
            var client = new ScenarioService.ScenarioServiceClient(channels[i % clients]);
            var request = new SweepScenarioRequest
            {
                Base = example,
                Template = i % 2 == 0
                    ? new Override { Parameter = new ParameterOverride { Path = "village_income.income_target_yuan", Value = "0" } }
                    : new Override { Figure = new FigureOverride { UnitCode = "430424", Field = FigureField.TotalInvestmentWan, Value = "0" } },
                Start = "0", Stop = "9999", Step = "1",
            };
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    using var call = client.SweepScenario(request, cancellationToken: stop.Token);
                    while (await call.ResponseStream.MoveNext(stop.Token)) Interlocked.Increment(ref points);
                    Interlocked.Increment(ref completed);
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.ResourceExhausted)
                {
                    Interlocked.Increment(ref refused);
                    var wait = int.TryParse(e.Trailers.GetValue("grpc-retry-pushback-ms"), out var ms) ? ms : 200;
                    try { await Task.Delay(wait, stop.Token); } catch (OperationCanceledException) { }
                }
                catch (RpcException) when (stop.IsCancellationRequested) { }
                catch (OperationCanceledException) { }
                catch (RpcException) { Interlocked.Increment(ref failed); }
            }
        })).ToArray();

        var health = new Health.HealthClient(probeChannel);
        var scoring = new ScoringService.ScoringServiceClient(probeChannel);
        var basic = example.Clone();
        basic.View = AssessmentView.Basic;
        var healthMs = new List<double>();
        var assessMs = new List<double>();
        long probeErrors = 0;
        while (!stop.IsCancellationRequested)
        {
            var tick = Stopwatch.StartNew();
            try
            {
                var clock = Stopwatch.StartNew();
                var measured = run.Elapsed >= warmup;
                await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10));
                if (measured) healthMs.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                await scoring.AssessAsync(basic, deadline: DateTime.UtcNow.AddSeconds(10));
                if (measured) assessMs.Add(clock.Elapsed.TotalMilliseconds);
            }
            catch (RpcException) { probeErrors++; }
            var rest = TimeSpan.FromMilliseconds(200) - tick.Elapsed;
            if (rest > TimeSpan.Zero) try { await Task.Delay(rest, stop.Token); } catch (OperationCanceledException) { }
        }
        await Task.WhenAll(flood);
        foreach (var channel in channels) channel.Dispose();
        return new FloodResult(name, healthMs, assessMs, probeErrors, completed, refused, failed, points);
    }

    public static void Print(IEnumerable<FloodResult> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{"server",-22} {"probes",7} {"health p50/p99/max ms",24} {"Assess p50/p99/max ms",24} {"probe errors",12} {"sweeps done",11} {"refused",8} {"failed",7} {"points",10}");
        foreach (var r in results)
            Console.WriteLine(System.FormattableString.Invariant(
                $"{r.Name,-22} {r.HealthMs.Count,7} {Stats(r.HealthMs),24} {Stats(r.AssessMs),24} {r.ProbeErrors,12} {r.SweepsCompleted,11} {r.SweepsRefused,8} {r.SweepsFailed,7} {r.PointsReceived,10}"));
    }

    private static string Stats(IReadOnlyList<double> ms)
    {
        if (ms.Count == 0) return "n/a";
        var sorted = ms.Order().ToArray();
        double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return System.FormattableString.Invariant($"{P(0.5):0.0}/{P(0.99):0.0}/{sorted[^1]:0.0}");
    }
}
