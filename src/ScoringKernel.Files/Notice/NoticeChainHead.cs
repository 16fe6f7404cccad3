using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ScoringKernel.Files.Notice;

public static partial class NoticeDocument
{
    /// <summary>
    /// The published notice with the round's chain head (the hash its publication stands on): a line
    /// "历史记录链头(SHA-256):first 16 digits…" at the end, and the full value in the document's properties
    /// (identifier, and keywords "chain-head HEX"), so anyone holding the notice can check the history behind it with
    /// <c>scoring round verify</c>.
    /// </summary>
    public static byte[] WithChainHead(byte[] docx, string head)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            var line = BodyParagraph(NoticeIssue.ChainHeadLine(head), indent: false);
            body.InsertBefore(line, body.Elements<SectionProperties>().Last());
            document.PackageProperties.Identifier = head;
            document.PackageProperties.Keywords = $"chain-head {head}";
            document.MainDocumentPart.Document.Save();
        }
        return stream.ToArray();
    }
}
