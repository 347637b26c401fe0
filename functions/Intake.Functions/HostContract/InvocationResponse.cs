using System.Text.Json.Serialization;

namespace Intake.Functions.HostContract;

/// <summary>
/// What the handler answers the host: <c>{"Outputs": {...}, "Logs": [...], "ReturnValue": ...}</c>.
/// A non-success HTTP status fails the invocation, which is how a queue trigger asks for a retry.
/// </summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static InvocationResponse WithLogs(params string[] logs) => new(new Dictionary<string, object?>(), logs, null);
}
