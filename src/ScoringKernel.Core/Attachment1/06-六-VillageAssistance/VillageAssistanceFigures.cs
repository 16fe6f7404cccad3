using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Attachment1;

/// <summary>六: one poor village: a resident assistance team present, and the year's project investment (万元).</summary>
public sealed record VillageFigures
{
    public const int MaxNameLength = 64;

    internal VillageFigures(string name, bool residentTeam, decimal projectInvestmentWan) =>
        (Name, ResidentTeam, ProjectInvestmentWan) = (name, residentTeam, projectInvestmentWan);

    public string Name { get; internal init; }
    public bool ResidentTeam { get; init; }
    public decimal ProjectInvestmentWan { get; internal init; }

    public static Validation<Problem, VillageFigures> Create(string? name, bool residentTeam, decimal projectInvestmentWan) =>
        Valid.Combine(Valid.Text(new Step.VillagePart(VillageItem.Name), name, MaxNameLength), Valid.Amount(new Step.VillagePart(VillageItem.ProjectInvestmentWan), projectInvestmentWan),
            residentTeam ? WithTeam : WithoutTeam);

    private static readonly Func<string, decimal, VillageFigures> WithTeam = (n, p) => new VillageFigures(n, true, p);
    private static readonly Func<string, decimal, VillageFigures> WithoutTeam = (n, p) => new VillageFigures(n, false, p);
}

/// <summary>六: every poor village of the unit, and the helping units' pledged and delivered funds (万元).</summary>
public sealed record VillageAssistanceFigures
{
    /// <summary>A unit lists at most this many villages; the largest 2015 unit (祁东县) has 104 poor villages.</summary>
    public const int MaxVillages = 5_000;

    internal VillageAssistanceFigures(Seq<VillageFigures> villages, decimal fundsPledgedWan, decimal fundsDeliveredWan) =>
        (Villages, FundsPledgedWan, FundsDeliveredWan) = (villages, fundsPledgedWan, fundsDeliveredWan);

    public Seq<VillageFigures> Villages { get; internal init; }
    public decimal FundsPledgedWan { get; internal init; }
    public decimal FundsDeliveredWan { get; internal init; }

    public static Validation<Problem, VillageAssistanceFigures> Create(Seq<VillageFigures> villages, decimal fundsPledgedWan, decimal fundsDeliveredWan) =>
        (CheckVillages(villages), Valid.Amount(new Step.FigureOf(FigureField.FundsPledgedWan), fundsPledgedWan), Valid.Amount(new Step.FigureOf(FigureField.FundsDeliveredWan), fundsDeliveredWan))
        .Apply((v, p, d) => new VillageAssistanceFigures(v, p, d));

    /// <summary>At most <see cref="MaxVillages"/>, each name once.</summary>
    public static Validation<Problem, Seq<VillageFigures>> CheckVillages(Seq<VillageFigures> villages) =>
        villages.Count > MaxVillages
            ? Valid.Fail<Seq<VillageFigures>>(TooManyVillages(villages.Count))
            : FirstRepeatedName(villages).Match(
                i => Valid.Fail<Seq<VillageFigures>>(Place.Of(new Step.Village(i, villages[i].Name), new Step.VillagePart(VillageItem.Name)), new UnitReason.VillageListedTwice(villages[i].Name)),
                () => Valid.Ok(villages));

    public static Problem TooManyVillages(int count) => Problem.Of(new UnitReason.TooManyVillages(count, MaxVillages)).Under(Step.Villages.Instance);

    private static Option<int> FirstRepeatedName(Seq<VillageFigures> villages)
    {
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < villages.Count; i++)
            if (!seen.Add(villages[i].Name)) return i;
        return Option<int>.None;
    }
}
