using Spectre.Console;

namespace ScoringKernel.Cli.Output;

/// <summary>Where a command writes: plain text and tables to stdout (no colours, so output can be piped and tested), errors to stderr.</summary>
public sealed class Terminal(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out => stdout;
    public TextWriter Error => stderr;

    /// <summary>Output is often a pipe with no width of its own; wide tables of Chinese text need room.</summary>
    public const int Width = 200;

    public IAnsiConsole Console { get; } = Create(stdout);

    private static IAnsiConsole Create(TextWriter stdout)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(stdout),
        });
        console.Profile.Width = Width;
        return console;
    }

    public void Write(Table table) => Console.Write(table);
}
