using System.CommandLine;
using System.Globalization;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;
using ScoringKernel.Contracts.V1;
using ScoringKernel.LoadTest;

// The load client: starts the real server on loopback (or uses --address), then measures, with the same
// settings and in the same run, the health check's Check (the empty RPC) and Assess on the example file.
// Mode "compare": peak of each, then Assess at half its peak rate. Mode "soak": Assess at --rate (or half
// peak) for --duration with memory sampled each --memory-every. Mode "json": Assess over HTTP/JSON on the current
// server and on --baseline-dll, alternating (A B A B …, --rounds) so that both meet the same machine. Mode
// "admission": gRPC Assess with admission control on and off, alternating. Mode "flood": --sweeps concurrent sweeps
// while a probe times a health check and a small Assess every 200 ms, on the current server and --baseline-dll.
// Mode "limit": Assess near its real limit — the empty RPC, an echo server with Assess's request and response
// (--serve-echo, this program as a child process), Assess full and basic; rps, p50/p99, and the server's and this
// client's CPU per call; with --baseline-dll, Assess full and basic on that build too, in both orders beside the current one.
// It stops by itself.
if (Array.IndexOf(args, "--serve-echo") is var echoAt and >= 0) return await EchoServer.RunAsync(args[echoAt + 1]);
var root = ScoringKernel.TestSupport.RepoRoot.Path;
var mode = new Option<string>("--mode") { DefaultValueFactory = _ => "compare", Description = "compare, soak, json, admission, flood, limit or round-writes" };
var connections = new Option<int>("--connections") { DefaultValueFactory = _ => 2 };
var concurrency = new Option<int>("--concurrency") { DefaultValueFactory = _ => 16 };
var warmup = new Option<double>("--warmup") { DefaultValueFactory = _ => 3, Description = "seconds" };
var duration = new Option<double>("--duration") { DefaultValueFactory = _ => 10, Description = "seconds per phase" };
var deadline = new Option<int>("--deadline") { DefaultValueFactory = _ => 5000, Description = "milliseconds per call" };
var rate = new Option<double>("--rate") { DefaultValueFactory = _ => 0, Description = "soak: calls per second (0: half the measured peak)" };
var memoryEvery = new Option<double>("--memory-every") { DefaultValueFactory = _ => 1, Description = "seconds between memory samples" };
var address = new Option<string?>("--address") { Description = "use a running server instead of starting one" };
var pid = new Option<int>("--server-pid") { DefaultValueFactory = _ => 0, Description = "with --address: the server's process id, for memory" };
var baselineDll = new Option<string?>("--baseline-dll") { Description = "json, flood and limit modes: a server build to compare with (e.g. the previous commit's), started beside the current one" };
var sweeps = new Option<int>("--sweeps") { DefaultValueFactory = _ => 150, Description = "flood mode: concurrent 10,000-point sweeps" };
var clients = new Option<int>("--clients") { DefaultValueFactory = _ => 10, Description = "flood mode: connections the sweeps are spread over" };
var serverSettings = new Option<string>("--server-settings") { DefaultValueFactory = _ => "", Description = "flood and limit modes: settings for the current server, e.g. \"--admission-server-limit 1\"" };
var rounds = new Option<int>("--rounds") { DefaultValueFactory = _ => 2, Description = "json mode: how many times each server is measured, alternating" };
var figures = new Option<string>("--figures") { DefaultValueFactory = _ => Path.Combine(root, "specs", "examples", "illustrative-2015.json") };
var command = new RootCommand("ScoringKernel load client") { mode, connections, concurrency, warmup, duration, deadline, rate, memoryEvery, address, pid, figures, baselineDll, rounds, sweeps, clients, serverSettings };
command.SetAction(async (r, _) =>
{
    var c = r.GetValue(concurrency);
    var w = TimeSpan.FromSeconds(r.GetValue(warmup));
    var d = TimeSpan.FromSeconds(r.GetValue(duration));
    var every = TimeSpan.FromSeconds(r.GetValue(memoryEvery));
    var serverDll = Path.Combine(root, "src", "ScoringKernel.Server", "bin", "Release", "net10.0", "ScoringKernel.Server.dll");
    var example = JsonParser.Default.Parse<AssessRequest>(File.ReadAllText(r.GetValue(figures)!));
    var results = new List<PhaseResult>();
    switch (r.GetValue(mode))
    {
        case "round-writes":
            // The round's writes under contention, SQLite and PostgreSQL in one run (RoundWritesRun).
            return await RoundWritesRun.RunAsync(serverDll, root, w, d);
        case "json":
        {
            // Assess over HTTP/JSON on the current server against --baseline-dll, alternating.
            var body = File.ReadAllBytes(r.GetValue(figures)!);
            await using var current = await ServerProcess.StartAsync(serverDll, TimeSpan.FromSeconds(60), json: true);
            await using var baseline = await ServerProcess.StartAsync(r.GetValue(baselineDll) ?? throw new ArgumentException("--mode json needs --baseline-dll"), TimeSpan.FromSeconds(60), json: true);
            results = await Alternating.RunAsync([("current", current), ("baseline", baseline)], r.GetValue(rounds), async (label, s, round) =>
            {
                using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = c }) { BaseAddress = new Uri(s.JsonAddress!) };
                Func<CancellationToken, Task> post = async ct =>
                {
                    using var content = new ByteArrayContent(body) { Headers = { { "Content-Type", "application/json" } } };
                    using var response = await http.PostAsync("/v1/assess", content, ct);
                    await response.Content.ReadAsByteArrayAsync(ct);
                    if (!response.IsSuccessStatusCode) throw new RpcException(new Status(StatusCode.Unknown, $"HTTP {(int)response.StatusCode}"));
                };
                return await LoadRun.RunAsync($"JSON Assess, {label} (round {round})", post, c, w, d, 0, s.Pid, every);
            });
            Print(results);
            Console.WriteLine($"JSON Assess throughput, current / baseline, {Alternating.Ratios(results)}");
            return results.Sum(x => x.Errors) == 0 ? 0 : 1;
        }
        case "admission":
        {
            // gRPC Assess with admission control on and off, alternating: what admission costs the common case.
            await using var on = await ServerProcess.StartAsync(serverDll, TimeSpan.FromSeconds(60), false, "--admission", "true");
            await using var off = await ServerProcess.StartAsync(serverDll, TimeSpan.FromSeconds(60), false, "--admission", "false");
            results = await Alternating.RunAsync([("admission on", on), ("admission off", off)], r.GetValue(rounds), async (label, s, round) =>
            {
                using var channel = GrpcChannel.ForAddress(s.Address);
                var client = new ScoringService.ScoringServiceClient(channel);
                return await LoadRun.RunAsync($"Assess, {label} (round {round})", async ct => await client.AssessAsync(example, cancellationToken: ct), c, w, d, 0, s.Pid, every);
            });
            Print(results);
            Console.WriteLine($"Assess throughput, admission on / off, {Alternating.Ratios(results)}");
            return results.Sum(x => x.Errors) == 0 ? 0 : 1;
        }
        case "limit":
        {
            // With --baseline-dll, Assess full and basic also on that build, each phase beside the current one's.
            await using var real = await ServerProcess.StartAsync(serverDll, TimeSpan.FromSeconds(60), false, r.GetValue(serverSettings)!.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            await using var echo = await ServerProcess.StartAsync(typeof(EchoServer).Assembly.Location, TimeSpan.FromSeconds(60), false, "--serve-echo", r.GetValue(figures)!);
            await using var before = r.GetValue(baselineDll) is { } baselinePath ? await ServerProcess.StartAsync(baselinePath, TimeSpan.FromSeconds(60), false) : null;
            using var realChannel = GrpcChannel.ForAddress(real.Address);
            using var echoChannel = GrpcChannel.ForAddress(echo.Address);
            using var beforeChannel = before is null ? null : GrpcChannel.ForAddress(before.Address);
            var realClient = new ScoringService.ScoringServiceClient(realChannel);
            var echoClient = new ScoringService.ScoringServiceClient(echoChannel);
            var beforeClient = beforeChannel is null ? null : new ScoringService.ScoringServiceClient(beforeChannel);
            var healthClient = new Health.HealthClient(realChannel);
            var basic = example.Clone();
            basic.View = AssessmentView.Basic;
            Func<CancellationToken, Task> Assess(ScoringService.ScoringServiceClient client, AssessRequest req) => async ct => await client.AssessAsync(req, cancellationToken: ct);
            var phases = new List<(string, int, Func<CancellationToken, Task>)>
            {
                ("empty RPC (Health/Check)", real.Pid, async ct => await healthClient.CheckAsync(new HealthCheckRequest(), cancellationToken: ct)),
                ("echo (Assess's request and response)", echo.Pid, Assess(echoClient, example)),
            };
            foreach (var (view, viewRequest) in new[] { ("full", example), ("basic view", basic) })
            {
                (string Name, int Pid, Func<CancellationToken, Task> Call) current = ($"Assess, {view}", real.Pid, Assess(realClient, viewRequest));
                if (beforeClient is null) { phases.Add(current); continue; }
                // Each order once (A B B A): the same build in both places of a pair costs the server ~18 % more in the
                // second (1,458 against 1,232 µs), so one order alone would credit the current build with the machine.
                (string Name, int Pid, Func<CancellationToken, Task> Call) baseline = ($"Assess, {view} (baseline)", before!.Pid, Assess(beforeClient, viewRequest));
                phases.AddRange([current, baseline, (baseline.Name + " again", baseline.Pid, baseline.Call), (current.Name + " again", current.Pid, current.Call)]);
            }
            // A process whose connection first carries large answers costs the server about twice as much per Assess for
            // the whole run as one that first carried small calls (the same build as --baseline-dll: 3,197 against 1,527
            // µs). So every connection first carries the empty RPC for the warm-up time.
            foreach (var (channel, pid) in new[] { (realChannel, real.Pid), (echoChannel, echo.Pid), (beforeChannel, before?.Pid ?? 0) })
                if (channel is not null)
                {
                    var warming = new Health.HealthClient(channel);
                    await LoadRun.RunAsync("warming the connection", async ct => await warming.CheckAsync(new HealthCheckRequest(), cancellationToken: ct), c, TimeSpan.Zero, w, 0, pid, every);
                }
            var rows = new List<(PhaseResult Result, double ServerUs, double ClientUs)>();
            foreach (var (name, pid, call) in phases)
            {
                await LoadRun.RunAsync(name, call, c, TimeSpan.Zero, w, 0, pid, every);
                var server0 = CpuClock.Of(pid);
                var client0 = CpuClock.OfThisProcess();
                var result = await LoadRun.RunAsync(name, call, c, TimeSpan.Zero, d, 0, pid, every);
                rows.Add((result, (CpuClock.Of(pid) - server0).TotalMicroseconds / result.Calls, (CpuClock.OfThisProcess() - client0).TotalMicroseconds / result.Calls));
            }
            Console.WriteLine();
            Console.WriteLine($"{"phase",-40} {"rps",8} {"p50 ms",8} {"p99 ms",8} {"server CPU µs/call",19} {"client CPU µs/call",19}");
            foreach (var (x, serverUs, clientUs) in rows)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{x.Name,-40} {x.RequestsPerSecond,8:0} {x.P50Ms,8:0.000} {x.P99Ms,8:0.000} {serverUs,19:0} {clientUs,19:0}"));
            var echoRow = rows[1];
            // Both places of the pair averaged (geometric mean) when there are two.
            double Mean(Func<(PhaseResult Result, double ServerUs, double ClientUs), double> of, string name) =>
                Math.Exp(rows.Where(x => x.Result.Name == name || x.Result.Name == name + " again").Average(x => Math.Log(of(x))));
            foreach (var label in beforeClient is null ? [""] : new[] { "", " (baseline)" })
            {
                double fullUs = Mean(x => x.ServerUs, "Assess, full" + label), fullRps = Mean(x => x.Result.RequestsPerSecond, "Assess, full" + label);
                double basicUs = Mean(x => x.ServerUs, "Assess, basic view" + label), basicRps = Mean(x => x.Result.RequestsPerSecond, "Assess, basic view" + label);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Assess full{label}: server CPU {fullUs / echoRow.ServerUs:0.00}× the echo's, throughput {fullRps / echoRow.Result.RequestsPerSecond:P0} of it; basic: {basicRps / echoRow.Result.RequestsPerSecond:P0}, server CPU {basicUs / echoRow.ServerUs:0.00}×"));
            }
            if (beforeClient is not null)
                foreach (var view in new[] { "full", "basic view" })
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"Assess {view}, current / baseline, both orders: server CPU {Mean(x => x.ServerUs, $"Assess, {view}") / Mean(x => x.ServerUs, $"Assess, {view} (baseline)"):0.00}×, throughput {Mean(x => x.Result.RequestsPerSecond, $"Assess, {view}") / Mean(x => x.Result.RequestsPerSecond, $"Assess, {view} (baseline)"):0.00}×"));
            return rows.Sum(x => x.Result.Errors) == 0 ? 0 : 1;
        }
        case "flood":
        {
            // --sweeps concurrent sweeps over --clients connections, with a probe timing cheap calls, on the current server then --baseline-dll.
            var floods = new List<FloodResult>();
            foreach (var (label, dll) in new[] { ("current", serverDll), ("baseline", r.GetValue(baselineDll)) })
            {
                if (dll is null) continue;
                var settings = label == "current" ? r.GetValue(serverSettings)!.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
                await using var s = await ServerProcess.StartAsync(dll, TimeSpan.FromSeconds(60), false, settings);
                floods.Add(await FloodRun.RunAsync(label, s.Address, example, r.GetValue(sweeps), r.GetValue(clients), w, d));
            }
            FloodRun.Print(floods);
            return 0;
        }
    }

    await using var server = r.GetValue(address) is null
        ? await ServerProcess.StartAsync(Path.Combine(root, "src", "ScoringKernel.Server", "bin", "Release", "net10.0", "ScoringKernel.Server.dll"), TimeSpan.FromSeconds(60))
        : null;
    var target = server?.Address ?? r.GetValue(address)!;
    var serverPid = server?.Pid ?? r.GetValue(pid);
    var channels = Enumerable.Range(0, r.GetValue(connections)).Select(_ => GrpcChannel.ForAddress(target, new GrpcChannelOptions
    {
        HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = false, PooledConnectionIdleTimeout = Timeout.InfiniteTimeSpan },
    })).ToArray();
    var request = example;
    var deadlineMs = r.GetValue(deadline);
    long turn = 0;
    var health = channels.Select(c => new Health.HealthClient(c)).ToArray();
    var scoring = channels.Select(c => new ScoringService.ScoringServiceClient(c)).ToArray();
    Func<CancellationToken, Task> check = async ct => { var i = (int)(Interlocked.Increment(ref turn) % channels.Length); await health[i].CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddMilliseconds(deadlineMs), cancellationToken: ct); };
    var basicRequest = request.Clone();
    basicRequest.View = AssessmentView.Basic;
    Func<CancellationToken, Task> assessBasic = async ct => { var i = (int)(Interlocked.Increment(ref turn) % channels.Length); await scoring[i].AssessAsync(basicRequest, deadline: DateTime.UtcNow.AddMilliseconds(deadlineMs), cancellationToken: ct); };
    Func<CancellationToken, Task> assess = async ct => { var i = (int)(Interlocked.Increment(ref turn) % channels.Length); await scoring[i].AssessAsync(request, deadline: DateTime.UtcNow.AddMilliseconds(deadlineMs), cancellationToken: ct); };
    Console.WriteLine($"server {target} (pid {serverPid}); {channels.Length} connections, concurrency {c}, warm-up {w.TotalSeconds} s, {d.TotalSeconds} s per phase, deadline {deadlineMs} ms");

    if (r.GetValue(mode) == "soak")
    {
        var soakRate = r.GetValue(rate);
        if (soakRate <= 0)
        {
            var peak = await LoadRun.RunAsync("Assess (peak)", assess, c, w, TimeSpan.FromSeconds(10), 0, serverPid, every);
            results.Add(peak);
            soakRate = peak.RequestsPerSecond / 2;
        }
        var soak = await LoadRun.RunAsync($"Assess soak at {soakRate:0} rps", assess, c, w, d, soakRate, serverPid, every);
        results.Add(soak);
        Print(results);
        PrintMemory(soak, w.TotalSeconds);
    }
    else
    {
        var emptyPeak = await LoadRun.RunAsync("Health/Check (peak)", check, c, w, d, 0, serverPid, every);
        var assessPeak = await LoadRun.RunAsync("Assess (peak)", assess, c, w, d, 0, serverPid, every);
        var half = await LoadRun.RunAsync($"Assess at half peak ({assessPeak.RequestsPerSecond / 2:0} rps)", assess, c, w, d, assessPeak.RequestsPerSecond / 2, serverPid, every);
        var basicPeak = await LoadRun.RunAsync("Assess, basic view (peak)", assessBasic, c, w, d, 0, serverPid, every);
        results.AddRange([emptyPeak, assessPeak, half, basicPeak]);
        Print(results);
        Console.WriteLine($"Assess / empty RPC throughput: {assessPeak.RequestsPerSecond / emptyPeak.RequestsPerSecond:P1}");
        Console.WriteLine($"Assess (basic view) / empty RPC throughput: {basicPeak.RequestsPerSecond / emptyPeak.RequestsPerSecond:P1}");
    }
    foreach (var ch in channels) ch.Dispose();
    return results.Sum(x => x.Errors) == 0 ? 0 : 1;
});
return await command.Parse(args).InvokeAsync();

static void Print(IEnumerable<PhaseResult> results)
{
    Console.WriteLine();
    Console.WriteLine($"{"phase",-42} {"calls",9} {"rps",9} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"errors",7} {"RSS MiB",12}");
    foreach (var x in results)
    {
        var rss = x.Memory.Count == 0 ? "n/a" : $"{x.Memory.Min(m => m.Bytes) / 1048576.0:0}-{x.Memory.Max(m => m.Bytes) / 1048576.0:0}";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{x.Name,-42} {x.Calls,9} {x.RequestsPerSecond,9:0} {x.P50Ms,8:0.000} {x.P90Ms,8:0.000} {x.P99Ms,8:0.000} {x.Errors,7} {rss,12}"));
        foreach (var (code, n) in x.ErrorsByCode) Console.WriteLine($"    {code}: {n}");
    }
}

static void PrintMemory(PhaseResult soak, double warmupSeconds)
{
    var samples = soak.Memory.Where(m => m.Second >= warmupSeconds).ToList();
    if (samples.Count == 0) return;
    Console.WriteLine();
    Console.WriteLine("minute  RSS MiB (mean of samples)");
    foreach (var g in samples.GroupBy(m => (int)((m.Second - warmupSeconds) / 60)))
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{g.Key + 1,6}  {g.Average(m => m.Bytes) / 1048576.0,8:0.0}"));
    var fromMinute2 = samples.Where(m => m.Second - warmupSeconds >= 60).ToList();
    if (fromMinute2.Count > 1)
    {
        var first = fromMinute2.Take(Math.Max(1, fromMinute2.Count / 10)).Average(m => m.Bytes);
        var last = fromMinute2.Skip(fromMinute2.Count - Math.Max(1, fromMinute2.Count / 10)).Average(m => m.Bytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RSS growth from the start of minute 2 to the end: {(last - first) / first:P2}"));
    }
}

