using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Google.Protobuf;
using ScoringKernel.Application;
using ScoringKernel.Wire.Mapping;
using ScoringKernel.Files.Workbooks;
using ScoringKernel.Core.Tests.Support;
using Xunit;
using P = ScoringKernel.Contracts.V1;

namespace ScoringKernel.Contracts.Tests.Workbooks;

public static class RequestArbitraries
{
    /// <summary>Requests whose figures come from the domain generators (every unit of the 2015 table, any order), mapped to the wire.</summary>
    public static Arbitrary<P.AssessRequest> Requests() => Arb.From(
        from c in DomainGenerators.AssessmentCases
        from ruleSetId in Gen.Elements("", "hengyang-2015")
        select Request(c, ruleSetId));

    private static P.AssessRequest Request(AssessmentCase c, string ruleSetId)
    {
        var request = new P.AssessRequest { RuleSetId = ruleSetId };
        request.Units.AddRange(c.Figures.Map(FiguresMapping.FromDomain));
        return request;
    }
}

[Properties(Arbitrary = new[] { typeof(RequestArbitraries) }, MaxTest = 1000)]
public class WorkbookRoundTripProperties
{
    private static readonly ScoringApi Api = new(RuleSetCatalog.Embedded);

    [Property]
    public void A_request_written_to_a_workbook_and_read_back_is_the_same_request_and_assesses_the_same(P.AssessRequest request)
    {
        // The names the table gives each code: a name that does not match its code is refused.
        var workbook = FiguresWorkbook.Write(request, code => ScoringKernel.Words.UnitNames.Embedded.Find(ScoringKernel.Core.Units.UnitCode.Known(code)) ?? "");
        var read = FiguresWorkbook.Read(workbook).Match(r => r, ps => throw new Xunit.Sdk.XunitException(string.Join("; ", ps)));
        var expected = request.Clone();
        if (expected.RuleSetId.Length == 0) expected.RuleSetId = "hengyang-2015";
        Assert.Equal(expected, read.Request);
        // The one note a faithful round trip may carry: a 落实率 in (0, 1], implausible where the figures are whole percentages.
        Assert.All(read.Warnings, w => Assert.IsType<ScoringKernel.Core.Problems.WorkbookReason.Implausible>(w.Reason));
        Assert.Equal(Api.Assess(request).Match(r => r.ToByteString(), f => throw new Xunit.Sdk.XunitException(f.ToString())),
            Api.Assess(read.Request).Match(r => r.ToByteString(), f => throw new Xunit.Sdk.XunitException(f.ToString())));
    }
}
