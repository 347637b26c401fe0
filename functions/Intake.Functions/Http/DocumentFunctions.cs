using Intake.Hosting.Api;
using Intake.Pipeline.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Intake.Functions.Http;

/// <summary>
/// The HTTP functions (ASP.NET Core integration, function keys): thin adapters over
/// <see cref="DocumentsApi"/>, which <c>intake serve</c> maps at the same routes.
/// </summary>
public sealed class DocumentFunctions(DocumentStore store, ReportStore reports)
{
    [Function("ListDocuments")]
    public async Task<IActionResult> ListDocumentsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = DocumentsApi.ListRoute)] HttpRequest request,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new HttpResultAction(await DocumentsApi.ListDocumentsAsync(request, store, cancellationToken));
    }

    [Function("GetDocument")]
    public async Task<IActionResult> GetDocumentAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = DocumentsApi.DocumentRoute)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new HttpResultAction(await DocumentsApi.GetDocumentAsync(id, store, cancellationToken));
    }

    [Function("GetFindings")]
    public async Task<IActionResult> GetFindingsAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = DocumentsApi.FindingsRoute)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new HttpResultAction(await DocumentsApi.GetFindingsAsync(id, request, store, cancellationToken));
    }

    [Function("GetReport")]
    public async Task<IActionResult> GetReportAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = DocumentsApi.ReportRoute)] HttpRequest request,
        string id,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new HttpResultAction(await DocumentsApi.GetReportAsync(id, request, store, reports, request.HttpContext.Response, cancellationToken));
    }
}
