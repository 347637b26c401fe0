namespace Intake.Pipeline.Extraction;

/// <summary>Turns the bytes of one file into text blocks, or says why it cannot.</summary>
public interface IDocumentExtractor
{
    /// <param name="content">The whole file. Callers check the size limit before reading it.</param>
    /// <param name="sourceName">For messages only; the type is sniffed from the bytes.</param>
    Task<ExtractionResult> ExtractAsync(ReadOnlyMemory<byte> content, string sourceName, CancellationToken cancellationToken = default);
}
