using LanguageExt;
using ScoringKernel.Core.Validation;
using static LanguageExt.Prelude;

namespace ScoringKernel.Contracts.Mapping;

/// <summary>
/// Reads one wire message's scalar fields, noting every missing or malformed one (and handing back a
/// placeholder so reading goes on), then merges those problems with the domain's own checks so a caller
/// hears of every problem at once, each once.
/// </summary>
internal sealed class WireReader
{
    private List<Problem>? problems;

    public int Int(bool present, int value, string field)
    {
        if (!present) (problems ??= []).Add(new Problem(field, "is required"));
        return value;
    }

    public bool Bool(bool present, bool value, string field)
    {
        if (!present) (problems ??= []).Add(new Problem(field, "is required (true or false)"));
        return value;
    }

    public decimal Dec(string? text, string field)
    {
        if (string.IsNullOrEmpty(text)) { (problems ??= []).Add(new Problem(field, "is required")); return 0m; }
        return OptDec(text, field).IfNone(0m);
    }

    public Option<decimal> OptDec(string? text, string field)
    {
        if (string.IsNullOrEmpty(text)) return None;
        if (DecimalParsing.TryParse(text, out var value)) return value;
        (problems ??= []).Add(new Problem(field, $"must be {DecimalParsing.FormatDescription} (got '{Shorten(text)}')"));
        return None;
    }

    public T Message<T>(T? message, string field) where T : class, new()
    {
        if (message is null) (problems ??= []).Add(new Problem(field, "is required"));
        return message ?? new T();
    }

    public void Add(Problem problem) => (problems ??= []).Add(problem);

    public Validation<Problem, T> Finish<T>(Validation<Problem, T> domain)
    {
        if (problems is null) return domain;
        var reported = problems.Select(p => p.Field).ToHashSet();
        var more = domain.Match(_ => Seq<Problem>(), ps => ps.Filter(p => !reported.Any(r => p.Field == r || p.Field.StartsWith(r + ".") || p.Field.StartsWith(r + "["))));
        return Fail<Problem, T>(toSeq(problems).Concat(more).Strict());
    }

    internal static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
