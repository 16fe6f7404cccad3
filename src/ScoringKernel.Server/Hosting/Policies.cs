namespace ScoringKernel.Server.Hosting;

/// <summary>The authorization policies, one per kind of RPC. In the development profile every caller passes both.</summary>
public static class Policies
{
    /// <summary>Reading the rules, the targets, validating a table, the reach of the rules.</summary>
    public const string Read = "read";

    /// <summary>Scoring figures: ScoreUnit, Assess, Evaluate and the scenario RPCs.</summary>
    public const string Score = "score";

    /// <summary>Any allowed client: the health check.</summary>
    public const string AnyClient = "client";
}
