using Google.Protobuf;
using ScoringKernel.Application.Rounds;
using ScoringKernel.Core.Problems;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Store;
using ScoringKernel.Words;
using Xunit;
using P = ScoringKernel.Contracts.V1;
using static ScoringKernel.Rounds.Tests.RoundExamples;
using ScoringKernel.TestSupport;

namespace ScoringKernel.Rounds.Tests;

/// <summary>The round kept through <see cref="RoundService"/>: the same tests on every store.</summary>
public abstract partial class RoundServiceContract
{
    /// <summary>A setting naming a new, empty database.</summary>
    protected abstract string NewDatabase();

    private (SqlEventStore Store, RoundService Rounds) Open(string? setting = null)
    {
        var store = EventStores.Open(setting ?? NewDatabase());
        return (store, new RoundService(store, Scoring));
    }

    private static async Task<RoundService> Opened(RoundService rounds)
    {
        (await rounds.OpenRound(new P.OpenRoundRequest { Year = 2015 }, Office)).Ok();
        return rounds;
    }

    private static async Task Import(RoundService rounds, P.EvaluateRequest evaluation) =>
        (await rounds.ImportRound(new P.ImportRoundRequest { Year = 2015, Evaluation = evaluation }, Office)).Ok();

    [Fact]
    public async Task A_round_opens_once_over_the_tables_units()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        var opened = (await rounds.OpenRound(new P.OpenRoundRequest { Year = 2015 }, Office)).Ok().Round;
        Assert.Equal("rounds/2015", opened.Name);
        Assert.Equal("1", opened.Etag);
        Assert.Equal(12, opened.Units.Count);
        Assert.Equal(12, opened.MissingSelfEvaluations.Count);
        Assert.Equal("CN=office", opened.Opened.Actor);
        // The round names its rule set by the digest of the file it was read from, the one every result's stamp and
        // ListRuleSets give: a change of wording in the catalog is no change of the rules.
        var listed = Scoring.ListRuleSets(new P.ListRuleSetsRequest()).RuleSets.Single(r => r.Id == opened.RuleSet.Id);
        Assert.Equal(listed.Sha256, opened.RuleSet.Digest);
        // Attachment 1 names for every row who provides its figures, and every one of the 12 units is assessed on
        // every row with a target (附件2 gives each a figure in every column): so each of the five departments has
        // figures to give for every unit — 统计局 (一 二 三 八), 扶贫办 (all), 财政局 (八 九), 住建局/建设局 (四), 组织部 (六).
        string[] missing = ["selfEvaluation", "departments/DEPARTMENT_ORGANIZATION", "departments/DEPARTMENT_POVERTY_ALLEVIATION_OFFICE",
            "departments/DEPARTMENT_STATISTICS_BUREAU", "departments/DEPARTMENT_FINANCE_BUREAU", "departments/DEPARTMENT_HOUSING_AND_CONSTRUCTION_BUREAU"];
        Assert.All(opened.Units, u => Assert.Equal(missing, u.Missing));

        var again = (await rounds.OpenRound(new P.OpenRoundRequest { Year = 2015 }, Office)).Fails();
        Assert.IsType<RoundFailure.Refused>(again);
        Assert.Equal("ROUND_ALREADY_OPEN", again.Problems.Head.Reason.Code);
        Assert.Equal(1, await store.CurrentVersionAsync("round-2015"));
    }

    [Fact]
    public async Task The_rounds_evaluation_is_Evaluate_on_its_sources_and_its_totals_those_of_the_example()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        await Opened(rounds);
        await Import(rounds, Evaluation);
        var loaded = await rounds.Load(2015);
        var fromRound = (await rounds.EvaluateRound(new P.EvaluateRoundRequest { Year = 2015 }, Office)).Ok().Evaluation;
        var stateless = Scoring.Evaluate(RoundService.EvaluateRequestOf(loaded.State)).Match(r => r, f => throw new Xunit.Sdk.XunitException(f.ToString()));
        // The same answer and stamp, the round's stamp also naming the chain head it was computed on.
        Assert.Equal(loaded.Head, fromRound.Stamp.RoundChainHead);
        stateless.Stamp.RoundChainHead = loaded.Head;
        Assert.Equal(stateless.ToByteArray(), fromRound.ToByteArray());

        // The file evaluated as it is gives the same assessment: the round holds the file's sources.
        var file = Scoring.Evaluate(Evaluation).Match(r => r, f => throw new Xunit.Sdk.XunitException(f.ToString()));
        Assert.Equal(file.Assessment.ToByteArray(), fromRound.Assessment.ToByteArray());
    }

    [Fact]
    public async Task An_import_is_one_append_and_with_a_problem_nothing_is_written_and_every_problem_named()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        await Opened(rounds);
        var bad = Evaluation.Clone();
        bad.Submissions[3].SelfEvaluation.UnitCode = "430199"; // not in the round
        bad.Submissions[7].Findings.Add(new P.Finding
        {
            Figure = new P.FigureRef { Village = new P.VillageFigureRef { Name = "没有这个村", Field = P.VillageField.ResidentTeam } },
            Value = "1", Check = P.CheckKind.Routine, Date = "2015-10-01", Note = "抽查",
        });
        var failure = (await rounds.ImportRound(new P.ImportRoundRequest { Year = 2015, Evaluation = bad }, Office)).Fails();
        var codes = failure.Problems.Map(p => p.Reason.Code).ToList();
        Assert.Contains("UNIT_NOT_IN_ROUND", codes);
        Assert.Contains("VILLAGE_NOT_LISTED", codes);
        Assert.Equal(1, await store.CurrentVersionAsync("round-2015"));
        var village = failure.Problems.Find(p => p.Reason.Code == "VILLAGE_NOT_LISTED").IfNone(() => throw new Xunit.Sdk.XunitException("none"));
        Assert.StartsWith("evaluation.submissions[7].findings[", Wire.ProblemPaths.Of(village));
        Assert.Contains("没有贫困村“没有这个村”", ProblemWords.Sentence(village, Language.ZhCn));

        var before = await store.CurrentVersionAsync("round-2015");
        var import = (await rounds.ImportRound(new P.ImportRoundRequest { Year = 2015, Evaluation = Evaluation }, Office)).Ok();
        Assert.Equal(before + import.Events, await store.CurrentVersionAsync("round-2015"));
        Assert.Empty(import.Round.MissingSelfEvaluations);
        // A department's figures given: no longer missing for that unit, still for the others.
        var hengdong = import.Round.Units.Single(u => u.UnitCode == "430424");
        Assert.DoesNotContain("departments/DEPARTMENT_FINANCE_BUREAU", hengdong.Missing);
        Assert.Contains("departments/DEPARTMENT_STATISTICS_BUREAU", hengdong.Missing);
        Assert.DoesNotContain("selfEvaluation", hengdong.Missing);
        Assert.Contains("departments/DEPARTMENT_FINANCE_BUREAU", import.Round.Units.Single(u => u.UnitCode == "430423").Missing);
    }

    [Fact]
    public async Task A_figures_workbook_imports_its_twelve_units_in_one_append_and_one_bad_cell_imports_nothing_naming_the_cell()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        await Opened(rounds);
        var illustrative = Illustrative;
        var good = FiguresWorkbook.Write(illustrative, code => UnitNames.Embedded.Name(Core.Units.UnitCode.Known(code)));

        // One bad cell (a negative count of households): nothing written, the one problem named by sheet!cell, unit and column.
        var path = Path.Combine(Path.GetTempPath(), $"sk-round-import-{Guid.NewGuid():N}.xlsx");
        try
        {
            File.WriteAllBytes(path, good);
            var column = WorkbookCells.ColumnOf(path, "单位指标", "危房改造户数(户)");
            WorkbookCells.SetCell(path, "单位指标", $"{column}7", number: "-5");
            var name = WorkbookCells.NameOnRow(path, 7);
            var failure = (await rounds.ImportRound(new P.ImportRoundRequest { Year = 2015, FiguresWorkbook = ByteString.CopyFrom(File.ReadAllBytes(path)) }, Office)).Fails();
            Assert.IsType<RoundFailure.Invalid>(failure);
            var problem = Assert.Single(failure.Problems);
            Assert.Equal("VALUE_NEGATIVE", problem.Reason.Code);
            Assert.Contains(new Step.Cell("单位指标", $"{column}7"), problem.At.Steps);
            var zh = ProblemWords.Sentence(problem, Language.ZhCn);
            Assert.Contains($"单位指标!{column}7", zh);
            Assert.Contains(name, zh);
            Assert.Contains(Labels.FigureInClause(Core.Figures.FigureField.HouseholdsRenovated), zh);
            Assert.Contains("不能为负数(填写了 -5)", zh);
            Assert.Contains("must not be negative (got -5)", ProblemWords.Sentence(problem, Language.En));
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Equal(1, await store.CurrentVersionAsync("round-2015"));
        Assert.Single(await store.ReadStreamAsync("round-2015"));

        // The good workbook: the twelve self-evaluations in one append, each the unit's figures as the file gave them.
        var import = (await rounds.ImportRound(new P.ImportRoundRequest { Year = 2015, FiguresWorkbook = ByteString.CopyFrom(good) }, Office)).Ok();
        Assert.Equal(12, import.Events);
        Assert.Equal(13, await store.CurrentVersionAsync("round-2015"));
        Assert.Empty(import.Round.MissingSelfEvaluations);
        var state = (await rounds.Load(2015)).State;
        foreach (var unit in illustrative.Units)
            Assert.Equal(
                Wire.Mapping.FiguresMapping.ToDomain(unit).Match(f => f, ps => throw new Xunit.Sdk.XunitException(string.Join("; ", ps))),
                state.Unit(Core.Units.UnitCode.Known(unit.UnitCode)).Bind(u => u.LatestSelfEvaluation).Map(v => v.Figures).IfNone(() => throw new Xunit.Sdk.XunitException(unit.UnitCode)));
        // Its evaluation ranks the figures as assessing the file does.
        var evaluated = (await rounds.EvaluateRound(new P.EvaluateRoundRequest { Year = 2015 }, Office)).Ok().Evaluation;
        var assessed = Scoring.Assess(illustrative).Match(r => r, f => throw new Xunit.Sdk.XunitException(f.ToString()));
        Assert.Equal(assessed.Assessment.Groups, evaluated.Assessment.Groups);
        Assert.Equal(assessed.Assessment.ScoreCards.Select(c => (c.UnitCode, c.Total)), evaluated.Assessment.ScoreCards.Select(c => (c.UnitCode, c.Total)));
    }

    [Fact]
    public async Task A_stale_etag_is_aborted_with_the_current_one_and_nothing_is_written()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        await Opened(rounds);
        var figures = Evaluation.Submissions[0].SelfEvaluation;
        var unit = figures.UnitCode;
        var first = (await rounds.SubmitSelfEvaluation(new P.SubmitSelfEvaluationRequest { Year = 2015, UnitCode = unit, Figures = figures, Etag = "0" }, Unit(unit))).Ok();
        Assert.Equal("2", first.SelfEvaluation.Etag);
        var second = (await rounds.SubmitSelfEvaluation(new P.SubmitSelfEvaluationRequest { Year = 2015, UnitCode = unit, Figures = figures, Etag = "0" }, Unit(unit))).Fails();
        var stale = Assert.IsType<RoundFailure.Stale>(second);
        Assert.Equal("2", stale.CurrentEtag);
        Assert.Equal("ETAG_STALE", stale.Problem.Reason.Code);
        Assert.Contains("未作任何更改", ProblemWords.Sentence(stale.Problem, Language.ZhCn));
        Assert.Equal(2, await store.CurrentVersionAsync("round-2015"));

        // Another unit's write moves the round's etag, not this self-evaluation's.
        var other = Evaluation.Submissions[1].SelfEvaluation;
        (await rounds.SubmitSelfEvaluation(new P.SubmitSelfEvaluationRequest { Year = 2015, UnitCode = other.UnitCode, Figures = other }, Unit(other.UnitCode))).Ok();
        var corrected = figures.Clone();
        corrected.HouseRenovation.HouseholdsRenovated += 1; // the same figures again would be no new version
        var third = (await rounds.SubmitSelfEvaluation(new P.SubmitSelfEvaluationRequest { Year = 2015, UnitCode = unit, Figures = corrected, Etag = "2" }, Unit(unit))).Ok();
        Assert.Equal(2, third.SelfEvaluation.Version);
    }

    [Fact]
    public async Task Every_refusal_names_why_in_Chinese_and_English()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        await Opened(rounds);
        var a = Evaluation.Submissions[0].SelfEvaluation;
        var b = Evaluation.Submissions[1].SelfEvaluation;

        // A unit submitting another unit's figures as its own.
        var mismatch = (await rounds.SubmitSelfEvaluation(new P.SubmitSelfEvaluationRequest { Year = 2015, UnitCode = a.UnitCode, Figures = b }, Unit(a.UnitCode))).Fails();
        Assert.Equal("UNIT_MISMATCH", mismatch.Problems.Head.Reason.Code);
        Assert.Contains("单位只能报送本单位的自评", ProblemWords.Sentence(mismatch.Problems.Head, Language.ZhCn));
        Assert.Contains("a unit submits only its own", ProblemWords.Sentence(mismatch.Problems.Head, Language.En));

        await Import(rounds, Evaluation);
        var digest = (await rounds.EvaluateRound(new P.EvaluateRoundRequest { Year = 2015 }, Office)).Ok().Evaluation.Stamp.InputSha256;

        // A stale digest: the approver saw something else.
        var stale = (await rounds.ApproveRound(new P.ApproveRoundRequest { Year = 2015, EvaluationDigest = new string('0', 64) }, LeadingGroup)).Fails();
        Assert.IsType<RoundFailure.Refused>(stale);
        Assert.Equal("STALE_DIGEST", stale.Problems.Head.Reason.Code);
        Assert.Contains("请重新评定后再审定", ProblemWords.Sentence(stale.Problems.Head, Language.ZhCn));

        (await rounds.ApproveRound(new P.ApproveRoundRequest { Year = 2015, EvaluationDigest = digest }, LeadingGroup)).Ok();
        var twice = (await rounds.ApproveRound(new P.ApproveRoundRequest { Year = 2015, EvaluationDigest = digest }, LeadingGroup)).Fails();
        Assert.Equal("ALREADY_APPROVED", twice.Problems.Head.Reason.Code);
        Assert.Contains("不能重复审定", ProblemWords.Sentence(twice.Problems.Head, Language.ZhCn));

        // A source after approval.
        var after = (await rounds.SubmitSelfEvaluation(new P.SubmitSelfEvaluationRequest { Year = 2015, UnitCode = a.UnitCode, Figures = a }, Unit(a.UnitCode))).Fails();
        Assert.Equal("ROUND_APPROVED", after.Problems.Head.Reason.Code);
        Assert.Contains("重新开启前任何数据都不能更改", ProblemWords.Sentence(after.Problems.Head, Language.ZhCn));
        Assert.Contains("no source changes until the round is reopened", ProblemWords.Sentence(after.Problems.Head, Language.En));

    }

    [Fact]
    public async Task An_early_evaluation_or_approval_names_the_units_missing_by_name_and_the_command_it_refuses()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        var opened = (await rounds.OpenRound(new P.OpenRoundRequest { Year = 2015 }, Office)).Ok().Round;
        var codes = opened.MissingSelfEvaluations.Select(c => Core.Units.UnitCode.Known(c)).ToList();
        var zhNames = string.Join("、", codes.Select(UnitNames.Embedded.Name));
        var enNames = string.Join(", ", codes.Select(c => UnitNames.Embedded.NameAndCode(c, Language.En)));
        Assert.Contains("衡山县", zhNames);
        Assert.DoesNotContain("430423", zhNames);

        var evaluate = (await rounds.EvaluateRound(new P.EvaluateRoundRequest { Year = 2015 }, Office)).Fails();
        Assert.Equal("SELF_EVALUATIONS_MISSING", evaluate.Problems.Single().Reason.Code);
        Assert.Equal($"还有 12 个单位没有报送自评({zhNames}),不能进行综合评定", ProblemWords.Sentence(evaluate.Problems.Single(), Language.ZhCn));
        Assert.Equal($"12 units have not submitted the self-evaluation ({enNames}): nothing to evaluate yet", ProblemWords.Sentence(evaluate.Problems.Single(), Language.En));

        var approve = (await rounds.ApproveRound(new P.ApproveRoundRequest { Year = 2015, EvaluationDigest = new string('0', 64) }, LeadingGroup)).Fails();
        Assert.Equal("SELF_EVALUATIONS_MISSING", approve.Problems.Single().Reason.Code);
        Assert.Equal($"还有 12 个单位没有报送自评({zhNames}),不能审定", ProblemWords.Sentence(approve.Problems.Single(), Language.ZhCn));
        Assert.Equal($"12 units have not submitted the self-evaluation ({enNames}): nothing to approve yet", ProblemWords.Sentence(approve.Problems.Single(), Language.En));
    }

    [Fact]
    public async Task A_finding_on_a_village_the_unit_does_not_list_is_refused()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        await Opened(rounds);
        await Import(rounds, Evaluation);
        var unit = Evaluation.Submissions[0].SelfEvaluation.UnitCode;
        var failure = (await rounds.RecordFinding(new P.RecordFindingRequest
        {
            Year = 2015, FindingId = "F-1", UnitCode = unit, Inspector = "张三",
            Finding = new P.Finding { Figure = new P.FigureRef { Village = new P.VillageFigureRef { Name = "无此村", Field = P.VillageField.ProjectInvestmentWan } }, Value = "5", Check = P.CheckKind.YearEnd, Date = "2015-12-20", Note = "核查" },
        }, Inspector)).Fails();
        Assert.Equal("VILLAGE_NOT_LISTED", failure.Problems.Head.Reason.Code);
        Assert.Contains("“无此村”", ProblemWords.Sentence(failure.Problems.Head, Language.ZhCn));
    }

    [Fact]
    public async Task Export_and_import_into_another_store_give_the_same_state_and_digest()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        await Opened(rounds);
        await Import(rounds, Evaluation);
        var digest = (await rounds.EvaluateRound(new P.EvaluateRoundRequest { Year = 2015 }, Office)).Ok().Evaluation.Stamp.InputSha256;
        (await rounds.ApproveRound(new P.ApproveRoundRequest { Year = 2015, EvaluationDigest = digest }, LeadingGroup)).Ok();
        var export = (await rounds.ExportRound(new P.ExportRoundRequest { Year = 2015 }, Office)).Ok().Export;
        Assert.Equal(digest, export.EvaluationDigest);
        var file = JsonFormatter.Default.Format(export);

        var (other, moved) = Open();
        await using var __ = other;
        var imported = (await moved.ImportRound(new P.ImportRoundRequest { Year = 2015, RoundExport = JsonParser.Default.Parse<P.RoundExport>(file) }, Office)).Ok();
        Assert.Equal(export.Events.Count, imported.Events);
        Assert.Equal(digest, (await moved.EvaluateRound(new P.EvaluateRoundRequest { Year = 2015 }, Office)).Ok().Evaluation.Stamp.InputSha256);
        // Unsigned, so every event is the importer's now (with the original actor as a claim): the sources are the same.
        Assert.Equal(RoundService.EvaluateRequestOf((await rounds.Load(2015)).State), RoundService.EvaluateRequestOf((await moved.Load(2015)).State));
        Assert.Equal(P.RoundStatus.Approved, imported.Round.Status);

        // Into a store that has the round already: refused, nothing written.
        var again = (await moved.ImportRound(new P.ImportRoundRequest { Year = 2015, RoundExport = export }, Office)).Fails();
        Assert.Equal("ROUND_EXISTS", again.Problems.Head.Reason.Code);
        Assert.Equal(export.Events.Count, await other.CurrentVersionAsync("round-2015"));
    }

    [Fact]
    public async Task A_caller_without_the_role_is_denied_naming_it_and_the_log_is_unchanged()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        var denied = (await rounds.OpenRound(new P.OpenRoundRequest { Year = 2015 }, Inspector)).Fails();
        var d = Assert.IsType<RoundFailure.Denied>(denied);
        Assert.Equal("office", d.Role);
        Assert.Contains("需要角色 office", ProblemWords.Sentence(d.Problem, Language.ZhCn));
        Assert.Equal(0, await store.CurrentVersionAsync("round-2015"));
        await Opened(rounds);
        var a = Evaluation.Submissions[0].SelfEvaluation;
        var b = Evaluation.Submissions[1].SelfEvaluation;
        var other = (await rounds.SubmitSelfEvaluation(new P.SubmitSelfEvaluationRequest { Year = 2015, UnitCode = b.UnitCode, Figures = b }, Unit(a.UnitCode))).Fails();
        Assert.Equal($"unit:{b.UnitCode}", Assert.IsType<RoundFailure.Denied>(other).Role);
        Assert.Equal(1, await store.CurrentVersionAsync("round-2015"));
    }

    [Fact]
    public async Task Concurrent_writers_lose_no_update_and_the_state_is_the_replay_of_the_log()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        await Opened(rounds);
        var selves = Evaluation.Submissions.Select(s => s.SelfEvaluation).ToList();
        // 48 unconditional writes over 11 units, each with figures of its own (the same again would write nothing), and
        // 2 conditional writes on the twelfth with the same etag.
        P.UnitFigures Corrected(int i)
        {
            var f = selves[1 + i % 11].Clone();
            f.HouseRenovation.HouseholdsRenovated = 1000 + i;
            return f;
        }
        var writes = Enumerable.Range(0, 48).Select(i => rounds.SubmitSelfEvaluation(
            new P.SubmitSelfEvaluationRequest { Year = 2015, UnitCode = selves[1 + i % 11].UnitCode, Figures = Corrected(i) }, Unit(selves[1 + i % 11].UnitCode))).ToList();
        var racing = Enumerable.Range(0, 2).Select(_ => rounds.SubmitSelfEvaluation(
            new P.SubmitSelfEvaluationRequest { Year = 2015, UnitCode = selves[0].UnitCode, Figures = selves[0], Etag = "0" }, Unit(selves[0].UnitCode))).ToList();
        var results = await Task.WhenAll(writes.Concat(racing));
        Assert.All(results.Take(48), w => w.Ok());
        var raced = results.Skip(48).ToList();
        Assert.Equal(1, raced.Count(r => r.IsRight));
        Assert.IsType<RoundFailure.Stale>(raced.Single(r => r.IsLeft).Fails());
        var version = await store.CurrentVersionAsync("round-2015");
        Assert.Equal(1 + 48 + 1, version);
        var replayed = Core.Round.RoundDecider.Fold((await store.ReadStreamAsync("round-2015")).Select(RoundService.Decode).ToSeq());
        Assert.Equal(replayed, (await rounds.Load(2015)).State);
        Assert.Equal(1, replayed.Unit(Core.Units.UnitCode.Known(selves[0].UnitCode)).Map(u => u.SelfEvaluations.Count).IfNone(0));
        Assert.Equal(48, replayed.Units.Skip(0).Sum(u => u.SelfEvaluations.Count) - 1);
    }

    [Fact]
    public async Task A_department_figure_left_blank_is_named_by_its_figure_and_nothing_is_written()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        await Opened(rounds);
        var finance = new P.DepartmentFigures { Department = P.Department.FinanceBureau };
        finance.Figures.Add(new P.FigureValue { Figure = new P.FigureRef { Field = P.FigureField.OwnBudgetWan }, Value = "140" });
        finance.Figures.Add(new P.FigureValue { Figure = new P.FigureRef { Field = P.FigureField.TotalInvestmentWan }, Value = "" });
        var failure = (await rounds.SubmitDepartmentFigures(new P.SubmitDepartmentFiguresRequest { Year = 2015, UnitCode = "430424", Figures = finance }, Office)).Fails();
        var problem = Assert.Single(failure.Problems);
        Assert.Equal("figures.figures[1].value", Wire.ProblemPaths.Of(problem));
        Assert.EndsWith("附件1-八 扶贫开发总投入 · 数值", ProblemWords.Place(problem, Language.ZhCn));
        Assert.Contains("Attachment 1-8 ", ProblemWords.Place(problem, Language.En));
        Assert.Equal(1, await store.CurrentVersionAsync("round-2015"));
    }

    private static RoundCaller Unit(string code) => new(new Core.Round.Actor($"CN=unit-{code}"), new HashSet<string> { $"unit:{code}" });

    private static readonly RoundCaller LeadingGroup = new(new Core.Round.Actor("CN=leading-group"), new HashSet<string> { "leading_group" });

    private static readonly RoundCaller Inspector = new(new Core.Round.Actor("CN=inspector"), new HashSet<string> { "inspector" });
}

public sealed class SqliteRoundServiceTests : RoundServiceContract, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sk-rounds-").FullName;
    private int databases;

    protected override async Task Tamper(string setting, string sql)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={setting["sqlite:".Length..]}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER IF EXISTS events_no_update; DROP TRIGGER IF EXISTS events_no_delete; " + sql;
        await command.ExecuteNonQueryAsync();
    }

    protected override string NewDatabase() => $"sqlite:{Path.Combine(folder, $"rounds-{Interlocked.Increment(ref databases)}.db")}";

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}

public sealed class PostgresFixture : IDisposable
{
    public TestSupport.PostgresServer Server { get; } = new();

    public void Dispose() => Server.Dispose();
}

public sealed class PostgresRoundServiceTests(PostgresFixture postgres) : RoundServiceContract, IClassFixture<PostgresFixture>
{
    protected override async Task Tamper(string setting, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(setting["postgres:".Length..]);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP TRIGGER IF EXISTS events_no_update_or_delete ON events; " + sql;
        await command.ExecuteNonQueryAsync();
    }

    protected override string NewDatabase() => $"postgres:{postgres.Server.CreateDatabase("rounds")}";
}
