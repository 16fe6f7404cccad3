using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ScoringKernel.LoadTest;

/// <summary>The real server as a child process on a free loopback port; its resident memory read from /proc.</summary>
public sealed partial class ServerProcess : IAsyncDisposable
{
    private readonly Process process;

    public string Address { get; }
    public int Pid => process.Id;

    private ServerProcess(Process process, string address)
    {
        this.process = process;
        Address = address;
    }

    public static async Task<ServerProcess> StartAsync(string dll, TimeSpan timeout)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { dll, "--urls", "http://127.0.0.1:0", "--json-url", "none" }) info.ArgumentList.Add(a);
        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start the server");
        var address = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line && Listening().Match(line) is { Success: true } m) address.TrySetResult(m.Groups[1].Value);
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
        return new ServerProcess(process, address.Task.Result);
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
