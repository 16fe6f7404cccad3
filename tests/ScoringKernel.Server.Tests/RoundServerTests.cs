using System.Diagnostics;
using System.Net.Security;
using System.Runtime.InteropServices;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using ScoringKernel.Contracts.V1;
using ScoringKernel.Store;
using Xunit;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Server.Tests;

/// <summary>The round served: over gRPC on a real server, many clients at once, roles with real certificates, a crash.</summary>
public sealed partial class RoundServerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sk-round-server-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private string Store(string name) => $"sqlite:{Path.Combine(folder, name)}";

    [Fact]
    public async Task Fifty_clients_at_once_lose_no_update_every_stale_write_is_aborted_and_the_state_is_the_replay()
    {
        var store = Store("concurrent.db");
        var app = ScoringServer.Build(["--urls", "http://127.0.0.1:0", "--json-url", "none", "--metrics-url", "none", "--store", store, "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        try
        {
            var address = ScoringServer.Addresses(app)[0];
            using (var channel = GrpcChannel.ForAddress(address))
                await new RoundService.RoundServiceClient(channel).OpenRoundAsync(new OpenRoundRequest { Year = 2015 });
            var selves = Examples.Evaluation.Submissions.Select(s => s.SelfEvaluation).ToList();
            var channels = Enumerable.Range(0, 50).Select(_ => GrpcChannel.ForAddress(address)).ToList();
            var accepted = 0;
            var aborted = 0;
            // Each client corrects one unit's figures three times, each time on the etag it last read: clients on the
            // same unit race, so some writes are stale; a stale one reads again and tries once more.
            var clients = channels.Select(async (channel, i) =>
            {
                var client = new RoundService.RoundServiceClient(channel);
                var figures = selves[i % 12].Clone();
                for (var k = 0; k < 3; k++)
                {
                    var read = await client.GetSelfEvaluationAsync(new GetSelfEvaluationRequest { Year = 2015, UnitCode = figures.UnitCode });
                    figures.HouseRenovation.HouseholdsRenovated = i * 10 + k;
                    try
                    {
                        await client.SubmitSelfEvaluationAsync(new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = figures.UnitCode, Figures = figures, Etag = read.SelfEvaluation.Etag.Length == 0 ? "0" : read.SelfEvaluation.Etag });
                        Interlocked.Increment(ref accepted);
                    }
                    catch (RpcException e) when (e.StatusCode == StatusCode.Aborted)
                    {
                        var info = e.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>();
                        Assert.Equal("ETAG_STALE", info.Reason);
                        Assert.NotEqual(info.Metadata["given_etag"], info.Metadata["current_etag"]);
                        Interlocked.Increment(ref aborted);
                    }
                }
            }).ToList();
            await Task.WhenAll(clients);
            Assert.Equal(150, accepted + aborted);
            Assert.True(aborted > 0, "some writes raced on the same etag");

            await using var events = EventStores.Open(store);
            var stored = await events.ReadStreamAsync("round-2015");
            // No lost update: every accepted write is one event, nothing else was written.
            Assert.Equal(1 + accepted, stored.Count);
            var replayed = Core.Round.RoundDecider.Fold(stored.Select(Application.Rounds.RoundService.Decode).ToSeq());
            using var reader = GrpcChannel.ForAddress(address);
            var round = (await new RoundService.RoundServiceClient(reader).GetRoundAsync(new GetRoundRequest { Year = 2015 })).Round;
            Assert.Equal(stored.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), round.Etag);
            foreach (var unit in round.Units)
            {
                var state = replayed.Unit(Core.Units.UnitCode.Known(unit.UnitCode)).IfNone(() => throw new Xunit.Sdk.XunitException(unit.UnitCode));
                Assert.Equal(state.SelfEvaluations.Count, unit.SelfEvaluation.Version);
                Assert.Equal(Wire.Mapping.FiguresMapping.FromDomain(state.LatestSelfEvaluation.IfNone(() => throw new Xunit.Sdk.XunitException("none")).Figures), unit.SelfEvaluation.Figures);
            }
            foreach (var c in channels) c.Dispose();
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    private const int SigKill = 9;

    [Fact]
    public async Task A_server_killed_in_the_middle_of_an_import_leaves_the_round_as_before_or_as_after()
    {
        var store = Store("crash.db");
        var outcomes = new List<long>();
        long opened;
        for (var run = 0; run < 4; run++)
        {
            using (var server = await ServerProcess.Start(store))
            {
                using var channel = GrpcChannel.ForAddress(server.Address);
                var client = new RoundService.RoundServiceClient(channel);
                if (run == 0) await client.OpenRoundAsync(new OpenRoundRequest { Year = 2015 });
                var import = client.ImportRoundAsync(new ImportRoundRequest { Year = 2015, Evaluation = Examples.Evaluation }).ResponseAsync;
                await Task.Delay(run * 40);
                Assert.Equal(0, kill(server.Process.Id, SigKill));
                try { await import; } catch (RpcException) { }
                server.Process.WaitForExit(30_000);
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await using var events = EventStores.Open(store);
            outcomes.Add(await events.CurrentVersionAsync("round-2015"));
        }
        // Restarted, the server finds each import whole or absent: versions move by the import's 18 events or not at all.
        opened = 1;
        var previous = opened;
        foreach (var version in outcomes)
        {
            Assert.True((version - previous) % 18 == 0 && version >= previous, $"after a kill the round is at {version}, from {previous}");
            previous = version;
        }
        using var last = await ServerProcess.Start(store);
        using var reader = GrpcChannel.ForAddress(last.Address);
        var round = (await new RoundService.RoundServiceClient(reader).GetRoundAsync(new GetRoundRequest { Year = 2015 })).Round;
        Assert.Equal(previous.ToString(System.Globalization.CultureInfo.InvariantCulture), round.Etag);
        Assert.Equal(previous == 1 ? 12 : 0, round.MissingSelfEvaluations.Count);
    }

    private sealed partial class ServerProcess : IDisposable
    {
        public required Process Process { get; init; }
        public required string Address { get; init; }

        public static async Task<ServerProcess> Start(string store)
        {
            var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
            var dll = Path.Combine(Examples.RepoRoot, "src", "ScoringKernel.Server", "bin", configuration, "net10.0", "ScoringKernel.Server.dll");
            var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { dll, "--urls", "http://127.0.0.1:0", "--json-url", "none", "--metrics-url", "none", "--store", store }) info.ArgumentList.Add(a);
            var process = Process.Start(info)!;
            var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
            process.OutputDataReceived += (_, e) => { if (e.Data is { } l && Listening().Match(l) is { Success: true } m) listening.TrySetResult(m.Groups[1].Value); };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return new ServerProcess { Process = process, Address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60)) };
        }

        public void Dispose()
        {
            if (!Process.HasExited) Process.Kill(true);
            Process.Dispose();
        }

        [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
        private static partial Regex Listening();
    }

    [Fact]
    public async Task Each_role_with_a_real_certificate_is_allowed_where_it_belongs_and_refused_elsewhere()
    {
        using var files = new TestCertificates();
        var ca = TestCertificates.Authority("ScoringKernel round CA");
        var store = Store("roles.db");
        var app = ScoringServer.Build([
            "--profile", "production",
            "--urls", "https://127.0.0.1:0",
            "--tls-certificate", files.WritePfx(TestCertificates.Issue(ca, "CN=scoringkernel.test", server: true), "server.pfx"),
            "--client-ca", files.WritePem(ca, "ca.pem"),
            "--allowed-clients", "CN=office:office;CN=leaders:leading_group;CN=inspector:inspector;CN=reader:read;CN=changning:unit:430482;CN=finance:department:DEPARTMENT_FINANCE_BUREAU",
            "--metrics-url", "none", "--store", store, "--Logging:LogLevel:Default=Warning",
        ]);
        await app.StartAsync();
        try
        {
            var address = ScoringServer.Addresses(app)[0];
            RoundService.RoundServiceClient As(string subject) => new(GrpcChannel.ForAddress(address, new GrpcChannelOptions
            {
                HttpHandler = new SocketsHttpHandler
                {
                    SslOptions = new SslClientAuthenticationOptions
                    {
                        ClientCertificates = new X509CertificateCollection { TestCertificates.Issue(ca, subject, server: false) },
                        RemoteCertificateValidationCallback = (_, _, _, _) => true,
                    },
                },
            }));
            var office = As("CN=office");
            var leaders = As("CN=leaders");
            var inspector = As("CN=inspector");
            var reader = As("CN=reader");
            var changning = As("CN=changning");
            var finance = As("CN=finance");
            await using var events = EventStores.Open(store);

            async Task Denied(Func<Task> call, string role)
            {
                var before = await events.CurrentVersionAsync("round-2015");
                var e = await Assert.ThrowsAsync<RpcException>(call);
                Assert.Equal(StatusCode.PermissionDenied, e.StatusCode);
                Assert.Contains(role, e.Status.Detail);
                Assert.Equal(before, await events.CurrentVersionAsync("round-2015"));
            }

            await Denied(() => reader.OpenRoundAsync(new OpenRoundRequest { Year = 2015 }).ResponseAsync, "office");
            await Denied(() => leaders.OpenRoundAsync(new OpenRoundRequest { Year = 2015 }).ResponseAsync, "office");
            var opened = await office.OpenRoundAsync(new OpenRoundRequest { Year = 2015 });
            Assert.Equal("CN=office", opened.Round.Opened.Actor);

            var own = Examples.Evaluation.Submissions.Single(s => s.SelfEvaluation.UnitCode == "430482");
            var other = Examples.Evaluation.Submissions.Single(s => s.SelfEvaluation.UnitCode == "430423");
            // A unit writes its own self-evaluation, and not another unit's.
            var submitted = await changning.SubmitSelfEvaluationAsync(new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = "430482", Figures = own.SelfEvaluation });
            Assert.Equal("CN=changning", submitted.SelfEvaluation.Submitted.Actor);
            await Denied(() => changning.SubmitSelfEvaluationAsync(new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = "430423", Figures = other.SelfEvaluation }).ResponseAsync, "unit:430423");
            // The office holds no unit's role at all: the role table refuses it at the door, naming any unit's.
            await Denied(() => office.SubmitSelfEvaluationAsync(new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = "430423", Figures = other.SelfEvaluation }).ResponseAsync, "unit:*");
            await changning.GetSelfEvaluationAsync(new GetSelfEvaluationRequest { Year = 2015, UnitCode = "430482" });
            await Denied(() => changning.GetSelfEvaluationAsync(new GetSelfEvaluationRequest { Year = 2015, UnitCode = "430423" }).ResponseAsync, "unit:430423");
            await Denied(() => changning.GetRoundAsync(new GetRoundRequest { Year = 2015 }).ResponseAsync, "read");

            // A department submits its own figures only.
            var financeFigures = new DepartmentFigures { Department = Department.FinanceBureau };
            financeFigures.Figures.Add(new FigureValue { Figure = new FigureRef { Field = FigureField.OwnBudgetWan }, Value = "100" });
            await finance.SubmitDepartmentFiguresAsync(new SubmitDepartmentFiguresRequest { Year = 2015, UnitCode = "430482", Figures = financeFigures });
            var statistics = new DepartmentFigures { Department = Department.StatisticsBureau };
            await Denied(() => finance.SubmitDepartmentFiguresAsync(new SubmitDepartmentFiguresRequest { Year = 2015, UnitCode = "430482", Figures = statistics }).ResponseAsync, "department:DEPARTMENT_STATISTICS_BUREAU");

            // Findings are the inspector's.
            var finding = new Finding { Figure = new FigureRef { Field = FigureField.OwnBudgetWan }, Value = "90", Check = CheckKind.Routine, Date = "2015-09-01", Note = "抽查" };
            await Denied(() => office.RecordFindingAsync(new RecordFindingRequest { Year = 2015, FindingId = "F1", UnitCode = "430482", Finding = finding, Inspector = "李四" }).ResponseAsync, "inspector");
            var recorded = await inspector.RecordFindingAsync(new RecordFindingRequest { Year = 2015, FindingId = "F1", UnitCode = "430482", Finding = finding, Inspector = "李四" });
            Assert.Equal("CN=inspector", recorded.Finding.Recorded.Actor);
            await inspector.WithdrawFindingAsync(new WithdrawFindingRequest { Year = 2015, FindingId = "F1", Reason = "录入错误" });

            // The office imports; the Leading Group approves and publishes, nobody else.
            await Denied(() => inspector.ImportRoundAsync(new ImportRoundRequest { Year = 2015, Evaluation = Examples.Evaluation }).ResponseAsync, "office");
            await office.ImportRoundAsync(new ImportRoundRequest { Year = 2015, Evaluation = Examples.Evaluation });
            var digest = (await reader.EvaluateRoundAsync(new EvaluateRoundRequest { Year = 2015 })).Evaluation.Stamp.InputSha256;
            await Denied(() => office.ApproveRoundAsync(new ApproveRoundRequest { Year = 2015, EvaluationDigest = digest }).ResponseAsync, "leading_group");
            var approved = await leaders.ApproveRoundAsync(new ApproveRoundRequest { Year = 2015, EvaluationDigest = digest });
            Assert.Equal("CN=leaders", approved.Round.Approval.Approved.Actor);
            await Denied(() => leaders.ReopenRoundAsync(new ReopenRoundRequest { Year = 2015, Reason = "复核" }).ResponseAsync, "office");
            await Denied(() => reader.PublishNoticeAsync(new PublishNoticeRequest { Year = 2015, EvaluationDigest = digest, NoticeNumber = "衡贫发〔2016〕3号", IssuedOn = "2016-03-15" }).ResponseAsync, "leading_group");
            await leaders.PublishNoticeAsync(new PublishNoticeRequest { Year = 2015, EvaluationDigest = digest, NoticeNumber = "衡贫发〔2016〕3号", IssuedOn = "2016-03-15" });
            var history = await reader.ListRoundEventsAsync(new ListRoundEventsRequest { Year = 2015 });
            Assert.All(history.Entries, e => Assert.StartsWith("CN=", e.Event.Mark.Actor));
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_whole_year_through_the_API_then_exported_and_imported_into_a_fresh_PostgreSQL_database_has_the_same_digest()
    {
        var app = ScoringServer.Build(["--urls", "http://127.0.0.1:0", "--json-url", "none", "--metrics-url", "none", "--store", Store("year.db"), "--Logging:LogLevel:Default=Warning"]);
        await app.StartAsync();
        RoundExport export;
        string digest;
        try
        {
            using var channel = GrpcChannel.ForAddress(ScoringServer.Addresses(app)[0]);
            var client = new RoundService.RoundServiceClient(channel);
            await client.OpenRoundAsync(new OpenRoundRequest { Year = 2015 });
            var example = Examples.Evaluation;
            foreach (var s in example.Submissions)
                await client.SubmitSelfEvaluationAsync(new SubmitSelfEvaluationRequest { Year = 2015, UnitCode = s.SelfEvaluation.UnitCode, Figures = s.SelfEvaluation, Etag = "0" });
            var n = 0;
            foreach (var s in example.Submissions)
            {
                foreach (var d in s.Departments)
                    await client.SubmitDepartmentFiguresAsync(new SubmitDepartmentFiguresRequest { Year = 2015, UnitCode = s.SelfEvaluation.UnitCode, Figures = d });
                foreach (var f in s.Findings)
                    await client.RecordFindingAsync(new RecordFindingRequest { Year = 2015, UnitCode = s.SelfEvaluation.UnitCode, FindingId = $"F{++n}", Finding = f, Inspector = "检查组" });
            }
            var evaluated = (await client.EvaluateRoundAsync(new EvaluateRoundRequest { Year = 2015 })).Evaluation;
            // The round's evaluation is the file's: the same totals, ranks and grades.
            var file = new ScoringService.ScoringServiceClient(channel).Evaluate(example);
            Assert.Equal(file.Assessment, evaluated.Assessment);
            digest = evaluated.Stamp.InputSha256;
            await client.ApproveRoundAsync(new ApproveRoundRequest { Year = 2015, EvaluationDigest = digest });
            await client.PublishNoticeAsync(new PublishNoticeRequest { Year = 2015, EvaluationDigest = digest, NoticeNumber = "衡贫发〔2016〕3号", IssuedOn = "2016-03-15" });
            export = (await client.ExportRoundAsync(new ExportRoundRequest { Year = 2015 })).Export;
            Assert.Equal(digest, export.EvaluationDigest);
        }
        finally
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }

        using var postgres = new TestSupport.PostgresServer();
        var pg = ScoringServer.Build(["--urls", "http://127.0.0.1:0", "--json-url", "none", "--metrics-url", "none", "--store", $"postgres:{postgres.CreateDatabase("year")}", "--Logging:LogLevel:Default=Warning"]);
        await pg.StartAsync();
        try
        {
            using var channel = GrpcChannel.ForAddress(ScoringServer.Addresses(pg)[0]);
            var client = new RoundService.RoundServiceClient(channel);
            var imported = await client.ImportRoundAsync(new ImportRoundRequest { Year = 2015, RoundExport = JsonParser.Default.Parse<RoundExport>(JsonFormatter.Default.Format(export)) });
            Assert.Equal(RoundStatus.Published, imported.Round.Status);
            Assert.Equal(digest, (await client.EvaluateRoundAsync(new EvaluateRoundRequest { Year = 2015 })).Evaluation.Stamp.InputSha256);
            Assert.Equal(digest, imported.Round.Publication.EvaluationDigest);
        }
        finally
        {
            await pg.StopAsync();
            await pg.DisposeAsync();
        }
    }
}
