namespace ScoringKernel.Store.Tests;

/// <summary>A clock the test sets: every append is stamped with <see cref="Now"/>.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
