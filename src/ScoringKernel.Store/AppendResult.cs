namespace ScoringKernel.Store;

/// <summary>What an append did: every event landed, or none did because the stream had moved on.</summary>
public abstract record AppendResult
{
    private AppendResult() { }

    /// <summary>One function per case: the compiler sees every case handled.</summary>
    public abstract R Match<R>(Func<Appended, R> appended, Func<Conflict, R> conflict);

    /// <summary>All events landed; the stream is now at <paramref name="Version"/>, the last event at
    /// <paramref name="LastPosition"/>.</summary>
    public sealed record Appended(string Stream, long Version, long LastPosition) : AppendResult
    {
        public override R Match<R>(Func<Appended, R> appended, Func<Conflict, R> conflict) => appended(this);
    }

    /// <summary>Nothing was written: the stream was at <paramref name="CurrentVersion"/>, not at
    /// <paramref name="ExpectedVersion"/>. Read it again, decide again.</summary>
    public sealed record Conflict(string Stream, long ExpectedVersion, long CurrentVersion) : AppendResult
    {
        public override R Match<R>(Func<Appended, R> appended, Func<Conflict, R> conflict) => conflict(this);
    }
}
