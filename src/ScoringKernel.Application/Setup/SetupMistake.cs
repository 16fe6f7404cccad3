namespace ScoringKernel.Application.Setup;

/// <summary>
/// A start-up or file mistake (a folder or file missing or unreadable, a store that does not open, a port taken, a
/// certificate that does not load): the program stops with exit code 2 and says it in Chinese and in English, naming
/// the option and the value it was given, with no stack trace.
/// </summary>
public sealed class SetupMistake(string option, string value, string chinese, string english) : Exception($"{Head(option, value)}: {english}")
{
    public const int ExitCode = 2;

    public string Option => option;
    public string Value => value;
    public string Chinese => chinese;
    public string English => english;

    /// <summary>The message, Chinese line first, each line naming the option and the value.</summary>
    public IReadOnlyList<string> Lines(string program) =>
        [$"{program}: {Head(option, value)}:{chinese}", $"{program}: {Head(option, value)}: {english}"];

    private static string Head(string option, string value) =>
        option.Length == 0 ? Quoted(value) : value.Length == 0 ? option : $"{option} {Quoted(value)}";

    private static string Quoted(string value) => value.Any(char.IsWhiteSpace) ? $"\"{value}\"" : value;
}
