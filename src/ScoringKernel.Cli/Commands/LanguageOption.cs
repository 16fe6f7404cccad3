using System.CommandLine;
using ScoringKernel.Words;

namespace ScoringKernel.Cli.Commands;

/// <summary>
/// <c>--lang zh-CN|en</c>, on every command: the language problems and warnings are told in. Chinese by default, as the
/// office that runs the assessment reads it; scripts and integrators pass <c>--lang en</c> for the wire's English.
/// </summary>
public static class LanguageOption
{
    public const string Name = "--lang";

    public static Option<string> Build()
    {
        var option = new Option<string>(Name)
        {
            Description = "Language of problems and warnings: zh-CN (default, the office's) or en.",
            DefaultValueFactory = _ => "zh-CN",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("zh-CN", "en");
        return option;
    }
}
