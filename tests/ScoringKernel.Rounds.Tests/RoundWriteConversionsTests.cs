using Google.Protobuf;
using ScoringKernel.Application.Rounds;
using Xunit;
using P = ScoringKernel.Contracts.V1;
using static ScoringKernel.Rounds.Tests.RoundExamples;

namespace ScoringKernel.Rounds.Tests;

/// <summary>What a round write converts (specs/docs/round.md, "A round write, conversion by conversion").</summary>
public abstract partial class RoundServiceContract
{
    [Fact]
    public async Task A_write_folds_the_events_it_decided_and_decodes_none_it_appended_yet_holds_what_a_fresh_reader_decodes()
    {
        var (store, rounds) = Open();
        await using var _ = store;
        await Opened(rounds);
        var self = Evaluation.Submissions[0].SelfEvaluation;
        (await rounds.SubmitSelfEvaluation(new P.SubmitSelfEvaluationRequest { Year = 2015, UnitCode = self.UnitCode, Figures = self, Etag = "0" }, Office)).Ok();
        var finance = new P.DepartmentFigures { Department = P.Department.FinanceBureau };
        finance.Figures.Add(new P.FigureValue { Figure = new P.FigureRef { Field = P.FigureField.OwnBudgetWan }, Value = "140.50" });
        var department = (await rounds.SubmitDepartmentFigures(new P.SubmitDepartmentFiguresRequest { Year = 2015, UnitCode = self.UnitCode, Figures = finance }, Office)).Ok().Department;
        Assert.Equal("140.5", department.Figures.Figures.Single().Value);

        // Three writes, three events appended, none read back: the round was written by this service from the start.
        Assert.Equal(3, await store.CurrentVersionAsync("round-2015"));
        Assert.Equal(0, rounds.EventsDecoded);

        // A service that never wrote the round decodes each stored event once, and holds the same round.
        var fresh = new RoundService(store, Scoring);
        var held = await rounds.Load(2015);
        var read = await fresh.Load(2015);
        Assert.Equal(3, fresh.EventsDecoded);
        Assert.Equal(read.State, held.State);
        Assert.Equal((read.Version, read.Head, read.ApprovalHead, read.PublicationHead), (held.Version, held.Head, held.ApprovalHead, held.PublicationHead));
        Assert.Equal(rounds.View(read).ToByteArray(), rounds.View(held).ToByteArray());
    }
}
