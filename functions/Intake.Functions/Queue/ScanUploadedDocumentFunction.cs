using System.Text.Json;
using Intake.Functions.HostContract;
using Intake.Pipeline.Storage;

namespace Intake.Functions.Queue;

/// <summary>
/// The queue-triggered function: the host delivers an <c>intake-events</c> message (already Base64-decoded
/// per host.json) as binding <see cref="BindingName"/>. Success completes the message; a failure status makes
/// the host retry it and, after <c>maxDequeueCount</c>, move it to <c>intake-events-poison</c>.
/// </summary>
public static partial class ScanUploadedDocumentFunction
{
    public const string Name = "ScanUploadedDocument";

    /// <summary>The queue trigger's binding name in FunctionApp/ScanUploadedDocument/function.json.</summary>
    public const string BindingName = "message";

    public static async Task<IResult> InvokeAsync(HttpRequest request, EventMessageProcessor processor, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(processor);
        ArgumentNullException.ThrowIfNull(loggers);
        var logger = loggers.CreateLogger(typeof(ScanUploadedDocumentFunction));

        InvocationRequest? invocation;
        try
        {
            invocation = await JsonSerializer.DeserializeAsync<InvocationRequest>(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException exception)
        {
            LogBadInvocation(logger, exception.Message);
            return Results.Json(InvocationResponse.WithLogs("invocation body is not JSON"), statusCode: StatusCodes.Status400BadRequest);
        }

        if (invocation?.Binding(BindingName) is not { } message)
        {
            LogBadInvocation(logger, "no queue message in Data");
            return Results.Json(InvocationResponse.WithLogs($"Data.{BindingName} is missing"), statusCode: StatusCodes.Status400BadRequest);
        }

        var dequeueCount = invocation.MetadataNumber("DequeueCount") ?? 1;
        var result = await processor.ProcessAsync(message, dequeueCount, cancellationToken);
        var response = InvocationResponse.WithLogs(result.Summary);
        LogInvocation(logger, result.Disposition, dequeueCount);

        // Retry and Poison both fail the invocation: the host retries, and after the last attempt parks
        // the message in the poison queue itself (the ingestor has already written the Failed row).
        return result.Disposition == MessageDisposition.Complete
            ? Results.Json(response)
            : Results.Json(response, statusCode: StatusCodes.Status500InternalServerError);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a malformed invocation: {Problem}")]
    private static partial void LogBadInvocation(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "ScanUploadedDocument finished with {Disposition} on delivery {DequeueCount}")]
    private static partial void LogInvocation(ILogger logger, MessageDisposition disposition, long dequeueCount);
}
