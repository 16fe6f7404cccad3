using System.CommandLine;
using ScoringKernel.Cli.Input;
using ScoringKernel.Cli.Output;
using ScoringKernel.Wire.Json;
using Spectre.Console;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Cli.Commands;

/// <summary><c>scoring rules [--ruleset ID]</c>: the catalog, each rule with its clause, the regulation's words, its reading and parameters.</summary>
public static class RulesCommand
{
    public static Command Build(CliServices s)
    {
        var ruleset = new Option<string?>("--ruleset") { Description = "Rule set id (default: hengyang-2015)." };
        var format = CommonOptions.Format("table", "json");
        var command = new Command("rules", "Show the rule catalog: clause id, standard score, Chinese text, reading, parameters.") { ruleset, format };
        command.Subcommands.Add(RuleSetFileCommands.Verify(s));
        command.Subcommands.Add(RuleSetFileCommands.Diff(s));
        command.Subcommands.Add(List(s));
        command.SetAction(r =>
        {
            var rules = s.Scoring.GetRuleSet(new P.GetRuleSetRequest { RuleSetId = r.GetValue(ruleset) ?? "" })
                .Match(x => x.RuleSet, f => throw CliFailure.From(f, InputSource.None("--ruleset"), s.Language));
            if (r.GetValue(format) == "json")
            {
                s.Terminal.Out.WriteLine(System.Text.Encoding.UTF8.GetString(ProtoJsonWriter.ToUtf8(rules)));
                return 0;
            }
            s.Terminal.Out.WriteLine($"{rules.Title}  [{rules.Id} v{rules.Version}]");
            s.Terminal.Out.WriteLine($"pass line {rules.PassLine}; Class 1 quotas: 县市组 {rules.CountiesAndCitiesClass1Quota}, 区组 {rules.DistrictsClass1Quota}; unit policy {CliWords.Policy(rules.UnitPolicy)}");
            var table = new Table().AddColumns("条款", "标准分", "考核内容 / 评分标准", "reading", "parameters");
            foreach (var i in rules.Indicators)
                table.AddRow(
                    Markup.Escape(i.ClauseId), i.StandardScore,
                    Markup.Escape($"{i.Requirement}\n评分: {i.ScoringText}"),
                    Markup.Escape(i.Reading),
                    Markup.Escape(string.Join("\n", i.Parameters.Select(p =>
                        $"{p.Name} = {p.Value}{(p.TableColumn.Length > 0 ? $" (only where Attachment 2 leaves {p.TableColumn} empty)" : "")}"))));
            s.Terminal.Write(table);
            s.Terminal.Out.WriteLine(rules.CommonReadings);
            return 0;
        });
        return command;
    }

    /// <summary><c>scoring rules list</c>: the rule sets held (the embedded one and <c>--rule-sets DIR</c>'s) with year, document and digest.</summary>
    private static Command List(CliServices s)
    {
        var command = new Command("list", "The rule sets held: id, year, document, whether invented, SHA-256 of the file.");
        command.SetAction(_ =>
        {
            foreach (var r in s.Scoring.ListRuleSets(new P.ListRuleSetsRequest()).RuleSets)
                s.Terminal.Out.WriteLine($"{r.Id}  {r.Year}  {r.Document} ({r.DocumentDate}){(r.Invented ? "  INVENTED" : "")}  sha256 {r.Sha256}");
            return 0;
        });
        return command;
    }
}
