using LanguageExt;
using ScoringKernel.Application;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Words;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Input;

/// <summary>Reads the files the commands take: the proto3 JSON of an AssessRequest or a Scenario, and target tables as CSV.</summary>
public static class Requests
{
    /// <summary>An AssessRequest file with the command's --targets and --policy applied.</summary>
    public static (P.AssessRequest Request, InputSource Source) Assess(string path, string? targetsCsv, string? policy, Language language)
    {
        var (request, source) = IsWorkbook(path) ? InputSource.ReadWorkbook(path, language) : InputSource.Read<P.AssessRequest>(path, language);
        if (targetsCsv is not null) request.TargetTable = TargetsMapping.FromDomain(Targets(targetsCsv, language));
        if (policy is not null) request.UnitPolicy = Policy(policy);
        return (request, source);
    }

    /// <summary>Figures come as proto3 JSON or as a workbook, told apart by the file's content or extension.</summary>
    public static bool IsWorkbook(string path) => InputSource.IsWorkbook(path);

    /// <summary>An EvaluateRequest file (self-evaluations, department figures, findings) with --targets and --policy applied.</summary>
    public static (P.EvaluateRequest Request, InputSource Source) Evaluate(string path, string? targetsCsv, string? policy, Language language)
    {
        var (request, source) = IsWorkbook(path) ? InputSource.ReadEvaluationWorkbook(path, language) : InputSource.Read<P.EvaluateRequest>(path, language);
        if (targetsCsv is not null) request.TargetTable = TargetsMapping.FromDomain(Targets(targetsCsv, language));
        if (policy is not null) request.UnitPolicy = Policy(policy);
        return (request, source);
    }

    /// <summary>
    /// Whether a request file holds a comprehensive evaluation (an EvaluateRequest: "submissions") rather than figures
    /// already resolved (an AssessRequest: "units"), so that explain and report take either.
    /// </summary>
    public static bool IsEvaluation(string path)
    {
        if (IsWorkbook(path))
        {
            return File.Exists(path) && Files.Workbooks.FiguresWorkbook.HasSources(InputSource.Bytes(path));
        }
        try
        {
            using var stream = File.OpenRead(path);
            using var document = System.Text.Json.JsonDocument.Parse(stream);
            return document.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && document.RootElement.TryGetProperty("submissions", out _);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            // The reader that follows reports what is wrong with the file, with its line and column.
            return false;
        }
    }

    public static TargetTable Targets(string path, Language language)
    {
        if (InputSource.IsWorkbook(path, csvIsData: true))
            return Files.Workbooks.TargetsWorkbook.Read(InputSource.Bytes(path)).Match(t => t, ps => throw InputSource.Problems(path, ps, language));
        string text;
        text = System.Text.Encoding.UTF8.GetString(InputSource.Bytes(path));
        return TargetTableCsv.Parse(text).Match(
            t => t,
            ps => throw new CliFailure(CliFailure.InvalidInput, ps.Map(p => InputSource.None(path).Describe(p, language))));
    }

    public static P.UnitPolicy Policy(string word) => word switch
    {
        "proportional" => P.UnitPolicy.Proportional,
        "whole_units" => P.UnitPolicy.WholeUnits,
        "started_units" => P.UnitPolicy.StartedUnits,
        _ => throw CliFailure.Invalid($"--policy: must be proportional, whole_units or started_units (got '{word}')"),
    };

    /// <summary>The response, or a CliFailure locating each problem in the source file.</summary>
    public static T OrFail<T>(this Either<ApiFailure, T> result, InputSource source, Language language) =>
        result.Match(r => r, failure => throw CliFailure.From(failure, source, language));
}
