namespace ScoringKernel.Server.Hosting;

/// <summary>
/// Gives memory back after large work (issue 23: "the server must return to within 100 MiB of where it started").
/// A garbage collection only runs when something allocates, so a server that goes quiet after reading a few
/// multi-megabyte workbooks keeps their heap (measured: +180 to +620 MiB a minute later, whatever the GC settings,
/// specs/performance.md "Hostile workbooks"). After a request of at least <see cref="LargeRequestBytes"/>, once
/// <see cref="Quiet"/> has passed with no other large request, one blocking, compacting collection in
/// <see cref="GCCollectionMode.Aggressive"/> mode decommits what the heap no longer needs. At most one such collection
/// runs per quiet period, so a burst of large requests costs one collection, after it.
/// </summary>
public static class MemoryTrim
{
    public const int LargeRequestBytes = 1024 * 1024;

    public static readonly TimeSpan Quiet = TimeSpan.FromSeconds(5);

    private static long lastLarge;
    private static int scheduled;

    /// <summary>Counts how many trims ran (for the log and the tests).</summary>
    public static int Trims => trims;
    private static int trims;

    /// <summary>Notes a request of <paramref name="bytes"/>; a large one schedules a trim once things are quiet.</summary>
    public static void After(long bytes)
    {
        if (bytes < LargeRequestBytes) return;
        Interlocked.Exchange(ref lastLarge, Environment.TickCount64);
        if (Interlocked.CompareExchange(ref scheduled, 1, 0) != 0) return;
        _ = Task.Run(async () =>
        {
            while (true)
            {
                var since = TimeSpan.FromMilliseconds(Environment.TickCount64 - Interlocked.Read(ref lastLarge));
                if (since >= Quiet) break;
                await Task.Delay(Quiet - since);
            }
            Volatile.Write(ref scheduled, 0);
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            Interlocked.Increment(ref trims);
        });
    }
}
