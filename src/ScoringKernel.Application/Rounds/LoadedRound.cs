using LanguageExt;
using static LanguageExt.Prelude;
using ScoringKernel.Core.Round;
using static ScoringKernel.Core.Round.RoundEvent;

namespace ScoringKernel.Application.Rounds;

/// <summary>
/// A round as its stream leaves it: the fold of its events, the stream's version (the round's etag), for each
/// resource the version of the last event that changed it (that resource's etag), and the hash chain's head (the last
/// event's hash) with the hashes of the current approval and publication events (each covers the whole history up to
/// and including it: the publication's is the head printed on the notice).
/// </summary>
public sealed record LoadedRound(int Year, RoundState State, long Version, HashMap<string, long> Versions)
{
    public string Head { get; init; } = "";

    public string ApprovalHead { get; init; } = "";

    public string PublicationHead { get; init; } = "";

    public static LoadedRound Empty(int year) => new(year, RoundDecider.Initial, 0, HashMap<string, long>());

    public bool Exists => Version > 0;

    /// <summary>The etag of a resource: the version of the last event that changed it, 0 if none has.</summary>
    public long VersionOf(string resource) => resource == RoundNames.Round(Year) ? Version : Versions.Find(resource).IfNone(0);

    public LoadedRound Then(RoundEvent e) => Then(e, "");

    /// <summary>The round after <paramref name="e"/>, whose hash is <paramref name="hash"/>.</summary>
    public LoadedRound Then(RoundEvent e, string hash)
    {
        var version = Version + 1;
        var resource = ResourceOf(Year, e);
        return new LoadedRound(Year, RoundDecider.Evolve(State, e), version, resource is null ? Versions : Versions.AddOrUpdate(resource, version))
        {
            Head = hash,
            ApprovalHead = e is EvaluationApproved ? hash : e is RoundReopened ? "" : ApprovalHead,
            PublicationHead = e is NoticePublished ? hash : e is RoundReopened ? "" : PublicationHead,
        };
    }

    /// <summary>The resource an event changes, beside the round itself; none for the round-wide events.</summary>
    public static string? ResourceOf(int year, RoundEvent e) => e.Match<string?>(
        _ => null,
        self => RoundNames.SelfEvaluation(year, self.Unit),
        department => RoundNames.Department(year, department.Unit, department.Figures.Department),
        recorded => RoundNames.Finding(year, recorded.Id),
        withdrawn => RoundNames.Finding(year, withdrawn.Id),
        _ => null,
        _ => null,
        _ => null);
}

/// <summary>The round's resource names (AIP-122).</summary>
public static class RoundNames
{
    public static string Stream(int year) => $"round-{year}";

    public static string Round(int year) => $"rounds/{year}";

    public static string SelfEvaluation(int year, Core.Units.UnitCode unit) => $"rounds/{year}/units/{unit.Value}/selfEvaluation";

    public static string Department(int year, Core.Units.UnitCode unit, Core.Attachment1.Department department) =>
        $"rounds/{year}/units/{unit.Value}/departments/{Wire.Mapping.EnumMapping.FromDomain(department).WireName()}";

    public static string Finding(int year, FindingId id) => $"rounds/{year}/findings/{id.Value}";

    /// <summary>The year of a stream named by <see cref="Stream"/>.</summary>
    public static int? YearOf(string stream) =>
        stream.StartsWith("round-", StringComparison.Ordinal) && int.TryParse(stream["round-".Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var y) ? y : null;
}
