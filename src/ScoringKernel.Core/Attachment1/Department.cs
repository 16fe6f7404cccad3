using LanguageExt;
using static LanguageExt.Prelude;

namespace ScoringKernel.Core.Attachment1;

/// <summary>
/// The departments that provide the assessment's figures: those Attachment 1 names for its rows, and section 五's
/// list ("委组织部、扶贫办、统计局、财政局、住建局等部门真实提供"). Attachment 1's 建设局 is section 五's 住建局.
/// </summary>
public enum Department
{
    /// <summary>组织部 (委组织部).</summary>
    Organization = 1,
    /// <summary>扶贫办.</summary>
    PovertyAlleviationOffice = 2,
    /// <summary>统计局.</summary>
    StatisticsBureau = 3,
    /// <summary>财政局.</summary>
    FinanceBureau = 4,
    /// <summary>住建局 (Attachment 1: 建设局).</summary>
    HousingAndConstructionBureau = 5,
}

public static class Departments
{
    public static readonly Seq<Department> All = toSeq(Enum.GetValues<Department>()).Strict();

    /// <summary>The department's name as the regulation writes it.</summary>
    public static string Name(this Department department) => department switch
    {
        Department.Organization => "组织部",
        Department.PovertyAlleviationOffice => "扶贫办",
        Department.StatisticsBureau => "统计局",
        Department.FinanceBureau => "财政局",
        Department.HousingAndConstructionBureau => "住建局",
    };

    /// <summary>
    /// Who provides the funds-misuse finding, which counts in no indicator: the departments Attachment 1 names for the
    /// management of other poverty funds (九: "其他扶贫资金管理使用情况 由财政、扶贫办等部门提供").
    /// </summary>
    public static readonly Seq<Department> FundsMisuseProviders = Seq(Department.FinanceBureau, Department.PovertyAlleviationOffice);
}
