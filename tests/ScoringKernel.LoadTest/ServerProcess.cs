using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ScoringKernel.LoadTest;

/// <summary>The real server as a child process on a free loopback port; its resident memory read from /proc.</summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process process;

    /// <summary>The gRPC address.</summary>
    public string Address { get; }
    /// <summary>The HTTP/1.1 JSON address, when started with one.</summary>
    public string? JsonAddress { get; }
    public int Pid => process.Id;

    private ServerProcess(Process process, string address, string? jsonAddress)
    {
        this.process = process;
        Address = address;
        JsonAddress = jsonAddress;
    }

    /// <param name="settings">More server settings, e.g. <c>--admission false</c>.</param>
    public static async Task<ServerProcess> StartAsync(string dll, TimeSpan timeout, bool json = false, params string[] settings)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "--urls", "http://127.0.0.1:0", "--json-url", json ? "http://127.0.0.1:0" : "none", "--metrics-url", "none" }.Concat(settings)) info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the server");
        var listening = new List<string>();
        var expected = json ? 2 : 1;
        var address = new TaskCompletionSource<string[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not { } line || Listening().Match(line) is not { Success: true } m) return;
            lock (listening)
            {
                listening.Add(m.Groups[1].Value);
                if (listening.Count == expected) address.TrySetResult([.. listening]);
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var done = await Task.WhenAny(address.Task, Task.Delay(timeout));
        if (done != address.Task)
        {
            process.Kill(true);
            throw new TimeoutException($"the server did not report its address within {timeout}");
        }
        var addresses = address.Task.Result;
        return new ServerProcess(process, addresses[0], json ? addresses[1] : null);
    }

    /// <summary>Resident set size in bytes, from /proc/PID/status (VmRSS), for any process id.</summary>
    public static long? ResidentBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (IOException) { }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
