using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Grpc.Core;
using Grpc.Net.Client;
using ScoringKernel.Contracts.V1;
using Xunit;

namespace ScoringKernel.Server.Tests;

/// <summary>The real server process: on SIGTERM it stops taking calls but lets the ones in flight finish, then exits 0.</summary>
public partial class GracefulShutdownTests
{
    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);

    private const int SigTerm = 15;

    [Fact]
    public async Task In_flight_calls_complete_across_a_sigterm()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        var dll = Path.Combine(Examples.RepoRoot, "src", "ScoringKernel.Server", "bin", configuration, "net10.0", "ScoringKernel.Server.dll");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { dll, "--urls", "http://127.0.0.1:0", "--json-url", "none", "--metrics-url", "none" }) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => { if (e.Data is { } l && Listening().Match(l) is { Success: true } m) listening.TrySetResult(m.Groups[1].Value); };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var address = await listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
            using var channel = GrpcChannel.ForAddress(address);
            var request = new SweepScenarioRequest
            {
                Base = Examples.Illustrative,
                Template = new Override { Parameter = new ParameterOverride { Path = "pass_line", Value = "0" } },
                Start = "0", Stop = "100", Step = "0.05",
            };
            using var sweep = new ScenarioService.ScenarioServiceClient(channel).SweepScenario(request);
            var unary = new ScoringService.ScoringServiceClient(channel);
            Assert.True(await sweep.ResponseStream.MoveNext(CancellationToken.None));
            var received = 1;

            Assert.Equal(0, kill(process.Id, SigTerm));
            var assessDuringShutdown = unary.AssessAsync(Examples.Illustrative).ResponseAsync;
            while (await sweep.ResponseStream.MoveNext(CancellationToken.None))
            {
                received++;
                if (received % 200 == 0) await Task.Delay(50); // a slow reader keeps the call in flight
            }

            Assert.Equal(2001, received);
            Assert.Equal(StatusCode.OK, sweep.GetStatus().StatusCode);
            // A call sent on the open connection right after the signal is either served in full or refused cleanly.
            try { Assert.Equal("84.59", (await assessDuringShutdown).Assessment.ScoreCards.Single(c => c.UnitCode == "430423").Total); }
            catch (RpcException e) { Assert.Equal(StatusCode.Unavailable, e.StatusCode); }
            Assert.True(process.WaitForExit(30_000), "the server did not exit after SIGTERM");
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited) process.Kill(true);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
