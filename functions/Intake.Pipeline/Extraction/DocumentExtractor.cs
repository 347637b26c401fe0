using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Intake.Pipeline.Extraction.Docx;
using Intake.Pipeline.Extraction.Pdf;
using Intake.Pipeline.Extraction.PlainText;
using Intake.Pipeline.Extraction.Sniffing;
using Intake.Pipeline.Settings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Intake.Pipeline.Extraction;

/// <summary>
/// Reads one file: checks its size, sniffs its type from the bytes (the name never matters), and hands
/// it to the PDF, DOCX or text reader under a time limit. Scans and images go to the OCR service when
/// one is configured, otherwise they are NeedsOcr. Every problem of the document becomes Rejected with
/// a one-line reason; only cancellation by the caller escapes.
/// </summary>
public sealed partial class DocumentExtractor : IDocumentExtractor
{
    /// <summary>Smaller than any real document (the smallest PDF or zip is far larger); read as "not a document".</summary>
    public const int MinimumBytes = 8;

    private readonly ExtractionOptions _options;
    private readonly IOcrService _ocr;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<DocumentExtractor> _logger;

    public DocumentExtractor(
        IOptions<ExtractionOptions>? options = null,
        IOcrService? ocr = null,
        TimeProvider? timeProvider = null,
        ILogger<DocumentExtractor>? logger = null)
    {
        _options = options?.Value ?? new ExtractionOptions();
        _ocr = ocr ?? new OcrNotConfigured();
        _timeProvider = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger<DocumentExtractor>.Instance;
    }

    public async Task<ExtractionResult> ExtractAsync(ReadOnlyMemory<byte> content, string sourceName, CancellationToken cancellationToken = default)
    {
        if (content.IsEmpty)
        {
            return ExtractionResult.Rejected(DocumentKind.Unknown, "empty file (0 bytes)");
        }

        if (content.Length > _options.MaxBytes)
        {
            return ExtractionResult.Rejected(DocumentKind.Unknown, $"file is {ByteSize.Format(content.Length)}; the limit is {ByteSize.Format(_options.MaxBytes)} ({SettingNames.Either.Of("Extraction:MaxBytes")})");
        }

        if (content.Length < MinimumBytes)
        {
            return ExtractionResult.Rejected(DocumentKind.Unknown, $"unsupported type: {ByteSize.Format(content.Length)} is too short to be a document");
        }

        var sniffed = ContentSniffer.Sniff(content.Span);
        LogSniffed(_logger, sourceName, sniffed.Description, content.Length);
        var result = sniffed.Format switch
        {
            SniffedFormat.Image => ExtractionResult.NeedsOcr(DocumentKind.Image, $"{sniffed.Description}: images need OCR; {OcrNotConfigured.HowToEnable}", 1),
            SniffedFormat.Unsupported => ExtractionResult.Rejected(DocumentKind.Unknown, $"unsupported type: {sniffed.Description}"),
            SniffedFormat.Pdf => await WithTimeLimitAsync(DocumentKind.Pdf, token => PdfTextExtractor.Extract(content, _options, token), cancellationToken),
            SniffedFormat.Zip => await WithTimeLimitAsync(DocumentKind.Docx, token => ReadZip(content, token), cancellationToken),
            _ => await WithTimeLimitAsync(DocumentKind.Text, token => PlainTextExtractor.Extract(content.Span, token), cancellationToken),
        };

        if (result.Status == DocumentStatus.NeedsOcr && _ocr.IsConfigured)
        {
            LogSentToOcr(_logger, sourceName, result.Kind, result.Pages);
            return await _ocr.RecognizeAsync(content, result.Kind, result.Pages, cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// Runs a synchronous reader off the caller's thread and gives up after <see cref="ExtractionOptions.Timeout"/>.
    /// The readers check the token between pages and paragraphs; a library call stuck inside one page is
    /// abandoned (its thread finishes on its own) rather than holding the scan.
    /// </summary>
    private async Task<ExtractionResult> WithTimeLimitAsync(DocumentKind kind, Func<CancellationToken, ExtractionResult> read, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await Task.Run(() => Guarded(kind, read, linked.Token), linked.Token).WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ExtractionResult.Rejected(kind, $"reading took longer than the limit of {_options.Timeout.TotalSeconds:0} seconds ({SettingNames.Either.Of("Extraction:Timeout")})");
        }
    }

    private ExtractionResult Guarded(DocumentKind kind, Func<CancellationToken, ExtractionResult> read, CancellationToken cancellationToken)
    {
        try
        {
            return read(cancellationToken);
        }
        catch (InvalidDocumentException exception)
        {
            return ExtractionResult.Rejected(kind, exception.Message);
        }
        catch (InvalidDataException exception)
        {
            return ExtractionResult.Rejected(kind, "corrupt zip archive: " + Reasons.FirstLine(exception.Message));
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or XmlException or FileFormatException)
        {
            return ExtractionResult.Rejected(kind, "corrupt DOCX: " + Reasons.FirstLine(exception.Message));
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // A reader bug on one hostile file must not take the host down; it is this document's Failed status.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogReaderFailed(_logger, exception, kind);
            return ExtractionResult.Failed(kind, $"internal error while reading the {kind} file: {exception.GetType().Name}");
        }
    }

    private ExtractionResult ReadZip(ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var stream = ReadOnlyStream(content);
        ZipContent zip;
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            ZipGuard.Check(content.Span, archive, _options);
            zip = ZipContentInspector.Inspect(archive);
        }

        switch (zip.Kind)
        {
            case ZipContentKind.MacroEnabled:
                return ExtractionResult.Rejected(DocumentKind.Docx, "macro-enabled documents are not accepted (DOCM or a file with a VBA project); save it as DOCX");
            case ZipContentKind.OtherOffice:
            case ZipContentKind.Other:
                return ExtractionResult.Rejected(DocumentKind.Unknown, $"unsupported type: {zip.Description}");
            default:
                cancellationToken.ThrowIfCancellationRequested();
                stream.Position = 0;
                return DocxTextExtractor.Extract(stream, _options, cancellationToken);
        }
    }

    private static MemoryStream ReadOnlyStream(ReadOnlyMemory<byte> content) =>
        MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Extracting {Source}: sniffed {Format}, {Bytes} bytes")]
    private static partial void LogSniffed(ILogger logger, string source, string format, int bytes);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sending {Source} to OCR: {Kind}, {Pages} page(s)")]
    private static partial void LogSentToOcr(ILogger logger, string source, DocumentKind kind, int pages);

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Kind} reader failed unexpectedly")]
    private static partial void LogReaderFailed(ILogger logger, Exception exception, DocumentKind kind);
}
