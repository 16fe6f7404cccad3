using Google.Protobuf;
using Google.Protobuf.Reflection;
using LanguageExt;
using ScoringKernel.Application;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Contracts.Tests.Json;
using ScoringKernel.Core.Attachment1;
using ScoringKernel.Core.Figures;
using ScoringKernel.Core.Targets;
using Xunit;
using Xunit.Abstractions;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Contracts.Tests.WireNames;

/// <summary>
/// Every field path the domain can report resolves in the proto descriptors. The requests are the illustrative
/// example with one field at a time broken in each way the field's type can be broken, walked from the descriptors
/// themselves, so a field added to the contract is broken here without this test changing.
/// </summary>
public class ProblemPathTests(ITestOutputHelper output)
{
    private static readonly ScoringApi Scoring = new(RuleSetCatalog.Embedded);
    private static readonly ScenarioApi Scenarios = new(Scoring);
    private static readonly P.AssessRequest Example = JsonParser.Default.Parse<P.AssessRequest>(ExampleFile.Text);

    /// <summary>Strings that break a decimal field in every way the domain checks: not a decimal, negative, too precise, too large, outside 0–100.</summary>
    private static readonly string[] BadDecimals = ["abc", "-5", "1.1234567", "99999999999999999", "101", "-101", ""];
    private static readonly int[] BadInts = [-5, int.MaxValue];

    [Fact]
    public void Every_problem_path_of_a_broken_assess_request_resolves_in_AssessRequest()
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var broken in Broken(Example))
            foreach (var path in ProblemPaths(Scoring.Assess(broken)))
                paths.Add(path);
        // Request-level problems the field walk cannot reach: a unit twice, a unit missing, a unit the table does not score.
        var twice = Example.Clone(); twice.Units.Add(Example.Units[0].Clone());
        var missing = Example.Clone(); missing.Units.RemoveAt(0);
        var unknown = Example.Clone(); unknown.Units[0].UnitCode = "430400";
        var tooManyVillages = Example.Clone(); tooManyVillages.Units[0].VillageAssistance.Villages.Add(tooManyVillages.Units[0].VillageAssistance.Villages[0].Clone());
        foreach (var request in new[] { twice, missing, unknown, tooManyVillages })
            foreach (var path in ProblemPaths(Scoring.Assess(request)))
                paths.Add(path);

        AssertResolves(P.AssessRequest.Descriptor, paths);
    }

    [Fact]
    public void Every_problem_path_of_a_broken_target_table_resolves_in_AssessRequest()
    {
        var withTable = Example.Clone();
        withTable.TargetTable = TargetsMapping.FromDomain(EmbeddedTargets.Table2015);
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var broken in Broken(withTable.TargetTable).Select(t => { var r = withTable.Clone(); r.TargetTable = t; return r; }))
            foreach (var path in ProblemPaths(Scoring.Assess(broken)))
                paths.Add(path);
        Assert.Contains("target_table.rows[0].baseline_population", paths);
        AssertResolves(P.AssessRequest.Descriptor, paths);
    }

    [Fact]
    public void Every_table_issue_names_a_field_of_TargetTable()
    {
        // A total row that disagrees with every summed column, and year-end populations that are not baseline − reduction.
        var table = TargetsMapping.FromDomain(EmbeddedTargets.Table2015);
        var total = table.Rows.Single(r => r.Kind == P.RowKind.Total);
        foreach (var field in P.TargetRow.Descriptor.Fields.InDeclarationOrder())
            if (field.FieldType == FieldType.Int32) field.Accessor.SetValue(total, (int)field.Accessor.GetValue(total) + 1);
            else if (field.FieldType == FieldType.String && field.Name.EndsWith("_wan")) field.Accessor.SetValue(total, "1");
        var reply = Scoring.ValidateTargetTable(new P.ValidateTargetTableRequest { TargetTable = table });
        var paths = reply.Match(r => r.Issues.Select(i => i.Field).ToList(), f => throw new InvalidOperationException(f.ToString()));
        Assert.Contains("rows[0].baseline_population", paths);
        AssertResolves(P.TargetTable.Descriptor, paths);
    }

    [Fact]
    public void Every_problem_path_of_a_broken_scenario_resolves_in_CompareScenariosRequest()
    {
        var overrides = new List<P.Override>();
        foreach (var def in FigureFields.All)
            foreach (var bad in BadDecimals.Append("0.5"))
                overrides.Add(new P.Override { Figure = new P.FigureOverride { UnitCode = "430423", Field = EnumMapping.FromDomain(def.Field), Value = bad } });
        foreach (var field in TargetFields.All)
            foreach (var bad in BadDecimals.Append("0.5"))
                overrides.Add(new P.Override { Target = new P.TargetOverride { Kind = P.UnitKind.County, Field = EnumMapping.FromDomain(field), Value = bad } });
        foreach (var parameter in Core.Rules.RuleParameters.All)
            foreach (var bad in BadDecimals.Append("0.5"))
                overrides.Add(new P.Override { Parameter = new P.ParameterOverride { Path = parameter.Path, Value = bad } });
        overrides.Add(new P.Override { Parameter = new P.ParameterOverride { Path = "no.such.parameter", Value = "1" } });
        overrides.Add(new P.Override { Figure = new P.FigureOverride { UnitCode = "999999", Field = P.FigureField.IncomeYuan, Value = "1" } });
        overrides.Add(new P.Override { Target = new P.TargetOverride { UnitCode = "430400", Field = P.TargetField.IncomeYuan, Value = "1" } });
        overrides.Add(new P.Override { Figure = new P.FigureOverride { UnitCode = "430423", Field = (P.FigureField)99, Value = "1" } });
        overrides.Add(new P.Override());
        overrides.Add(new P.Override { Target = new P.TargetOverride { Field = P.TargetField.IncomeYuan, Value = "1" } });
        overrides.Add(new P.Override { Target = new P.TargetOverride { Kind = (P.UnitKind)99, Field = P.TargetField.IncomeYuan, Value = "1" } });
        overrides.Add(new P.Override { Target = new P.TargetOverride { Group = (P.AssessmentGroup)99, Field = (P.TargetField)99, Value = "1" } });
        overrides.Add(new P.Override { Policy = new P.PolicyOverride { UnitPolicy = (P.UnitPolicy)99 } });

        var paths = new SortedSet<string>(StringComparer.Ordinal);
        // One scenario per override, so that each one's problems are reported on its own; a comparison takes at most 100.
        // One request per override: a value the wire reads but the domain refuses is then reported by the domain, not
        // hidden behind another override's wire problem; the override sits second, behind a valid one.
        var valid = new P.Override { Parameter = new P.ParameterOverride { Path = "pass_line", Value = "80" } };
        foreach (var o in overrides)
        {
            var request = new P.CompareScenariosRequest { Base = Example, Scenarios = { new P.Scenario { Name = "s", Overrides = { valid, o } } } };
            foreach (var path in ProblemPaths(Scenarios.Compare(request)))
                paths.Add(path);
        }
        // A target the table gives for every unit: the rule set's constant would change nothing.
        var governed = new P.CompareScenariosRequest { Base = Example, Scenarios = { new P.Scenario { Name = "s", Overrides = {
            new P.Override { Parameter = new P.ParameterOverride { Path = "village_income.income_target_yuan", Value = "4000" } } } } } };
        foreach (var path in ProblemPaths(Scenarios.Compare(governed)))
            paths.Add(path);
        Assert.Contains("scenarios[0].overrides[1].figure.value", paths);
        Assert.Contains("scenarios[0].overrides[1].parameter.value", paths);
        Assert.Contains("scenarios[0].overrides[0].parameter.path", paths);
        var brokenBase = new P.CompareScenariosRequest { Base = Example.Clone(), Scenarios = { new P.Scenario { Name = "" } } };
        brokenBase.Base.Units[0].TotalInvestment.TotalInvestmentWan = "-1";
        foreach (var path in ProblemPaths(Scenarios.Compare(brokenBase)))
            paths.Add(path);

        AssertResolves(P.CompareScenariosRequest.Descriptor, paths);
    }

    [Fact]
    public void Every_problem_path_of_a_broken_evaluation_resolves_in_EvaluateRequest()
    {
        var example = JsonParser.Default.Parse<P.EvaluateRequest>(File.ReadAllText(Path.Combine(Path.GetDirectoryName(ExampleFile.Path)!, "evaluation-2015.json")));
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        // The walk breaks the first element of each list: put first a unit with both department figures and findings (雁峰区).
        var walked = example.Clone();
        var yanfeng = walked.Submissions.Single(s => s.SelfEvaluation.UnitCode == "430406");
        walked.Submissions.Remove(yanfeng);
        walked.Submissions.Insert(0, yanfeng);
        foreach (var broken in Broken(walked))
            foreach (var path in ProblemPaths(Scoring.Evaluate(broken)))
                paths.Add(path);
        Assert.Contains("submissions[0].findings[0].date", paths);
        Assert.Contains("submissions[0].departments[0].figures[0].figure.village.name", paths);
        // What only the evaluation checks: a village the self-evaluation does not list, two findings that disagree.
        var village = example.Clone();
        village.Submissions[11].Findings[0].Figure = new P.FigureRef { Village = new P.VillageFigureRef { Name = "无此村", Field = P.VillageField.ResidentTeam } };
        var conflict = example.Clone();
        var second = conflict.Submissions[11].Findings[0].Clone();
        second.Value = "46";
        conflict.Submissions[11].Findings.Add(second);
        foreach (var request in new[] { village, conflict })
            foreach (var path in ProblemPaths(Scoring.Evaluate(request)))
                paths.Add(path);
        Assert.Contains("submissions[11].findings[0].figure.village.name", paths);
        Assert.Contains("submissions[11].findings[1].value", paths);
        AssertResolves(P.EvaluateRequest.Descriptor, paths);
    }

    [Fact]
    public void The_domain_names_of_fields_and_indicators_are_the_wire_names()
    {
        foreach (var def in FigureFields.All)
            Assert.Null(DescriptorPaths.Unresolved(P.UnitFigures.Descriptor, def.Path));
        foreach (var field in TargetFields.All)
            Assert.Null(DescriptorPaths.Unresolved(P.TargetRow.Descriptor, field.Name()));
        foreach (var indicator in Indicators.All)
            Assert.Null(DescriptorPaths.Unresolved(P.UnitFigures.Descriptor, indicator.Key()));
        // Every domain member maps to the wire value of the same name, and back.
        Assert.Equal(Enum.GetValues<FigureField>().Length, Enum.GetValues<FigureField>().Select(EnumMapping.FromDomain).Distinct().Count());
        Assert.All(Enum.GetValues<FigureField>(), f => Assert.Equal(f, EnumMapping.ToDomain(EnumMapping.FromDomain(f), new Core.Problems.Step.Wire("field")).Match(x => x, _ => (FigureField)(-1))));
        Assert.All(Enum.GetValues<TargetField>(), f => Assert.Equal(f, EnumMapping.ToDomain(EnumMapping.FromDomain(f), new Core.Problems.Step.Wire("field")).Match(x => x, _ => (TargetField)(-1))));
        Assert.Equal(Indicators.All.Count, Indicators.All.Map(EnumMapping.FromDomain).Distinct().Count());
        // The catalog's field lists (forms and pickers are built from them) name real wire values and paths.
        var catalog = Scoring.GetRuleSet(new P.GetRuleSetRequest()).Match(r => r.RuleSet, f => throw new InvalidOperationException(f.ToString()));
        Assert.Equal(FigureFields.All.Count, catalog.FigureFields.Count);
        Assert.All(catalog.FigureFields, f =>
        {
            Assert.NotNull(P.ScenariosReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.EnumDescriptor>("FigureField").FindValueByName(f.WireValue));
            Assert.Null(DescriptorPaths.Unresolved(P.UnitFigures.Descriptor, f.Path));
        });
        Assert.All(catalog.TargetFields, f =>
        {
            Assert.NotNull(P.ScenariosReflection.Descriptor.FindTypeByName<Google.Protobuf.Reflection.EnumDescriptor>("TargetField").FindValueByName(f.WireValue));
            Assert.Null(DescriptorPaths.Unresolved(P.TargetRow.Descriptor, f.Name));
        });
    }

    private void AssertResolves(MessageDescriptor root, IEnumerable<string> paths)
    {
        var all = paths.ToList();
        output.WriteLine($"{all.Count} distinct problem paths checked against {root.FullName}:");
        foreach (var p in all) output.WriteLine("  " + p);
        var unresolved = all.Select(p => (p, why: DescriptorPaths.Unresolved(root, p))).Where(x => x.why is not null).ToList();
        Assert.True(unresolved.Count == 0, "paths that do not exist in the contract:\n" + string.Join("\n", unresolved.Select(x => $"{x.p}: {x.why}")));
        Assert.NotEmpty(all);
    }

    private static IEnumerable<string> ProblemPaths<T>(Either<ApiFailure, T> result) =>
        result.Match(_ => new List<string>(), f => f.All.Select(Wire.ProblemPaths.Of).ToList());

    /// <summary>Copies of <paramref name="message"/>, each with one scalar field somewhere inside it broken in one way (or one sub-message removed).</summary>
    private static IEnumerable<T> Broken<T>(T message) where T : IMessage<T>
    {
        var slots = Slots(message, []).ToList();
        foreach (var (route, field) in slots)
            foreach (var breaker in Breakers(field))
            {
                var copy = message.Clone();
                breaker(Follow(copy, route), field);
                yield return copy;
            }
    }

    private static IEnumerable<Action<IMessage, FieldDescriptor>> Breakers(FieldDescriptor field) => field.FieldType switch
    {
        FieldType.String => BadDecimals.Select<string, Action<IMessage, FieldDescriptor>>(bad => (m, f) => f.Accessor.SetValue(m, bad))
            .Append((m, f) => f.Accessor.SetValue(m, new string('x', 300))),
        FieldType.Int32 => BadInts.Select<int, Action<IMessage, FieldDescriptor>>(bad => (m, f) => f.Accessor.SetValue(m, bad)),
        FieldType.Message => [(m, f) => f.Accessor.Clear(m)],
        FieldType.Enum => [(m, f) => f.Accessor.SetValue(m, 99), (m, f) => f.Accessor.SetValue(m, 0)],
        _ => [],
    };

    /// <summary>Every singular field of the message tree, with the route to the message holding it (field, index) — the first element of each repeated field only.</summary>
    private static IEnumerable<(List<(FieldDescriptor, int)> Route, FieldDescriptor Field)> Slots(IMessage message, List<(FieldDescriptor, int)> route)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            if (field.IsRepeated)
            {
                if (field.FieldType != FieldType.Message) continue;
                var list = (System.Collections.IList)field.Accessor.GetValue(message);
                if (list.Count == 0) continue;
                foreach (var slot in Slots((IMessage)list[0]!, [.. route, (field, 0)])) yield return slot;
                continue;
            }
            yield return (route, field);
            if (field.FieldType == FieldType.Message && field.Accessor.GetValue(message) is IMessage child)
                foreach (var slot in Slots(child, [.. route, (field, -1)])) yield return slot;
        }
    }

    private static IMessage Follow(IMessage message, List<(FieldDescriptor Field, int Index)> route)
    {
        foreach (var (field, index) in route)
            message = index < 0 ? (IMessage)field.Accessor.GetValue(message) : (IMessage)((System.Collections.IList)field.Accessor.GetValue(message))[index]!;
        return message;
    }
}
