namespace ScoringKernel.Core.Units;

/// <summary>What a scored unit is. Counties and county-level cities share the county rates and group.</summary>
public enum UnitKind
{
    County,
    CountyLevelCity,
    District,
}

/// <summary>Which column of a per-kind rate applies ("县市每…" or "区每…").</summary>
public enum RateKind
{
    County,
    District,
}

/// <summary>The two ranking groups of 衡贫发[2015]2号 六(一).</summary>
public enum AssessmentGroup
{
    CountiesAndCities,
    Districts,
}

public static class UnitKinds
{
    public static RateKind RateKind(this UnitKind kind) => kind switch
    {
        UnitKind.County => Units.RateKind.County,
        UnitKind.CountyLevelCity => Units.RateKind.County,
        UnitKind.District => Units.RateKind.District,
    };

    public static AssessmentGroup Group(this UnitKind kind) => kind switch
    {
        UnitKind.County => AssessmentGroup.CountiesAndCities,
        UnitKind.CountyLevelCity => AssessmentGroup.CountiesAndCities,
        UnitKind.District => AssessmentGroup.Districts,
    };

    /// <summary>How the regulation opens a per-kind sentence: "县市每减少…", "区每减少…".</summary>
    public static string Prefix(this RateKind kind) => kind switch
    {
        Units.RateKind.County => "县市",
        Units.RateKind.District => "区",
    };
}

/// <summary>A value that differs by rate kind, such as "县市每减少一户扣0.3分,区每减少一户扣1分".</summary>
public sealed record ByKind<T>(T County, T District)
{
    public T For(RateKind kind) => kind switch
    {
        RateKind.County => County,
        RateKind.District => District,
    };
}
