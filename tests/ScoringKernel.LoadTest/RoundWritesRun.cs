using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;
using ScoringKernel.Contracts.V1;

namespace ScoringKernel.LoadTest;

/// <summary>
/// Mode "round-writes": the round's writes under contention, on SQLite and on PostgreSQL in the same run. For each
/// store: a server process, the 2015 round opened, then 1, 8 and 60 writers each submitting department figures for
/// its own (unit, department) — 60 distinct resources over the 12 units and 5 departments — unconditionally, as
/// fast as answers come; then 50 writers on one unit's self-evaluation, each reading the etag and writing on it
/// (stale ones ABORTED), checked afterwards: events appended = writes accepted. On PostgreSQL also two server
/// processes on one database, 20 writers each: events = accepted, both servers' rounds equal, the chain intact.
/// </summary>
public static class RoundWritesRun
{
    private static readonly Department[] Departments =
        [Department.Organization, Department.PovertyAlleviationOffice, Department.StatisticsBureau, Department.FinanceBureau, Department.HousingAndConstructionBureau];

    public static async Task<int> RunAsync(string serverDll, string root, TimeSpan warmup, TimeSpan duration)
    {
        var example = Google.Protobuf.JsonParser.Default.Parse<EvaluateRequest>(File.ReadAllText(Path.Combine(root, "specs", "examples", "evaluation-2015.json")));
        var units = example.Submissions.Select(s => s.SelfEvaluation.UnitCode).ToList();
        var failures = 0;
        var folder = Directory.CreateTempSubdirectory("sk-round-writes-").FullName;
        using var postgres = new TestSupport.PostgresServer(durable: true);
        var stores = new[] { ("SQLite", $"sqlite:{Path.Combine(folder, "rounds.db")}"), ("PostgreSQL", $"postgres:{postgres.CreateDatabase("writes")}") };
        var rows = new List<string>();
        foreach (var (label, store) in stores)
        {
            await using var server = await ServerProcess.StartAsync(serverDll, TimeSpan.FromSeconds(240), false, "--store", store);
            using var channel = GrpcChannel.ForAddress(server.Address, new GrpcChannelOptions { HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true } });
            var client = new RoundService.RoundServiceClient(channel);
            await client.OpenRoundAsync(new OpenRoundRequest { Year = 2015 });
            foreach (var writers in new[] { 1, 8, 60 })
            {
                var before = Load();
                var counters = new long[writers];
                var result = await LoadRun.RunAsync($"{label}, {writers} writers, distinct resources", async _ =>
                {
                    var w = WriterOf(counters);
                    var n = Interlocked.Increment(ref counters[w]);
                    await client.SubmitDepartmentFiguresAsync(Figures(units[w % units.Count], Departments[w / units.Count % Departments.Length], n));
                }, writers, warmup, duration, 0, server.Pid, TimeSpan.FromSeconds(1));
                rows.Add(Row(result, before, Load()));
                failures += (int)result.Errors;
            }
            failures += await OneUnit(client, label, example.Submissions[0].SelfEvaluation, rows, duration);
            if (label == "PostgreSQL") failures += await TwoProcesses(serverDll, store, units, rows, duration);
            var verified = await client.VerifyRoundAsync(new VerifyRoundRequest { Year = 2015 });
            rows.Add($"{label}: chain {(verified.Intact ? "intact" : "BROKEN")}, {verified.Events} events");
            if (!verified.Intact) failures++;
        }
        Console.WriteLine();
        Console.WriteLine($"{"phase",-58} {"writes/s",9} {"p50 ms",8} {"p99 ms",8} {"errors",7} {"load avg before → after",24}");
        foreach (var row in rows) Console.WriteLine(row);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return failures == 0 ? 0 : 1;
    }

    // LoadRun does not tell a call which worker makes it: calls take the resources in turn, so the writers in flight
    // write distinct ones.
    private static int next;

    private static int WriterOf(long[] counters) => (int)((uint)Interlocked.Increment(ref next) % (uint)counters.Length);

    private static SubmitDepartmentFiguresRequest Figures(string unit, Department department, long n)
    {
        var figures = new DepartmentFigures { Department = department };
        figures.Figures.Add(new FigureValue { Figure = new FigureRef { Field = FigureField.OwnBudgetWan }, Value = n.ToString(CultureInfo.InvariantCulture) });
        return new SubmitDepartmentFiguresRequest { Year = 2015, UnitCode = unit, Figures = figures };
    }

    /// <summary>50 writers on one unit's self-evaluation, each on the etag it read: every accepted write is one event.</summary>
    private static async Task<int> OneUnit(RoundService.RoundServiceClient client, string label, UnitFigures figures, List<string> rows, TimeSpan duration)
    {
        var unit = figures.UnitCode;
        var start = (await client.GetRoundAsync(new GetRoundRequest { Year = 2015 })).Round;
        long accepted = 0, aborted = 0;
        var before = Load();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            var mine = figures.Clone();
            var k = 0;
            while (clock.Elapsed < duration)
            {
                var read = await client.GetSelfEvaluationAsync(new GetSelfEvaluationRequest { Year = 2015, UnitCode = unit });
                mine.HouseRenovation.HouseholdsRenovated = i * 100_000 + ++k;
                try
                {
                    await client.SubmitSelfEvaluationAsync(new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = unit, Figures = mine, Etag = read.SelfEvaluation.Etag.Length == 0 ? "0" : read.SelfEvaluation.Etag });
                    Interlocked.Increment(ref accepted);
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.Aborted) { Interlocked.Increment(ref aborted); }
            }
        }));
        var end = (await client.GetRoundAsync(new GetRoundRequest { Year = 2015 })).Round;
        var appended = long.Parse(end.Etag, CultureInfo.InvariantCulture) - long.Parse(start.Etag, CultureInfo.InvariantCulture);
        var after = Load();
        rows.Add(string.Create(CultureInfo.InvariantCulture,
            $"{label}, 50 writers on one unit with etags: {accepted} accepted ({accepted / clock.Elapsed.TotalSeconds:0}/s), {aborted} stale refused, {appended} events appended — {(appended == accepted ? "nothing lost" : "MISMATCH")}  (load {before} → {after})"));
        return appended == accepted ? 0 : 1;
    }

    /// <summary>Two server processes on one PostgreSQL database, 20 writers each on distinct resources.</summary>
    private static async Task<int> TwoProcesses(string serverDll, string store, List<string> units, List<string> rows, TimeSpan duration)
    {
        await using var first = await ServerProcess.StartAsync(serverDll, TimeSpan.FromSeconds(240), false, "--store", store);
        await using var second = await ServerProcess.StartAsync(serverDll, TimeSpan.FromSeconds(240), false, "--store", store);
        using var a = GrpcChannel.ForAddress(first.Address);
        using var b = GrpcChannel.ForAddress(second.Address);
        var clients = new[] { new RoundService.RoundServiceClient(a), new RoundService.RoundServiceClient(b) };
        var start = long.Parse((await clients[0].GetRoundAsync(new GetRoundRequest { Year = 2015 })).Round.Etag, CultureInfo.InvariantCulture);
        long accepted = 0, errors = 0;
        var before = Load();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 40).Select(async w =>
        {
            var client = clients[w % 2];
            long n = 1_000_000;
            while (clock.Elapsed < duration)
            {
                try
                {
                    await client.SubmitDepartmentFiguresAsync(Figures(units[w % units.Count], Departments[w / units.Count % Departments.Length], ++n));
                    Interlocked.Increment(ref accepted);
                }
                catch (RpcException) { Interlocked.Increment(ref errors); }
            }
        }));
        var one = (await clients[0].GetRoundAsync(new GetRoundRequest { Year = 2015 })).Round;
        var two = (await clients[1].GetRoundAsync(new GetRoundRequest { Year = 2015 })).Round;
        var appended = long.Parse(one.Etag, CultureInfo.InvariantCulture) - start;
        var same = one.Equals(two);
        var intact = (await clients[1].VerifyRoundAsync(new VerifyRoundRequest { Year = 2015 })).Intact;
        rows.Add(string.Create(CultureInfo.InvariantCulture,
            $"PostgreSQL, 2 server processes × 20 writers: {accepted} accepted ({accepted / clock.Elapsed.TotalSeconds:0}/s), {errors} errors, {appended} events appended — {(appended == accepted ? "no lost update" : "MISMATCH")}, both servers' rounds {(same ? "equal" : "DIFFER")}, chain {(intact ? "intact" : "BROKEN")}  (load {before} → {Load()})"));
        return appended == accepted && same && intact && errors == 0 ? 0 : 1;
    }

    private static string Row(PhaseResult r, string before, string after) => string.Create(CultureInfo.InvariantCulture,
        $"{r.Name,-58} {r.RequestsPerSecond,9:0} {r.P50Ms,8:0.0} {r.P99Ms,8:0.0} {r.Errors,7} {before + " → " + after,24}");

    /// <summary>The 1-minute load average now.</summary>
    private static string Load() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
