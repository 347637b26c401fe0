using System.Text.Json.Nodes;

namespace Intake.Infra.Tests.Arm;

/// <summary>
/// Values only known while a deployment runs (reference() results, module outputs) are kept as
/// marked strings that describe where they come from, so tests can still tell, say, which
/// identity's principal id a role assignment names.
/// </summary>
internal static class ArmValues
{
    private const string RuntimePrefix = "<runtime>";

    public static JsonNode Runtime(string description) => JsonValue.Create(RuntimePrefix + description);

    public static bool IsRuntime(JsonNode? value) =>
        value is JsonValue v && v.TryGetValue<string>(out var s) && s.StartsWith(RuntimePrefix, StringComparison.Ordinal);

    public static string RuntimeDescription(JsonNode? value) =>
        IsRuntime(value) ? value!.GetValue<string>()[RuntimePrefix.Length..] : throw new InvalidOperationException("Not a runtime value.");

    public static string AsString(JsonNode? value) => value switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "True" : "False",
        _ => value.ToJsonString(),
    };

    public static bool AsBool(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<bool>(out var b) => b,
        JsonValue v when v.TryGetValue<string>(out var s) && bool.TryParse(s, out var parsed) => parsed,
        _ => throw new InvalidOperationException($"Not a boolean: {value?.ToJsonString() ?? "null"}"),
    };

    public static long AsLong(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<long>(out var l) => l,
        JsonValue v when v.TryGetValue<int>(out var i) => i,
        JsonValue v when v.TryGetValue<double>(out var d) => (long)d,
        _ => throw new InvalidOperationException($"Not an integer: {value?.ToJsonString() ?? "null"}"),
    };

    public static JsonNode? Clone(JsonNode? value) => value?.DeepClone();
}
