using System.Diagnostics.Metrics;

namespace ScoringKernel.Server.Hosting;

/// <summary>
/// The server's own instruments (meter <see cref="MeterName"/>), beside ASP.NET Core's: every RPC's duration by
/// method and gRPC status, assessments answered, units scored, sweep points computed, admission refusals and the
/// expensive calls waiting for admission, and the calls refused for want of a role or an allowed certificate.
/// </summary>
public sealed class KernelMetrics : IDisposable
{
    public const string MeterName = "ScoringKernel";

    private readonly Meter meter = new(MeterName, "1.0.0");
    private readonly Histogram<double> rpcDuration;
    private readonly Counter<long> assessments;
    private readonly Counter<long> unitsScored;
    private readonly Counter<long> sweepPoints;
    private readonly Counter<long> rejections;
    private readonly Counter<long> chainBreaks;
    private readonly Counter<long> refusals;

    /// <summary>How many expensive calls wait for admission now; set by admission control.</summary>
    public Func<long> Queued { get; set; } = () => 0;

    public KernelMetrics()
    {
        rpcDuration = meter.CreateHistogram<double>("scoringkernel.rpc.duration", "s", "Duration of each RPC, gRPC or HTTP/JSON, by method and gRPC status",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        assessments = meter.CreateCounter<long>("scoringkernel.assessments", "{assessment}", "Assessments answered (Assess)");
        unitsScored = meter.CreateCounter<long>("scoringkernel.units_scored", "{unit}", "Score cards produced by Assess and ScoreUnit");
        sweepPoints = meter.CreateCounter<long>("scoringkernel.sweep_points", "{point}", "Sweep points computed and sent");
        rejections = meter.CreateCounter<long>("scoringkernel.admission.rejections", "{call}", "Expensive calls refused by admission control (RESOURCE_EXHAUSTED)");
        chainBreaks = meter.CreateCounter<long>("scoringkernel.round.chain_breaks", "{round}", "Rounds whose hash chain was found broken (each refuses writes until looked into)");
        refusals = meter.CreateCounter<long>("scoringkernel.refusals", "{call}", "Calls refused by the role table or the round's roles (401, 403), by route, role named and code");
        meter.CreateObservableGauge("scoringkernel.admission.queued", () => Queued(), "{call}", "Expensive calls waiting for admission on the server");
    }

    public void Rpc(string method, string status, TimeSpan duration) =>
        rpcDuration.Record(duration.TotalSeconds, new("rpc.method", method), new("rpc.grpc.status", status));

    public void Assessed(int units)
    {
        assessments.Add(1);
        unitsScored.Add(units);
    }

    public void Scored(int units) => unitsScored.Add(units);

    public void SweepPoint() => sweepPoints.Add(1);

    public void Rejected(string method) => rejections.Add(1, new KeyValuePair<string, object?>("rpc.method", method));

    public void ChainBroken(int year) => chainBreaks.Add(1, new KeyValuePair<string, object?>("round.year", year));
    /// <summary>A refused call: the route (an RPC's path or "VERB /pattern"), the role it named ("-" for none) and the code.</summary>
    public void Refused(string route, string role, string code) =>
        refusals.Add(1, new("route", route), new("role", role), new("code", code));

    public void Dispose() => meter.Dispose();
}
