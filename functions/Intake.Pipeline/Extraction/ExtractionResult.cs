namespace Intake.Pipeline.Extraction;

/// <summary>The outcome of reading one file: text when it could be read, otherwise a status and a reason a person understands.</summary>
public sealed record ExtractionResult(DocumentStatus Status, string? Reason, DocumentKind Kind, int Pages, ExtractedDocument? Document)
{
    public static ExtractionResult Completed(DocumentKind kind, ExtractedDocument document) =>
        new(DocumentStatus.Completed, null, kind, document.Pages, document);

    public static ExtractionResult Rejected(DocumentKind kind, string reason, int pages = 0) =>
        new(DocumentStatus.Rejected, reason, kind, pages, null);

    public static ExtractionResult NeedsOcr(DocumentKind kind, string reason, int pages = 0) =>
        new(DocumentStatus.NeedsOcr, reason, kind, pages, null);

    /// <summary>An error of ours (a bug or the environment), not of the document.</summary>
    public static ExtractionResult Failed(DocumentKind kind, string reason, int pages = 0) =>
        new(DocumentStatus.Failed, reason, kind, pages, null);
}
