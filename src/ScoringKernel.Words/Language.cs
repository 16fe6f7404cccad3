namespace ScoringKernel.Words;

/// <summary>The languages the product speaks: the office's Chinese (the default) and English for integrators.</summary>
public enum Language
{
    ZhCn,
    En,
}

public static class Languages
{
    /// <summary>The office reads Chinese: everything a person reads is Chinese unless English is asked for.</summary>
    public const Language Default = Language.ZhCn;

    /// <summary>
    /// The language an <c>Accept-Language</c> value (or <c>--lang</c>) asks for: the first of zh-CN and en it names, by
    /// quality then order (RFC 9110 §12.5.4); anything else, or nothing, is the default.
    /// </summary>
    public static Language FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return Default;
        var ranked = header.Split(',')
            .Select((part, order) =>
            {
                var pieces = part.Split(';');
                var tag = pieces[0].Trim().ToLowerInvariant();
                var q = 1m;
                foreach (var p in pieces.Skip(1))
                    if (p.Trim().StartsWith("q=", StringComparison.Ordinal) && decimal.TryParse(p.Trim()[2..], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var qv))
                        q = qv;
                return (tag, q, order);
            })
            .Where(x => x.q > 0)
            .OrderByDescending(x => x.q).ThenBy(x => x.order);
        foreach (var (tag, _, _) in ranked)
        {
            if (tag == "zh" || tag.StartsWith("zh-", StringComparison.Ordinal)) return Language.ZhCn;
            if (tag == "en" || tag.StartsWith("en-", StringComparison.Ordinal)) return Language.En;
        }
        return Default;
    }

    /// <summary>The BCP 47 tag a localized message carries.</summary>
    public static string Tag(this Language language) => language switch
    {
        Language.ZhCn => "zh-CN",
        Language.En => "en",
    };
}
