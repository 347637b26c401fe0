namespace Intake.Pipeline.Extraction;

// Placeholder of the skeleton: the extraction work replaces this file.
public sealed class DocumentExtractor : IDocumentExtractor
{
    public Task<ExtractionResult> ExtractAsync(ReadOnlyMemory<byte> content, string sourceName, CancellationToken cancellationToken = default) =>
        Task.FromResult(ExtractionResult.Rejected(DocumentKind.Unknown, "unsupported type: extraction not built yet"));
}
