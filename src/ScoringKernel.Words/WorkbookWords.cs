using ScoringKernel.Core.Problems;

namespace ScoringKernel.Words;

public static partial class ReasonWords
{
    static partial void WorkbookWords()
    {
        // The file.

        // Sheets and headers.

        // Cells.

        // Rows.

        // The list.
    }
}
