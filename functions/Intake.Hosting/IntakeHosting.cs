using System.Text.Json.Serialization;
using Intake.Hosting.Api;
using Intake.Pipeline;
using Intake.Pipeline.Ingestion;

namespace Intake.Hosting;

/// <summary>
/// The registrations every Intake host makes: the function app's Program.cs, <c>intake serve</c> and
/// the tests that build the function app's host all call <see cref="ConfigureIntake"/>, so they
/// cannot drift apart.
/// </summary>
public static class IntakeHosting
{
    public static IServiceCollection ConfigureIntake(this IServiceCollection services)
    {
        services.AddIntakePipeline();
        services.AddIntakeIngestion();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }

    /// <summary>
    /// The HTTP API of <c>intake serve</c> at the function app's routes (host.json routePrefix <c>api</c>).
    /// The function app maps the same handlers through its [HttpTrigger] functions.
    /// </summary>
    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/" + DocumentsApi.ListRoute, DocumentsApi.ListDocumentsAsync).WithName("ListDocuments");
        endpoints.MapGet("/api/" + DocumentsApi.DocumentRoute, DocumentsApi.GetDocumentAsync).WithName("GetDocument");
        endpoints.MapGet("/api/" + DocumentsApi.ReportRoute, DocumentsApi.GetReportAsync).WithName("GetReport");
        endpoints.MapGet("/api/" + DocumentsApi.FindingsRoute, DocumentsApi.GetFindingsAsync).WithName("GetFindings");
        return endpoints;
    }
}
