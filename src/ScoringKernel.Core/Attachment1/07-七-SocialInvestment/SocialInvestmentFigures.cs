using LanguageExt;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Validation;

namespace ScoringKernel.Core.Attachment1;

/// <summary>七: social poverty-alleviation investment (万元); whether the 10·17 poverty-day activities were held as required.</summary>
public sealed record SocialInvestmentFigures
{
    internal SocialInvestmentFigures(decimal socialInvestmentWan, bool povertyDayHeld) =>
        (SocialInvestmentWan, PovertyDayHeld) = (socialInvestmentWan, povertyDayHeld);

    public decimal SocialInvestmentWan { get; internal init; }
    public bool PovertyDayHeld { get; init; }

    public static Validation<Problem, SocialInvestmentFigures> Create(decimal socialInvestmentWan, bool povertyDayHeld) =>
        Valid.Amount(new Step.FigureOf(FigureField.SocialInvestmentWan), socialInvestmentWan).Map(s => new SocialInvestmentFigures(s, povertyDayHeld));
}
