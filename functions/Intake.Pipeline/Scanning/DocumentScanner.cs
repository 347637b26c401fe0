using Intake.Pipeline.Classification;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Guidance;
using Intake.Pipeline.Ocr;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Segmentation;
using Intake.Pipeline.Signals;
using Intake.Pipeline.Signals.Screening;
using Microsoft.Extensions.Logging;

namespace Intake.Pipeline.Scanning;

/// <summary>
/// The pipeline on one document, in process: extract → segment → classify → signals → score.
/// Host-agnostic: the CLI and the function app both call it. A document problem becomes a status;
/// only cancellation and transient service errors (<see cref="TransientOcrException"/>) escape.
/// A screening list that cannot be read refuses the scan (status Failed, the reason names the list
/// and line): a document is never reported as screened when it was not.
/// </summary>
public sealed partial class DocumentScanner(
    IDocumentExtractor extractor,
    IClauseSegmenter segmenter,
    IClauseClassifier classifier,
    SignalDetector signals,
    IScreeningListSource screeningLists,
    DocumentScorer scorer,
    ILogger<DocumentScanner> logger)
{
    public async Task<DocumentReport> ScanAsync(ScanRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            ScreeningListSet lists;
            try
            {
                lists = await screeningLists.GetAsync(cancellationToken);
            }
            catch (ScreeningListException exception)
            {
                LogScreeningListUnreadable(logger, request.Source, exception.Source, exception.Line);
                return DocumentReport.NotScanned(request.Source, DocumentStatus.Failed, $"not scanned: {exception.Message} (fix or remove the list; a scan is never run unscreened)");
            }

            var extraction = await extractor.ExtractAsync(request.Content, request.Source, cancellationToken);
            if (extraction.Status != DocumentStatus.Completed || extraction.Document is null)
            {
                LogNotScanned(logger, request.Source, extraction.Status, extraction.Reason);
                return DocumentReport.NotScanned(request.Source, extraction.Status, extraction.Reason ?? extraction.Status.ToString(), extraction.Kind, extraction.Pages);
            }

            var all = segmenter.Segment(extraction.Document);
            IReadOnlyList<Clause> segmented = [.. all.Where(c => c.IsTerm)];

            // Commentary in a template (解説, drafting notes) is counted, never classified: no findings, no safeguard credit.
            var clauses = segmented.Where(c => !c.IsCommentary).ToList();
            var skippedCommentary = segmented.Count - clauses.Count;
            var language = LanguageOf(clauses) ?? LanguageOf(segmented);
            var documentType = DocumentTypeDetector.Detect(request.DocumentTypeHint, extraction.Document.Text);
            var classifications = classifier.ModelVersion is null
                ? [.. clauses.Select(_ => new ClauseClassification([]))]
                : classifier.Classify(clauses);
            // Parties: the clauses, then the signature blocks after the last clause (where the signatories stand).
            var lastClause = clauses.Count > 0 ? clauses[^1].Offset : -1;
            var found = signals.Detect(clauses, classifications, documentType, language, lists, [.. clauses, .. all.Where(c => c.IsSignatureBlock && c.Offset > lastClause)]);

            var context = new ScoringContext(language, request.OurPartyHint, extraction.Document.Text);
            // No model installed: the signals (lists) and the clauses, nothing invented about the clauses.
            var score = classifier.ModelVersion is null
                ? scorer.ScoreSignals(found.Findings, documentType, language ?? "en")
                : scorer.Score(clauses, classifications, documentType, context, found.Findings);
            LogScanned(logger, request.Source, segmented.Count, score.Findings.Count, score.RiskLevel);
            return new DocumentReport(request.Source, DocumentStatus.Completed, null, language, extraction.Pages, segmented.Count, score.RiskLevel, score.Findings)
            {
                Kind = extraction.Kind,
                DocumentType = documentType,
                SkippedCommentary = skippedCommentary,
                RiskReasons = score.RiskReasons,
                ModelVersion = classifier.ModelVersion,
                Direction = score.Direction,
                GuidanceVersion = GuidanceCatalogue.Default.Version,
                Parties = found.Parties,
                Screening = found.Screening,
            };
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (TransientOcrException)
        {
            // Not the document's fault: the host retries the message (or the CLI reports Failed).
            throw;
        }
#pragma warning disable CA1031 // One bad document must never stop a scan: any other error is this document's Failed status.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogFailed(logger, exception, request.Source);
            return DocumentReport.NotScanned(request.Source, DocumentStatus.Failed, $"internal error while scanning: {exception.GetType().Name}");
        }
    }

    private static string? LanguageOf(IReadOnlyList<Clause> clauses)
    {
        if (clauses.Count == 0)
        {
            return null;
        }

        return clauses.GroupBy(c => c.Language, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(c => c.Text.Length))
            .First().Key;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Not scanned {Source}: {Status} ({Reason})")]
    private static partial void LogNotScanned(ILogger logger, string source, DocumentStatus status, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scanned {Source}: {ClauseCount} clauses, {FindingCount} findings, risk {RiskLevel}")]
    private static partial void LogScanned(ILogger logger, string source, int clauseCount, int findingCount, RiskLevel riskLevel);

    [LoggerMessage(Level = LogLevel.Error, Message = "Not scanning {Source}: the screening list {List} cannot be read (line {Line})")]
    private static partial void LogScreeningListUnreadable(ILogger logger, string source, string list, int line);

    [LoggerMessage(Level = LogLevel.Error, Message = "Failed to scan {Source}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string source);
}
