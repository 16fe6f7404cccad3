using System.Security.Cryptography;
using System.Text;
using LanguageExt;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Problems;
using ScoringKernel.Core.Rules;
using ScoringKernel.Core.Targets;
using ScoringKernel.Core.Units;
using ScoringKernel.Core.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using static LanguageExt.Prelude;

namespace ScoringKernel.Files.RuleSets;

/// <summary>The document a rule set comes from: 衡贫发[2015]2号, its title, who issued it and when.</summary>
public sealed record RuleSetDocument(string Number, string Title, string IssuedBy, DateOnly Date);

/// <summary>
/// A rule-set file as read: the validated <see cref="RuleSet"/>, the document it comes from, whether it is invented (an
/// illustrative year), the target table's file (relative to the rule set's), the stated maximum total, where each key
/// stands in the file (by its path), each clause's reading, and the SHA-256 of the file's bytes.
/// </summary>
public sealed record RuleSetFile(
    RuleSet Rules,
    RuleSetDocument Document,
    bool Invented,
    string TargetsFile,
    decimal MaximumTotal,
    IReadOnlyDictionary<string, Step.YamlPosition> Positions,
    IReadOnlyDictionary<Indicator, string> Readings,
    string Sha256)
{
    /// <summary>A problem at a key's path, with the key's line and column where the file has it.</summary>
    public Problem At(Problem problem) =>
        problem.At.Steps.Find(s => s is Step.Parameter).Bind(s => Positions.TryGetValue(((Step.Parameter)s).Path, out var at) ? Some(at) : None)
            .Match(at => problem with { At = new Place(problem.At.Steps.Add(at)) }, () => problem);

    /// <summary>Lowercase hex SHA-256 of a file's bytes: what a result's stamp names.</summary>
    public static string Digest(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}

/// <summary>
/// Reads a rule set from YAML with a closed schema: every key the catalog's parameters name (the key path is the
/// parameter's path, <c>village_assistance.investment_short.step</c>), the document, year, target table, maximum, unit
/// policy, tie-break order and decimals, and per indicator its clause and reading. An unknown or misplaced key, a
/// missing one, a value of the wrong shape, kind or unit is refused at the key's path and its line and column, every
/// mistake at once. YAML because a maintainer writes the file by hand with comments beside each number; YamlDotNet's
/// representation model keeps each node's mark.
/// </summary>
public static class RuleSetYaml
{
    private abstract record Leaf;
    private sealed record TextLeaf : Leaf;
    private sealed record IntLeaf(int Min, int Max) : Leaf;
    private sealed record DecimalLeaf(string Unit) : Leaf;
    private sealed record BoolLeaf : Leaf;
    private sealed record DateLeaf : Leaf;
    private sealed record PolicyLeaf : Leaf;
    private sealed record OrderLeaf : Leaf;
    private sealed record ClauseLeaf(Indicator Indicator) : Leaf;
    private sealed record ParameterLeaf(RuleParameterDef Def) : Leaf;

    private static readonly Dictionary<string, UnitPolicy> Policies = new(StringComparer.Ordinal)
    {
        ["proportional"] = UnitPolicy.Proportional,
        ["whole_units"] = UnitPolicy.WholeUnits,
        ["started_units"] = UnitPolicy.StartedUnits,
    };

    /// <summary>Every leaf of the schema by its path, in the file's order.</summary>
    private static readonly List<(string Path, Leaf Leaf)> Schema = BuildSchema();

    private static readonly Dictionary<string, Leaf> LeafByPath = Schema.ToDictionary(s => s.Path, s => s.Leaf, StringComparer.Ordinal);

    /// <summary>Every mapping's path ("" the root) with the keys allowed in it, in order.</summary>
    private static readonly Dictionary<string, List<string>> Mappings = BuildMappings();

    private static List<(string, Leaf)> BuildSchema()
    {
        var s = new List<(string, Leaf)>
        {
            ("id", new TextLeaf()), ("version", new TextLeaf()), ("title", new TextLeaf()), ("year", new IntLeaf(1900, 2999)),
            ("document.number", new TextLeaf()), ("document.title", new TextLeaf()), ("document.issued_by", new TextLeaf()), ("document.date", new DateLeaf()),
            ("invented", new BoolLeaf()), ("targets", new TextLeaf()),
            ("maximum_total", new DecimalLeaf("分")), ("score_decimals", new IntLeaf(int.MinValue, int.MaxValue)), ("unit_policy", new PolicyLeaf()),
        };
        foreach (var p in RuleParameters.All.Filter(p => p.Indicator.IsNone)) s.Add((p.Path, new ParameterLeaf(p)));
        s.Add(("tie_break_order", new OrderLeaf()));
        foreach (var i in Indicators.All)
        {
            s.Add(($"{i.Key()}.clause", new ClauseLeaf(i)));
            s.Add(($"{i.Key()}.reading", new TextLeaf()));
            foreach (var p in RuleParameters.Of(i)) s.Add((p.Path, new ParameterLeaf(p)));
        }
        return s;
    }

    private static Dictionary<string, List<string>> BuildMappings()
    {
        var m = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (path, _) in Schema)
        {
            var segments = path.Split('.');
            for (var k = 0; k < segments.Length; k++)
            {
                var parent = string.Join('.', segments.Take(k));
                if (!m.TryGetValue(parent, out var keys)) m[parent] = keys = [];
                if (!keys.Contains(segments[k])) keys.Add(segments[k]);
            }
        }
        return m;
    }

    /// <summary>Every parameter path of a rule-set file, in the file's order (the catalog's, with the ranking ones first).</summary>
    public static IEnumerable<string> ParameterPaths => Schema.Where(s => s.Leaf is ParameterLeaf).Select(s => s.Path);

    public static Validation<Problem, RuleSetFile> Read(byte[] bytes) => Read(Encoding.UTF8.GetString(bytes), RuleSetFile.Digest(bytes));

    public static Validation<Problem, RuleSetFile> Read(string text) => Read(text, RuleSetFile.Digest(Encoding.UTF8.GetBytes(text)));

    private static Validation<Problem, RuleSetFile> Read(string text, string digest)
    {
        YamlNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count != 1)
                return Fail(Position(Mark.Empty), new RuleSetReason.WrongShape("one YAML document", $"{stream.Documents.Count} documents"));
            root = stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var what = e.InnerException?.Message ?? e.Message;
            return Fail(Position(e.Start), new RuleSetReason.NotYaml(what));
        }
        var reader = new Reader();
        reader.Mapping("", root);
        return reader.Problems.Count > 0 ? Fail<RuleSetFile>(reader.Problems.ToSeq()) : reader.Build(digest);
    }

    private static Step.YamlPosition Position(Mark mark) => new((int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    private static Step.YamlPosition Position(YamlNode node) => Position(node.Start);

    private static Validation<Problem, T> Fail<T>(Seq<Problem> problems) => Validation<Problem, T>.Fail(problems);

    private static Validation<Problem, RuleSetFile> Fail(Step.YamlPosition at, Reason reason) =>
        Fail<RuleSetFile>(Seq1(Problem.Of(reason).Under(at)));

    private static string Shape(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        YamlScalarNode s when s.Value is null or "" or "~" or "null" => "empty value",
        YamlScalarNode => "single value",
        _ => "alias",
    };

    private sealed class Reader
    {
        public readonly List<Problem> Problems = [];
        private readonly Dictionary<string, object> values = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Step.YamlPosition> positions = new(StringComparer.Ordinal);

        private void Add(string path, YamlNode node, Reason reason) =>
            Problems.Add(Problem.Of(reason).Under(new Step.Parameter(path), Position(node)));

        private static string Join(string parent, string key) => parent.Length == 0 ? key : $"{parent}.{key}";

        public void Mapping(string path, YamlNode node)
        {
            positions[path.Length == 0 ? "." : path] = Position(node);
            if (node is not YamlMappingNode map)
            {
                Add(path.Length == 0 ? "." : path, node, new RuleSetReason.WrongShape("mapping", Shape(node)));
                return;
            }
            var allowed = Mappings[path];
            var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
            foreach (var (keyNode, valueNode) in map.Children)
            {
                var key = keyNode is YamlScalarNode k ? k.Value ?? "" : "";
                var full = Join(path, key);
                if (!seen.Add(key))
                {
                    Add(full, keyNode, new RuleSetReason.RepeatedKey(key));
                    continue;
                }
                if (!allowed.Contains(key))
                {
                    var elsewhere = Mappings.Where(m => m.Key != path && m.Value.Contains(key)).Select(m => Join(m.Key, key)).Take(3).ToList();
                    if (elsewhere.Count > 0)
                        Add(full, keyNode, new RuleSetReason.MisplacedKey(key, string.Join(" or ", elsewhere)));
                    else
                        Add(full, keyNode, new RuleSetReason.UnknownKey(key, string.Join(", ", allowed)));
                    continue;
                }
                positions[full] = Position(keyNode);
                if (LeafByPath.TryGetValue(full, out var leaf)) Value(full, leaf, valueNode);
                else Mapping(full, valueNode);
            }
            foreach (var key in allowed.Where(k => !seen.Contains(k)))
                Add(Join(path, key), node, new RuleSetReason.MissingKey(Join(path, key)));
        }

        private void Value(string path, Leaf leaf, YamlNode node)
        {
            if (leaf is OrderLeaf)
            {
                if (node is not YamlSequenceNode list)
                {
                    Add(path, node, new RuleSetReason.WrongShape("list", Shape(node)));
                    return;
                }
                var order = new List<Indicator>();
                foreach (var item in list.Children)
                {
                    var key = (item as YamlScalarNode)?.Value ?? "";
                    var indicator = Indicators.All.Find(i => i.Key() == key);
                    if (indicator.IsNone)
                        Add(path, item, new RuleSetReason.UnknownValue(key, string.Join(", ", Indicators.All.Map(i => i.Key()))));
                    else order.Add((Indicator)indicator);
                }
                values[path] = order.ToSeq().Strict();
                return;
            }
            if (node is not YamlScalarNode scalar || scalar.Value is null || (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null"))
            {
                Add(path, node, new RuleSetReason.WrongShape(leaf is TextLeaf or ClauseLeaf ? "text" : "single value", Shape(node)));
                return;
            }
            var text = scalar.Value;
            var plain = scalar.Style == ScalarStyle.Plain;
            switch (leaf)
            {
                case TextLeaf:
                    if (text.Trim().Length == 0) Add(path, node, new ValueReason.TextEmpty());
                    else values[path] = text.Trim();
                    break;
                case ClauseLeaf c:
                    if (text != c.Indicator.ClauseId()) Add(path, node, new RuleSetReason.WrongClause(text, c.Indicator.ClauseId()));
                    break;
                case BoolLeaf:
                    if (plain && text is "true" or "false") values[path] = text == "true";
                    else Add(path, node, new RuleSetReason.UnknownValue(text, "true, false"));
                    break;
                case DateLeaf:
                    if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)) values[path] = date;
                    else Add(path, node, new RuleSetReason.BadDate(text));
                    break;
                case PolicyLeaf:
                    if (Policies.TryGetValue(text, out var policy)) values[path] = policy;
                    else Add(path, node, new RuleSetReason.UnknownValue(text, string.Join(", ", Policies.Keys)));
                    break;
                case IntLeaf n:
                    if (!plain || !DecimalParsing.TryParse(text, out var whole)) Add(path, node, new RuleSetReason.NotANumber(text, "a whole number"));
                    else if (whole != decimal.Truncate(whole)) Add(path, node, new ValueReason.NotWhole(whole));
                    else if (whole < n.Min || whole > n.Max) Add(path, node, new ValueReason.OutOfRange(whole, n.Min, n.Max));
                    else values[path] = (int)whole;
                    break;
                case DecimalLeaf d:
                    if (!plain || !DecimalParsing.TryParse(text, out var number)) Add(path, node, new RuleSetReason.NotANumber(text, d.Unit));
                    else values[path] = number;
                    break;
                case ParameterLeaf p:
                    if (!plain || !DecimalParsing.TryParse(text, out var value))
                        Add(path, node, new RuleSetReason.NotANumber(text, Unit(p.Def)));
                    else
                        // Points may be anything here: a negative penalty is the load checks' error, and verification's counterexample.
                        (p.Def.Kind == ParameterKind.Points ? Valid.Ok(value) : p.Def.Check(value, new Step.Parameter(path)))
                            .Match(v => values[path] = v, ps => Problems.AddRange(ps.Map(pr => pr.Under(Position(node)))));
                    break;
                default:
                    throw new System.Diagnostics.UnreachableException(leaf.GetType().Name);
            }
        }

        private static string Unit(RuleParameterDef def) =>
            def.Path.EndsWith("_wan", StringComparison.Ordinal) ? "万元"
            : def.Path.EndsWith("_yuan", StringComparison.Ordinal) ? "元"
            : def.Path.EndsWith("_percent", StringComparison.Ordinal) ? "%"
            : def.Kind switch
            {
                ParameterKind.Points => "分",
                ParameterKind.Count => "units (a whole number)",
                _ => "the step's measure",
            };

        private T Get<T>(string path) => (T)values[path];

        public Validation<Problem, RuleSetFile> Build(string digest)
        {
            var rules = RuleParameters.All.Fold(
                Blank with
                {
                    Id = Get<string>("id"),
                    Version = Get<string>("version"),
                    Title = Get<string>("title"),
                    Year = Get<int>("year"),
                    Policy = Get<UnitPolicy>("unit_policy"),
                    TieBreakOrder = Get<Seq<Indicator>>("tie_break_order"),
                    ScoreDecimals = Get<int>("score_decimals"),
                },
                (r, p) => p.Set(r, Get<decimal>(p.Path)));
            var document = new RuleSetDocument(Get<string>("document.number"), Get<string>("document.title"), Get<string>("document.issued_by"), Get<DateOnly>("document.date"));
            var readings = Indicators.All.ToDictionary(i => i, i => Get<string>($"{i.Key()}.reading"));
            rules = rules with { Readings = toHashMap(readings.Select(r => (r.Key, r.Value))) };
            return new RuleSetFile(rules, document, Get<bool>("invented"), Get<string>("targets"), Get<decimal>("maximum_total"), positions, readings, digest);
        }
    }

    /// <summary>A rule set with every number 0, every parameter of which the file sets: nothing comes from anywhere else.</summary>
    private static readonly RuleSet Blank = new(
        Id: "", Version: "", Title: "", Year: 0,
        PovertyReduction: new(0m, new(1m, 0m), 0m),
        TargetedAssistance: new(0m, 0m, new(1m, 0m)),
        VillageIncome: new(0m, 0m, 0m, new(1m, 0m), new(1m, 0m)),
        HouseRenovation: new(0m, new ByKind<StepRate>(new(1m, 0m), new(1m, 0m))),
        Leadership: new(0m, 0m, 0m, 0m),
        VillageAssistance: new(0m, new(1m, 0m), 0m, new(1m, 0m), 0m, new(1m, 0m)),
        SocialInvestment: new(0m, new ByKind<StepRate>(new(1m, 0m), new(1m, 0m)), 0m),
        TotalInvestment: new(0m, new ByKind<StepRate>(new(1m, 0m), new(1m, 0m))),
        OwnBudget: new(0m, new ByKind<StepRate>(new(1m, 0m), new(1m, 0m)), 0m),
        WorkSystems: new(0m, 0m, new(1m, 0m)),
        Policy: UnitPolicy.Proportional, PassLine: 0m, Quotas: new GroupQuotas(0, 0), TieBreakOrder: Seq<Indicator>(), ScoreDecimals: 0);
}
