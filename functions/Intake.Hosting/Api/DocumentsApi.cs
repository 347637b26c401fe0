using System.Globalization;
using Intake.Pipeline.Extraction;
using Intake.Pipeline.Scoring;
using Intake.Pipeline.Storage;

namespace Intake.Hosting.Api;

/// <summary>
/// The HTTP handlers behind ListDocuments, GetDocument and GetReport: the function app's [HttpTrigger]
/// functions call them, and <c>intake serve</c> maps them at the same routes. Function keys are the
/// Functions host's business; serve listens on loopback.
/// </summary>
public static class DocumentsApi
{
    /// <summary>Routes under the <c>api</c> prefix (host.json <c>extensions.http.routePrefix</c>).</summary>
    public const string ListRoute = "documents";

    public const string DocumentRoute = "documents/{id}";

    public const string ReportRoute = "documents/{id}/report";

    public const string FindingsRoute = "documents/{id}/findings";

    private static readonly string[] s_statuses = [.. Enum.GetNames<DocumentStatus>(), DocumentEntity.ProcessingStatus];
    private static readonly string[] s_riskLevels = Enum.GetNames<RiskLevel>();

    public static async Task<IResult> GetDocumentAsync(string id, DocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (!DocumentId.IsWellFormed(id))
        {
            return NotFound(id);
        }

        var row = await store.GetAsync(id, cancellationToken);
        if (row is null)
        {
            return NotFound(id);
        }

        // The first page of findings; a document with more carries the token for GET …/findings.
        var page = await store.GetFindingsPageAsync(id, row.BlobETag, new FindingQuery(), cancellationToken);
        return Results.Ok(DocumentView.From(row, page.Findings) with { FindingsContinuationToken = page.ContinuationToken });
    }

    /// <summary>A document's findings a page at a time: <c>?pageSize=1..1000&amp;continuationToken=…</c>.</summary>
    public static async Task<IResult> GetFindingsAsync(string id, HttpRequest request, DocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        if (!TryPageSize(request, FindingQuery.DefaultPageSize, FindingQuery.MaxPageSize, out var pageSize))
        {
            return Problem($"pageSize must be a number from 1 to {FindingQuery.MaxPageSize}");
        }

        if (!DocumentId.IsWellFormed(id) || await store.GetAsync(id, cancellationToken) is not { } row)
        {
            return NotFound(id);
        }

        try
        {
            var page = await store.GetFindingsPageAsync(id, row.BlobETag, new FindingQuery(pageSize, ContinuationOf(request)), cancellationToken);
            return Results.Ok(new FindingListView(id, row.FindingCount, [.. page.Findings.Select(FindingView.From)], page.ContinuationToken));
        }
        catch (InvalidPageTokenException exception)
        {
            return Problem(exception.Message);
        }
    }

    public static async Task<IResult> ListDocumentsAsync(HttpRequest request, DocumentStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        var query = request.Query;
        if (!TryCanonical(query["status"], s_statuses, out var status))
        {
            return Problem($"status must be one of {string.Join(", ", s_statuses)}");
        }

        if (!TryCanonical(query["risk"], s_riskLevels, out var risk))
        {
            return Problem($"risk must be one of {string.Join(", ", s_riskLevels)}");
        }

        if (!TryPageSize(request, DocumentQuery.DefaultPageSize, DocumentQuery.MaxPageSize, out var pageSize))
        {
            return Problem($"pageSize must be a number from 1 to {DocumentQuery.MaxPageSize}");
        }

        try
        {
            var page = await store.ListAsync(new DocumentQuery(status, risk, pageSize, ContinuationOf(request)), cancellationToken);
            return Results.Ok(new DocumentListView([.. page.Documents.Select(d => DocumentView.From(d))], page.ContinuationToken));
        }
        catch (InvalidPageTokenException exception)
        {
            return Problem(exception.Message);
        }
    }

    public static async Task<IResult> GetReportAsync(string id, HttpRequest request, DocumentStore store, ReportStore reports, HttpResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(response);
        var format = request.Query["format"].ToString();
        var json = string.Equals(format, "json", StringComparison.OrdinalIgnoreCase);
        if (!json && format.Length > 0 && !string.Equals(format, "html", StringComparison.OrdinalIgnoreCase))
        {
            return Problem("format must be html or json");
        }

        if (!DocumentId.IsWellFormed(id) || await store.GetAsync(id, cancellationToken) is not { } row)
        {
            return NotFound(id);
        }

        var text = await reports.ReadAsync(json ? ReportStore.JsonBlobName(id) : ReportStore.HtmlBlobName(id), cancellationToken);
        if (text is null)
        {
            return Results.Problem(
                detail: $"document {id} has no report yet (status {row.Status})",
                statusCode: StatusCodes.Status404NotFound);
        }

        if (json)
        {
            return Results.Text(text, "application/json; charset=utf-8");
        }

        // The report quotes hostile documents; the page itself also forbids scripts.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        response.Headers.XContentTypeOptions = "nosniff";
        return Results.Text(text, "text/html; charset=utf-8");
    }

    private static bool TryPageSize(HttpRequest request, int defaultSize, int maxSize, out int pageSize)
    {
        pageSize = defaultSize;
        return request.Query["pageSize"] is not { Count: > 0 } text
            || (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out pageSize) && pageSize >= 1 && pageSize <= maxSize);
    }

    private static string? ContinuationOf(HttpRequest request)
    {
        var token = request.Query["continuationToken"].ToString();
        return string.IsNullOrEmpty(token) ? null : token;
    }

    private static bool TryCanonical(Microsoft.Extensions.Primitives.StringValues values, string[] allowed, out string? canonical)
    {
        canonical = null;
        var text = values.ToString();
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        canonical = allowed.FirstOrDefault(a => string.Equals(a, text.Trim(), StringComparison.OrdinalIgnoreCase));
        return canonical is not null;
    }

    private static IResult NotFound(string id) =>
        Results.Problem(detail: $"no document {id}", statusCode: StatusCodes.Status404NotFound);

    private static IResult Problem(string detail) =>
        Results.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest);
}
