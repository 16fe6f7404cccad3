using LanguageExt;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Validation;

/// <summary>Checks shared by the smart constructors. Each names the field it checks.</summary>
public static class Valid
{
    /// <summary>Counts of people, households, houses or villages: far above any county's, far below overflow.</summary>
    public const int MaxCount = 100_000_000;

    /// <summary>Money in 万元 or 元: ten trillion is beyond any budget and keeps the arithmetic far from decimal's range.</summary>
    public const decimal MaxAmount = 10_000_000_000_000m;

    /// <summary>Digits after the point a figure may carry; more is a sign of a float that leaked in.</summary>
    public const int MaxScale = 6;

    public static Validation<Problem, T> Ok<T>(T value) => Success<Problem, T>(value);

    public static Validation<Problem, T> Fail<T>(string field, string message) =>
        Fail<Problem, T>(new Problem(field, message));

    public static Validation<Problem, int> Count(string field, int value) =>
        value < 0 ? Fail<int>(field, $"must not be negative (got {value})")
        : value > MaxCount ? Fail<int>(field, $"must be at most {MaxCount} (got {value})")
        : Ok(value);

    public static Validation<Problem, decimal> Amount(string field, decimal value) =>
        Scale(field, value).Bind(v =>
            v < 0 ? Fail<decimal>(field, $"must not be negative (got {v})")
            : v > MaxAmount ? Fail<decimal>(field, $"must be at most {MaxAmount} (got {v})")
            : Ok(v));

    public static Validation<Problem, decimal> Between(string field, decimal value, decimal min, decimal max) =>
        Scale(field, value).Bind(v =>
            v < min || v > max ? Fail<decimal>(field, $"must be between {min} and {max} (got {v})") : Ok(v));

    public static Validation<Problem, decimal> Percent(string field, decimal value) => Between(field, value, 0m, 100m);

    public static Validation<Problem, decimal> Positive(string field, decimal value) =>
        Scale(field, value).Bind(v =>
            v <= 0 ? Fail<decimal>(field, $"must be greater than 0 (got {v})")
            : v > MaxAmount ? Fail<decimal>(field, $"must be at most {MaxAmount} (got {v})")
            : Ok(v));

    public static Validation<Problem, decimal> Scale(string field, decimal value) =>
        value.Scale > MaxScale
            ? Fail<decimal>(field, $"must have at most {MaxScale} digits after the decimal point (got {value})")
            : Ok(value);

    public static Validation<Problem, string> Text(string field, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? Fail<string>(field, "must not be empty")
        : value.Length > maxLength ? Fail<string>(field, $"must be at most {maxLength} characters (got {value.Length})")
        : Ok(value);

    /// <summary>Validates every item, naming each by its index under <paramref name="field"/>, and collects every problem.</summary>
    public static Validation<Problem, Seq<T>> Each<TIn, T>(string field, IEnumerable<TIn> items, Func<TIn, Validation<Problem, T>> validate)
    {
        var values = new List<T>();
        var problems = new List<Problem>();
        var i = 0;
        foreach (var item in items)
        {
            var index = i++;
            validate(item).Match(
                Succ: values.Add,
                Fail: ps => problems.AddRange(ps.Map(p => p.Under($"{field}[{index}]"))));
        }
        return problems.Count == 0 ? Ok(toSeq(values).Strict()) : Fail<Problem, Seq<T>>(toSeq(problems).Strict());
    }

    public static Validation<Problem, T> Under<T>(this Validation<Problem, T> validation, string prefix) =>
        validation.MapFail(p => p.Under(prefix));
}
