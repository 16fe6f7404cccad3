using LanguageExt;
using ScoringKernel.Core.Problems;

namespace ScoringKernel.Application;

/// <summary>Why a request was not answered: problems with its fields, or something it names that does not exist.</summary>
public abstract record ApiFailure
{
    public abstract R Match<R>(Func<InvalidArgument, R> invalidArgument, Func<NotFound, R> notFound);

    /// <summary>Every problem of the failure, whichever kind it is.</summary>
    public Seq<Problem> All => Match(i => i.Problems, n => Prelude.Seq1(n.Problem));
}

/// <summary>Every problem with the request's fields, each placed where it stands.</summary>
public sealed record InvalidArgument(Seq<Problem> Problems) : ApiFailure
{
    public override R Match<R>(Func<InvalidArgument, R> invalidArgument, Func<NotFound, R> notFound) => invalidArgument(this);
}

/// <summary>A rule set or unit the request names that the server does not hold.</summary>
public sealed record NotFound(Problem Problem) : ApiFailure
{
    public override R Match<R>(Func<InvalidArgument, R> invalidArgument, Func<NotFound, R> notFound) => notFound(this);
}
