using Intake.Pipeline.Extraction;
using Intake.Pipeline.Settings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Ocr;

/// <summary>
/// OCR by Azure AI Document Intelligence (prebuilt-layout by default): checks the service's size and
/// page limits, sends the file, and maps the result into blocks with pages and roles. A refusal or a
/// failed analysis becomes Rejected (the document's fault) or Failed (ours); throttling, outages and
/// timeouts escape as <see cref="TransientOcrException"/> so hosts can retry later.
/// </summary>
public sealed partial class DocumentIntelligenceOcrService : IOcrService
{
    private readonly DocumentIntelligenceClient _client;
    private readonly DocumentIntelligenceOptions _options;
    private readonly ILogger _logger;

    public DocumentIntelligenceOcrService(IOptions<DocumentIntelligenceOptions> options, TimeProvider timeProvider, ILoggerFactory? loggerFactory = null)
        : this(
            new DocumentIntelligenceClient(options?.Value ?? throw new ArgumentNullException(nameof(options)), timeProvider, (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<DocumentIntelligenceClient>()),
            options.Value,
            (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<DocumentIntelligenceOcrService>())
    {
    }

    public DocumentIntelligenceOcrService(DocumentIntelligenceClient client, DocumentIntelligenceOptions options, ILogger<DocumentIntelligenceOcrService>? logger = null)
        : this(client, options, (ILogger?)logger)
    {
    }

    private DocumentIntelligenceOcrService(DocumentIntelligenceClient client, DocumentIntelligenceOptions options, ILogger? logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options;
        _logger = logger ?? NullLogger.Instance;
    }

    public bool IsConfigured => true;

    public async Task<ExtractionResult> RecognizeAsync(ReadOnlyMemory<byte> content, DocumentKind kind, int pages, CancellationToken cancellationToken = default)
    {
        if (content.Length > _options.MaxBytes)
        {
            return ExtractionResult.Rejected(kind, $"too large for OCR: {content.Length:N0} bytes exceeds the Document Intelligence limit of {_options.MaxBytes:N0} bytes ({SettingNames.Either.Of($"{DocumentIntelligenceOptions.SectionName}:MaxBytes")})", pages);
        }

        if (pages > _options.MaxPages)
        {
            return ExtractionResult.Rejected(kind, $"too many pages for OCR: {pages:N0} exceeds the Document Intelligence limit of {_options.MaxPages:N0} pages ({SettingNames.Either.Of($"{DocumentIntelligenceOptions.SectionName}:MaxPages")})", pages);
        }

        AnalyzeResult result;
        try
        {
            result = await _client.AnalyzeAsync(content, OcrContentType.Of(content.Span), cancellationToken);
        }
        catch (DocumentIntelligenceException exception)
        {
            var status = DocumentIntelligenceErrors.StatusOf(exception);
            LogNotRecognized(_logger, status, exception.Status, exception.ErrorCode);
            return new ExtractionResult(status, exception.Message, kind, pages, null);
        }

        var document = AnalyzeResultMapper.Map(result);
        if (!document.Blocks.Any(b => b.IsClauseContent))
        {
            return ExtractionResult.Rejected(kind, "no text recognised: Document Intelligence found no readable text in the scan", Math.Max(pages, document.Pages));
        }

        return ExtractionResult.Completed(kind, document);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "OCR gave {Status} (HTTP {HttpStatus}, {ErrorCode})")]
    private static partial void LogNotRecognized(ILogger logger, DocumentStatus status, int httpStatus, string? errorCode);
}
