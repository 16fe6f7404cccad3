using System.CommandLine;

namespace ScoringKernel.Cli.Commands;

/// <summary>The options several commands share, each made anew per command.</summary>
public static class CommonOptions
{
    public static Argument<string> File() => new("FILE") { Description = "The proto3 JSON of an AssessRequest (as in specs/examples/; the same file the server accepts), or a figures workbook (.xlsx, as 'scoring template' writes it)." };

    /// <summary>For the commands that read either kind of request: figures already resolved, or an evaluation's sources.</summary>
    public static Argument<string> RequestFile() => new("FILE")
    {
        Description = "The proto3 JSON of an AssessRequest (as specs/examples/illustrative-2015.json) or of an EvaluateRequest (as specs/examples/evaluation-2015.json).",
    };

    public static Option<string?> Targets() => new("--targets") { Description = "Target table CSV to use instead of the file's or the embedded one." };

    public static Option<string?> Policy()
    {
        var option = new Option<string?>("--policy") { Description = "Unit policy: proportional, whole_units or started_units (default: the rule set's)." };
        option.AcceptOnlyFromAmong("proportional", "whole_units", "started_units");
        return option;
    }

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = $"Output: {string.Join(", ", formats)}.", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
