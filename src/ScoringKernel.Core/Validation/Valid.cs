using LanguageExt;
using ScoringKernel.Core.Problems;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Validation;

/// <summary>Checks shared by the smart constructors. Each names where the value stands, in the domain's terms.</summary>
public static class Valid
{
    /// <summary>Counts of people, households, houses or villages: far above any county's, far below overflow.</summary>
    public const int MaxCount = 100_000_000;

    /// <summary>Money in 万元 or 元: ten trillion is beyond any budget and keeps the arithmetic far from decimal's range.</summary>
    public const decimal MaxAmount = 10_000_000_000_000m;

    /// <summary>Digits after the point a figure may carry; more is a sign of a float that leaked in.</summary>
    public const int MaxScale = 6;

    public static Validation<Problem, T> Ok<T>(T value) => Success<Problem, T>(value);

    public static Validation<Problem, T> Fail<T>(Problem problem) => Fail<Problem, T>(problem);

    public static Validation<Problem, T> Fail<T>(Place at, Reason reason) => Fail<Problem, T>(new Problem(reason, at));

    public static Validation<Problem, T> Fail<T>(Step at, Reason reason) => Fail<T>(Place.Of(at), reason);

    public static Validation<Problem, int> Count(Step at, int value) =>
        value < 0 ? Fail<int>(at, new ValueReason.Negative(value))
        : value > MaxCount ? Fail<int>(at, new ValueReason.TooLarge(value, MaxCount))
        : Ok(value);

    /// <summary>A decimal that must be a whole number (a count set through a scenario or a source); the caller places it.</summary>
    public static Validation<Problem, int> Whole(decimal value) =>
        value == decimal.Truncate(value) && value >= int.MinValue && value <= int.MaxValue ? Ok((int)value) : Fail<int>(Place.Whole, new ValueReason.NotWhole(value));

    // The checks below run for every figure of every request: plain comparisons, no closures on the success path.

    public static Validation<Problem, decimal> Amount(Step at, decimal value) =>
        value.Scale > MaxScale ? TooPrecise(at, value)
        : value < 0 ? Fail<decimal>(at, new ValueReason.Negative(value))
        : value > MaxAmount ? Fail<decimal>(at, new ValueReason.TooLarge(value, MaxAmount))
        : Ok(value);

    public static Validation<Problem, decimal> Between(Step at, decimal value, decimal min, decimal max) =>
        value.Scale > MaxScale ? TooPrecise(at, value)
        : value < min || value > max ? Fail<decimal>(at, new ValueReason.OutOfRange(value, min, max))
        : Ok(value);

    public static Validation<Problem, decimal> Percent(Step at, decimal value) => Between(at, value, 0m, 100m);

    public static Validation<Problem, decimal> Positive(Step at, decimal value) =>
        value.Scale > MaxScale ? TooPrecise(at, value)
        : value <= 0 ? Fail<decimal>(at, new ValueReason.NotPositive(value))
        : value > MaxAmount ? Fail<decimal>(at, new ValueReason.TooLarge(value, MaxAmount))
        : Ok(value);

    private static Validation<Problem, decimal> TooPrecise(Step at, decimal value) =>
        Fail<decimal>(at, new ValueReason.TooPrecise(value, MaxScale));

    public static Validation<Problem, string> Text(Step at, string? value, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? Fail<string>(at, new ValueReason.TextEmpty())
        : value.Length > maxLength ? Fail<string>(at, new ValueReason.TextTooLong(value.Length, maxLength))
        : Ok(value);

    /// <summary>Validates every item, placing each by its index through <paramref name="item"/>, and collects every problem.</summary>
    public static Validation<Problem, Seq<T>> Each<TIn, T>(Func<int, Step> item, IEnumerable<TIn> items, Func<TIn, Validation<Problem, T>> validate)
    {
        var values = items is ICollection<TIn> c ? new List<T>(c.Count) : new List<T>();
        List<Problem>? problems = null;
        var i = 0;
        foreach (var x in items)
        {
            var result = validate(x);
            if (Succeeded(result, out var value)) values.Add(value);
            else
            {
                problems ??= [];
                foreach (var p in result.FailToSeq()) problems.Add(p.Under(item(i)));
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
        Succeeded(a, out var x) & Succeeded(b, out var y) ? Ok(f(x, y)) : Fail<Problem, R>(a.FailToSeq() + b.FailToSeq());

    /// <summary>Whether <paramref name="validation"/> succeeded, and its value when it did (without allocating, unlike <c>Match</c>).</summary>
    private static bool Succeeded<T>(Validation<Problem, T> validation, out T value)
    {
        if (validation.IsFail)
        {
            value = default!;
            return false;
        }
        // A success: its value is what IfFail gives, the fallback never taken.
        value = validation.IfFail(default(T)!);
        return true;
    }

    public static Validation<Problem, T> Under<T>(this Validation<Problem, T> validation, params Step[] outer) =>
        validation.MapFail(p => p.Under(outer));

    /// <summary>Every problem moved to <paramref name="place"/> (a check made on a bare value, placed by its caller).</summary>
    public static Validation<Problem, T> At<T>(this Validation<Problem, T> validation, Place place) =>
        validation.MapFail(p => p.AtPlace(place));
}
