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

    public static Validation<Problem, T> Fail<T>(Problem problem) => Fail<Problem, T>(problem);

    public static Validation<Problem, int> Count(string field, int value) =>
        value < 0 ? Fail<int>(field, $"must not be negative (got {value})")
        : value > MaxCount ? Fail<int>(field, $"must be at most {MaxCount} (got {value})")
        : Ok(value);

    /// <summary>A decimal that must be a whole number (a count set through a scenario or a source); the caller names the field.</summary>
    public static Validation<Problem, int> Whole(decimal value) =>
        value == decimal.Truncate(value) && value >= int.MinValue && value <= int.MaxValue ? Ok((int)value) : Fail<int>("", $"must be a whole number (got {value})");

    // The checks below run for every figure of every request: plain comparisons, no closures on the success path.

    public static Validation<Problem, decimal> Amount(string field, decimal value) =>
        value.Scale > MaxScale ? TooPrecise(field, value)
        : value < 0 ? Fail<decimal>(field, $"must not be negative (got {value})")
        : value > MaxAmount ? Fail<decimal>(field, $"must be at most {MaxAmount} (got {value})")
        : Ok(value);

    public static Validation<Problem, decimal> Between(string field, decimal value, decimal min, decimal max) =>
        value.Scale > MaxScale ? TooPrecise(field, value)
        : value < min || value > max ? Fail<decimal>(field, $"must be between {min} and {max} (got {value})")
        : Ok(value);

    public static Validation<Problem, decimal> Percent(string field, decimal value) => Between(field, value, 0m, 100m);

    public static Validation<Problem, decimal> Positive(string field, decimal value) =>
        value.Scale > MaxScale ? TooPrecise(field, value)
        : value <= 0 ? Fail<decimal>(field, $"must be greater than 0 (got {value})")
        : value > MaxAmount ? Fail<decimal>(field, $"must be at most {MaxAmount} (got {value})")
        : Ok(value);

    private static Validation<Problem, decimal> TooPrecise(string field, decimal value) =>
        Fail<decimal>(field, $"must have at most {MaxScale} digits after the decimal point (got {value})");

    public static Validation<Problem, string> Text(string field, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? Fail<string>(field, "must not be empty")
        : value.Length > maxLength ? Fail<string>(field, $"must be at most {maxLength} characters (got {value.Length})")
        : Ok(value);

    /// <summary>Validates every item, naming each by its index under <paramref name="field"/>, and collects every problem.</summary>
    public static Validation<Problem, Seq<T>> Each<TIn, T>(string field, IEnumerable<TIn> items, Func<TIn, Validation<Problem, T>> validate)
    {
        var values = items is ICollection<TIn> c ? new List<T>(c.Count) : new List<T>();
        List<Problem>? problems = null;
        var i = 0;
        foreach (var item in items)
        {
            var result = validate(item);
            if (result.IsSuccess) values.Add(Value(result));
            else
            {
                problems ??= [];
                foreach (var p in result.FailToSeq()) problems.Add(p.Under($"{field}[{i}]"));
            }
            i++;
        }
        return problems is null ? Ok(toSeq(values)) : Fail<Problem, Seq<T>>(toSeq(problems));
    }

    /// <summary>
    /// Both values, or every problem of both: the applicative combination of the tuple <c>Apply</c> form, without its
    /// allocations, for the constructors that run once per village of every request.
    /// </summary>
    public static Validation<Problem, R> Combine<A, B, R>(Validation<Problem, A> a, Validation<Problem, B> b, Func<A, B, R> f) =>
        a.IsSuccess && b.IsSuccess ? Ok(f(Value(a), Value(b))) : Fail<Problem, R>(a.FailToSeq() + b.FailToSeq());

    private static T Value<T>(Validation<Problem, T> success) => success.Match(static v => v, static _ => throw new InvalidOperationException("not a success"));

    public static Validation<Problem, T> Under<T>(this Validation<Problem, T> validation, string prefix) =>
        validation.MapFail(p => p.Under(prefix));
}
