using System.Globalization;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Ocr;
using Intake.Pipeline.Scanning;
using Intake.Pipeline.Settings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Intake.Cli.Scanning;

/// <summary>
/// Reads one local file and hands its bytes to the pipeline. The size limit is checked from the
/// file system before a byte is read, so a huge file costs nothing; a file that cannot be read
/// becomes that document's status, never an exception that stops the other files. The limit is the
/// pipeline's own (<see cref="ExtractionOptions.MaxBytes"/>), so the CLI and the function app agree.
/// </summary>
internal sealed partial class LocalFileScanner(DocumentScanner scanner, IOptions<ExtractionOptions> options, ILogger<LocalFileScanner> logger)
{
    public async Task<DocumentReport> ScanAsync(ScanInput input, string? documentTypeHint, CancellationToken cancellationToken = default) =>
        await ScanAsync(input, documentTypeHint, ourPartyHint: null, cancellationToken);

    public async Task<DocumentReport> ScanAsync(ScanInput input, string? documentTypeHint, string? ourPartyHint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var limit = options.Value.MaxBytes;
        byte[] content;
        try
        {
            var length = new FileInfo(input.FullPath).Length;
            if (length > limit)
            {
                return TooLarge(input, length, limit);
            }

            content = await File.ReadAllBytesAsync(input.FullPath, cancellationToken);
        }
        catch (UnauthorizedAccessException)
        {
            LogUnreadable(logger, input.Source, "permission denied");
            return DocumentReport.NotScanned(input.Source, DocumentStatus.Rejected, "cannot read the file: permission denied");
        }
        catch (FileNotFoundException)
        {
            LogUnreadable(logger, input.Source, "not found");
            return DocumentReport.NotScanned(input.Source, DocumentStatus.Rejected, "cannot read the file: not found (a broken link, or deleted during the scan)");
        }
        catch (IOException exception)
        {
            // A disk or network-share error is the machine's problem, not the document's.
            LogUnreadable(logger, input.Source, exception.GetType().Name);
            return DocumentReport.NotScanned(input.Source, DocumentStatus.Failed, $"cannot read the file: {exception.Message}");
        }

        // The file may have grown between the check and the read.
        if (content.LongLength > limit)
        {
            return TooLarge(input, content.LongLength, limit);
        }

        try
        {
            return await scanner.ScanAsync(new ScanRequest(input.Source, content, documentTypeHint) { OurPartyHint = ourPartyHint }, cancellationToken);
        }
        catch (TransientOcrException exception)
        {
            // The function app lets the message go back to the queue; a one-shot CLI has nobody to retry, so
            // the document is Failed (exit code 2) and the user can run the scan again.
            LogOcrUnavailable(logger, input.Source, exception.Status);
            return DocumentReport.NotScanned(input.Source, DocumentStatus.Failed, $"the OCR service did not answer; try again later ({exception.Message})", DocumentKind.Unknown);
        }
    }

    private DocumentReport TooLarge(ScanInput input, long length, long limit)
    {
        LogTooLarge(logger, input.Source, length, limit);
        return DocumentReport.NotScanned(
            input.Source,
            DocumentStatus.Rejected,
            string.Create(CultureInfo.InvariantCulture, $"file is {length:N0} bytes; the limit is {limit:N0} bytes ({SettingNames.Cli.Of("Extraction:MaxBytes")})"));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Not reading {Source}: {Length} bytes is over the limit of {Limit} bytes")]
    private static partial void LogTooLarge(ILogger logger, string source, long length, long limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OCR unavailable for {Source} (HTTP status {Status})")]
    private static partial void LogOcrUnavailable(ILogger logger, string source, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cannot read {Source}: {Problem}")]
    private static partial void LogUnreadable(ILogger logger, string source, string problem);
}
