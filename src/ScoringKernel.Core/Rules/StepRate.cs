using ScoringKernel.Core.Scoring;

namespace ScoringKernel.Core.Rules;

/// <summary>"Deduct <see cref="Deduction"/> per <see cref="Step"/> short." The steps are exact (<see cref="Rational"/>): no division is rounded.</summary>
public sealed record StepRate(decimal Step, decimal Deduction)
{
    /// <summary>Steps counted for a shortfall under a policy. Step is positive (checked where rule sets are made).</summary>
    public Rational Steps(UnitPolicy policy, Rational shortfall)
    {
        // Most steps are 1 (a point, a household, a village, 1 万元): skipping the division changes nothing but time.
        var exact = Step == 1m ? shortfall : shortfall / Step;
        return policy switch
        {
            UnitPolicy.Proportional => exact,
            UnitPolicy.WholeUnits => exact.Floor(),
            UnitPolicy.StartedUnits => exact.Ceiling(),
        };
    }
}
