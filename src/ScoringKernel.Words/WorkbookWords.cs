using ScoringKernel.Core.Problems;

namespace ScoringKernel.Words;

public static partial class ReasonWords
{
    static partial void WorkbookWords()
    {
        Say(WorkbookReasons.Described, a => a[0], a => a[0]);
    }
}
