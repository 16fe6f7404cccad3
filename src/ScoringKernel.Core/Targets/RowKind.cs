using LanguageExt;
using ScoringKernel.Core.Units;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Targets;

/// <summary>What a row of Attachment 2 is: the city total, a scored unit, or a zone that counts in the totals only.</summary>
public enum RowKind
{
    Total,
    County,
    CountyLevelCity,
    District,
    Zone,
}

public static class RowKinds
{
    public static Option<UnitKind> ScoredKind(this RowKind kind) => kind switch
    {
        RowKind.Total => None,
        RowKind.County => Some(UnitKind.County),
        RowKind.CountyLevelCity => Some(UnitKind.CountyLevelCity),
        RowKind.District => Some(UnitKind.District),
        RowKind.Zone => None,
    };

    /// <summary>The word used in the CSV's <c>kind</c> column.</summary>
    public static string Word(this RowKind kind) => kind switch
    {
        RowKind.Total => "total",
        RowKind.County => "county",
        RowKind.CountyLevelCity => "county_city",
        RowKind.District => "district",
        RowKind.Zone => "zone",
    };

    public static readonly Seq<RowKind> All = toSeq(Enum.GetValues<RowKind>()).Strict();
}
