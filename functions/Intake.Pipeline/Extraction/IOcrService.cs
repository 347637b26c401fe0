namespace Intake.Pipeline.Extraction;

/// <summary>
/// Reads text from scans and images. The seam for Azure AI Document Intelligence: the extractor
/// routes image-only PDFs and image files here when <see cref="IsConfigured"/> is true, otherwise it
/// reports <see cref="DocumentStatus.NeedsOcr"/>.
/// </summary>
public interface IOcrService
{
    /// <summary>False when no OCR endpoint is configured; the extractor then never calls <see cref="RecognizeAsync"/>.</summary>
    bool IsConfigured { get; }

    /// <param name="content">The whole file, as received.</param>
    /// <param name="kind"><see cref="DocumentKind.Pdf"/> (no text layer) or <see cref="DocumentKind.Image"/>.</param>
    /// <param name="pages">Pages already counted (PDF), or 1 for an image.</param>
    /// <returns>
    /// A completed result whose blocks are slices of the document text (as for every extractor), or a
    /// status and reason (Rejected/Failed/NeedsOcr) when recognition cannot be done.
    /// </returns>
    Task<ExtractionResult> RecognizeAsync(ReadOnlyMemory<byte> content, DocumentKind kind, int pages, CancellationToken cancellationToken = default);
}

/// <summary>The default until an OCR service is configured: says how to enable OCR.</summary>
public sealed class OcrNotConfigured : IOcrService
{
    /// <summary>How a person enables OCR; part of every NeedsOcr reason.</summary>
    /// <remarks>
    /// The same reason is produced by the CLI and the function app, which read the setting from
    /// different places, so it names the setting both ways the user can set it (the configuration
    /// key <c>DocumentIntelligence:Endpoint</c> is never what a user types).
    /// </remarks>
    public const string HowToEnable =
        "OCR is not configured: set the environment variable INTAKE_DocumentIntelligence__Endpoint (CLI) "
        + "or the app setting DocumentIntelligence__Endpoint (function app) to an Azure AI Document Intelligence endpoint to read scans and images";

    public bool IsConfigured => false;

    public Task<ExtractionResult> RecognizeAsync(ReadOnlyMemory<byte> content, DocumentKind kind, int pages, CancellationToken cancellationToken = default) =>
        Task.FromResult(ExtractionResult.NeedsOcr(kind, HowToEnable, pages));
}
