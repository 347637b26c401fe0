using System.Text.Json;
using System.Text.Json.Serialization;

namespace Intake.Pipeline.Ocr;

// The parts of the Document Intelligence 2024-11-30 REST schema (DocumentIntelligence.json, stable/2024-11-30)
// that Intake reads. Unknown properties are ignored, so newer service output still parses.

/// <summary><c>AnalyzeOperation</c>: the body of GET Operation-Location.</summary>
internal sealed record AnalyzeOperation(string? Status, DocumentIntelligenceError? Error, AnalyzeResult? AnalyzeResult);

/// <summary><c>AnalyzeResult</c>: content in reading order, pages, paragraphs and tables.</summary>
internal sealed record AnalyzeResult(
    string? ApiVersion,
    string? ModelId,
    string? StringIndexType,
    string? Content,
    IReadOnlyList<DocumentPage>? Pages,
    IReadOnlyList<DocumentParagraph>? Paragraphs,
    IReadOnlyList<DocumentTable>? Tables);

internal sealed record DocumentPage(int PageNumber, IReadOnlyList<DocumentSpan>? Spans);

/// <summary>A paragraph; <see cref="Role"/> is one of pageHeader, pageFooter, pageNumber, title, sectionHeading, footnote, formulaBlock, or absent.</summary>
internal sealed record DocumentParagraph(string? Role, string? Content, IReadOnlyList<BoundingRegion>? BoundingRegions, IReadOnlyList<DocumentSpan>? Spans);

internal sealed record DocumentTable(int RowCount, int ColumnCount, IReadOnlyList<DocumentTableCell>? Cells, IReadOnlyList<BoundingRegion>? BoundingRegions, IReadOnlyList<DocumentSpan>? Spans);

internal sealed record DocumentTableCell(int RowIndex, int ColumnIndex, string? Content, string? Kind);

internal sealed record BoundingRegion(int PageNumber);

internal sealed record DocumentSpan(int Offset, int Length);

/// <summary><c>DocumentIntelligenceErrorResponse</c>: the body of every 4xx/5xx answer.</summary>
internal sealed record DocumentIntelligenceErrorResponse(DocumentIntelligenceError? Error);

/// <summary><c>DocumentIntelligenceError</c>: code and message are required; details and innererror are optional.</summary>
public sealed record DocumentIntelligenceError(
    string? Code,
    string? Message,
    string? Target,
    IReadOnlyList<DocumentIntelligenceError>? Details,
    [property: JsonPropertyName("innererror")] DocumentIntelligenceInnerError? InnerError)
{
    /// <summary>"code: message", then the inner error's, for a reason a person reads.</summary>
    public string Describe()
    {
        var text = $"{Code ?? "Unknown"}: {Message ?? "no message"}";
        for (var inner = InnerError; inner is not null; inner = inner.InnerError)
        {
            text += $" ({inner.Code ?? "Unknown"}: {inner.Message ?? "no message"})";
        }

        return text;
    }

    /// <summary>The innermost error code, the most specific the service gave.</summary>
    public string? InnermostCode()
    {
        var code = Code;
        for (var inner = InnerError; inner is not null; inner = inner.InnerError)
        {
            code = inner.Code ?? code;
        }

        return code;
    }
}

public sealed record DocumentIntelligenceInnerError(
    string? Code,
    string? Message,
    [property: JsonPropertyName("innererror")] DocumentIntelligenceInnerError? InnerError);

internal static class WireJson
{
    /// <summary>camelCase, case-insensitive, unknown properties skipped.</summary>
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
