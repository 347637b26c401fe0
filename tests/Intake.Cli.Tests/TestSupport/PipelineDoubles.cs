using Intake.Pipeline.Classification;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Ocr;
using Intake.Pipeline.Segmentation;
using Microsoft.Extensions.DependencyInjection;

namespace Intake.Cli.Tests.TestSupport;

/// <summary>
/// Test doubles for the pipeline stages other engineers own, so these tests exercise the command,
/// the scanner's status handling, the scorer and the renderers without depending on how PDF parsing
/// or the clause model behave today. Each file's UTF-8 text is its single clause.
/// </summary>
internal static class PipelineDoubles
{
    /// <summary>File names starting with "boom" make the extractor throw, as a bug of ours would.</summary>
    public const string ThrowingPrefix = "boom";

    /// <summary>File names starting with "ocr-down" make the extractor report the OCR service unreachable.</summary>
    public const string OcrDownPrefix = "ocr-down";

    /// <summary>Text files become one-block documents; the label named on a line "label: X" is what the fake model finds.</summary>
    public static void Replace(IServiceCollection services)
    {
        services.AddSingleton<IDocumentExtractor, TextOnlyExtractor>();
        services.AddSingleton<IClauseSegmenter, WholeTextSegmenter>();
        services.AddSingleton<IClauseClassifier, LabelLineClassifier>();
    }

    public sealed class TextOnlyExtractor : IDocumentExtractor
    {
        private int _calls;

        public int Calls => _calls;

        public Task<ExtractionResult> ExtractAsync(ReadOnlyMemory<byte> content, string sourceName, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            if (Path.GetFileName(sourceName).StartsWith(ThrowingPrefix, StringComparison.Ordinal))
            {
                throw new InvalidOperationException("a bug in extraction");
            }

            if (Path.GetFileName(sourceName).StartsWith(OcrDownPrefix, StringComparison.Ordinal))
            {
                throw new TransientOcrException("Document Intelligence answered 503", 503, null);
            }

            var text = System.Text.Encoding.UTF8.GetString(content.Span);
            if (text.Length == 0)
            {
                return Task.FromResult(ExtractionResult.Rejected(DocumentKind.Unknown, "empty file"));
            }

            var document = new ExtractedDocument(text, [new TextBlock(text, 1, 0, TextBlockRole.Body)], 1);
            return Task.FromResult(ExtractionResult.Completed(DocumentKind.Text, document));
        }
    }

    public sealed class WholeTextSegmenter : IClauseSegmenter
    {
        public IReadOnlyList<Clause> Segment(ExtractedDocument document) =>
            [new Clause(document.Text, "Article 1 Test", "1", 1, 0, "en")];
    }

    public sealed class LabelLineClassifier : IClauseClassifier
    {
        public string? ModelVersion => "test-double";

        public IReadOnlyList<ClauseClassification> Classify(IReadOnlyList<Clause> clauses) =>
            [.. clauses.Select(c => new ClauseClassification(
                [.. Taxonomy.Ids.Where(id => c.Text.Contains("label: " + id, StringComparison.Ordinal))
                    .Select(id => new LabelPrediction(id, 0.9f, ["test evidence"]))]))];
    }
}
