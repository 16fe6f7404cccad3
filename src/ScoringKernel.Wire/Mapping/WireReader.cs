using LanguageExt;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Wire.Mapping;

/// <summary>
/// Reads one wire message's scalar fields, noting every missing or malformed one (and handing back a
/// placeholder so reading goes on), then merges those problems with the domain's own checks so a caller
/// hears of every problem at once, each once.
/// </summary>
internal sealed class WireReader
{
    private List<Problem>? problems;

    private void Note(Step at, Reason reason) => (problems ??= []).Add(new Problem(reason, Place.Of(at)));

    public int Int(bool present, int value, Step at)
    {
        if (!present) Note(at, new ValueReason.Required());
        return value;
    }

    public bool Bool(bool present, bool value, Step at)
    {
        if (!present) Note(at, new ValueReason.RequiredYesNo());
        return value;
    }

    public decimal Dec(string? text, Step at)
    {
        if (string.IsNullOrEmpty(text)) { Note(at, new ValueReason.Required()); return 0m; }
        return OptDec(text, at).IfNone(0m);
    }

    public Option<decimal> OptDec(string? text, Step at)
    {
        if (string.IsNullOrEmpty(text)) return None;
        if (DecimalParsing.TryParse(text, out var value)) return value;
        Note(at, new ValueReason.NotADecimal(text));
        return None;
    }

    public T Message<T>(T? message, Step at) where T : class, new()
    {
        if (message is null) Note(at, new ValueReason.Required());
        return message ?? new T();
    }

    public void Add(Problem problem) => (problems ??= []).Add(problem);

    /// <summary>The wire's problems, then the domain's about places the wire did not already report (a missing field is not also "must not be negative").</summary>
    public Validation<Problem, T> Finish<T>(Validation<Problem, T> domain)
    {
        if (problems is null) return domain;
        var reported = problems.Select(p => p.At).ToList();
        var more = domain.Match(_ => Seq<Problem>(), ps => ps.Filter(p => !reported.Exists(r => r.Contains(p.At))));
        return Fail<Problem, T>(toSeq(problems).Concat(more).Strict());
    }

    internal static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
