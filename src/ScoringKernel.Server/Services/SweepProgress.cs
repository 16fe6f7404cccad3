namespace ScoringKernel.Server.Services;

/// <summary>
/// Counts sweep points computed, and how many of them were computed after their call was cancelled, so
/// tests (and operators) can see that a cancelled sweep stops its work promptly.
/// </summary>
public sealed class SweepProgress(ScoringKernel.Server.Hosting.KernelMetrics metrics)
{
    private long computed;
    private long afterCancellation;

    public long Computed => Interlocked.Read(ref computed);
    public long ComputedAfterCancellation => Interlocked.Read(ref afterCancellation);

    public void PointComputed(bool cancellationRequested)
    {
        Interlocked.Increment(ref computed);
        metrics.SweepPoint();
        if (cancellationRequested) Interlocked.Increment(ref afterCancellation);
    }
}
