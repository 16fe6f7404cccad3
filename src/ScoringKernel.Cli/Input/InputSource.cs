using Google.Protobuf;
using ScoringKernel.Contracts.Json;

namespace ScoringKernel.Cli.Input;

/// <summary>
/// A JSON input file, read with the one JSON reader every way in shares (<see cref="ProtoJsonReader"/>), and where
/// each field stands in it, so that a problem found later and named by its proto field path
/// (<c>units[3].house_renovation.households_renovated</c>) is reported with the line and column it came from.
/// </summary>
public sealed class InputSource
{
    private readonly IReadOnlyDictionary<string, (int Line, int Column)> positions;

    public string Name { get; }

    private InputSource(string name, IReadOnlyDictionary<string, (int, int)> positions)
    {
        Name = name;
        this.positions = positions;
    }

    /// <summary>A source with no file behind it (a command that reads none), for reporting API failures.</summary>
    public static InputSource None(string name) => new(name, new Dictionary<string, (int, int)>());

    /// <summary>The message the file holds and the file's positions; every mistake in it at once otherwise (exit 2).</summary>
    public static (T Message, InputSource Source) Read<T>(string path) where T : IMessage<T>, new()
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw CliFailure.Invalid($"{path}: cannot read the file: {e.Message}");
        }
        return Parse<T>(path, bytes);
    }

    public static (T Message, InputSource Source) Parse<T>(string name, ReadOnlyMemory<byte> utf8) where T : IMessage<T>, new() =>
        ProtoJsonReader.Read<T>(utf8, new JsonReading(RecordPositions: true)).Match(
            read => (read.Message, new InputSource(name, read.Positions)),
            problems => throw new CliFailure(CliFailure.InvalidInput,
                problems.Map(p => $"{name}:{p.Line}:{p.Column}: {(p.Field.Length == 0 ? "" : p.Field + ": ")}{p.Problem}")));

    /// <summary>"FILE:LINE:COLUMN: field: message", at the field or the nearest enclosing field the file has.</summary>
    public string Describe(string field, string message)
    {
        var probe = field;
        while (probe.Length > 0)
        {
            if (positions.TryGetValue(probe, out var at))
                return $"{Name}:{at.Line}:{at.Column}: {field}: {message}";
            var cut = Math.Max(probe.LastIndexOf('.'), probe.LastIndexOf('['));
            probe = cut <= 0 ? "" : probe[..cut];
        }
        return $"{Name}: {field}: {message}";
    }
}
