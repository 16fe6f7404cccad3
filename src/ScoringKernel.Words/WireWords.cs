using ScoringKernel.Core.Problems;

namespace ScoringKernel.Words;

public static partial class ReasonWords
{
    static partial void WireWords()
    {
    }
}
