using System.Diagnostics;

namespace ScoringKernel.LoadTest;

/// <summary>CPU time of a process (user + system), from /proc/PID/stat, and of this process.</summary>
public static class CpuClock
{
    /// <summary>Clock ticks per second of /proc's utime and stime (USER_HZ, 100 on Linux).</summary>
    private const double TicksPerSecond = 100;

    public static TimeSpan Of(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        // The command name may hold spaces; the fields after its closing parenthesis are fixed: utime is the 14th, stime the 15th.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    public static TimeSpan OfThisProcess() => Process.GetCurrentProcess().TotalProcessorTime;
}
