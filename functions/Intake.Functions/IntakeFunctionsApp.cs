using System.Globalization;
using System.Text.Json.Serialization;
using Intake.Functions.Api;
using Intake.Functions.Queue;
using Intake.Pipeline;
using Intake.Pipeline.Storage;

namespace Intake.Functions;

/// <summary>
/// Builds the handler app. The Functions host runs it via Program; <c>intake serve</c> runs the very
/// same app and adds its queue workers; tests start it on a loopback port.
/// </summary>
public static class IntakeFunctionsApp
{
    /// <summary>Set by the Functions host: the port it calls the handler on.</summary>
    public const string CustomHandlerPortVariable = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (builder.Configuration[CustomHandlerPortVariable] is { Length: > 0 } portText
            && int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            // The host talks to the handler over loopback only.
            builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}"));
        }

        builder.Services.AddIntakeFunctions();
        return builder;
    }

    public static IServiceCollection AddIntakeFunctions(this IServiceCollection services)
    {
        services.AddIntakePipeline();
        services.AddIntakeStorage();
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        return services;
    }

    /// <summary>One endpoint per function in FunctionApp/: the queue trigger by name, the HTTP functions by route.</summary>
    public static IEndpointRouteBuilder MapIntakeFunctions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost($"/{ScanUploadedDocumentFunction.Name}", ScanUploadedDocumentFunction.InvokeAsync);
        endpoints.MapGet("/api/documents", DocumentsApi.ListDocumentsAsync).WithName("ListDocuments");
        endpoints.MapGet("/api/documents/{id}", DocumentsApi.GetDocumentAsync).WithName("GetDocument");
        endpoints.MapGet("/api/documents/{id}/report", DocumentsApi.GetReportAsync).WithName("GetReport");
        return endpoints;
    }
}
