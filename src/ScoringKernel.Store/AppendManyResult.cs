namespace ScoringKernel.Store;

/// <summary>What an append to several streams did: all of it landed, or none of it.</summary>
public abstract record AppendManyResult
{
    private AppendManyResult() { }

    /// <summary>One function per case: the compiler sees every case handled.</summary>
    public abstract R Match<R>(Func<Appended, R> appended, Func<Conflict, R> conflict);

    /// <summary>Every stream's events landed, one result per stream in the order given.</summary>
    public sealed record Appended(IReadOnlyList<AppendResult.Appended> Streams) : AppendManyResult
    {
        public override R Match<R>(Func<Appended, R> appended, Func<Conflict, R> conflict) => appended(this);
    }

    /// <summary>Nothing was written: these streams were not at their expected versions (at least one).</summary>
    public sealed record Conflict(IReadOnlyList<AppendResult.Conflict> Streams) : AppendManyResult
    {
        public override R Match<R>(Func<Appended, R> appended, Func<Conflict, R> conflict) => conflict(this);
    }
}
