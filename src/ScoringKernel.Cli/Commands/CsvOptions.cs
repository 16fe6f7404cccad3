using System.CommandLine;

namespace ScoringKernel.Cli.Commands;

/// <summary>The CSV's own option: the byte-order mark Excel on Chinese Windows needs to read UTF-8 (see CsvWriter).</summary>
public static class CsvOptions
{
    public static Option<bool> Bom() => new("--bom")
    {
        Description = "With --format csv: begin with a UTF-8 byte-order mark (default true: Excel on Chinese Windows reads a CSV without one as GBK). --bom false for programs that do not want it.",
        DefaultValueFactory = _ => true,
    };
}
